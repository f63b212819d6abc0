"""Chroma at the edge: the client, the three collections (chunks, sentences, headings), syncing records, the manifest."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import chromadb
import numpy as np
from chromadb.api import ClientAPI
from chromadb.api.models.Collection import Collection
from chromadb.config import Settings as ChromaSettings
from pydantic import BaseModel

from aftercare.errors import AftercareError
from aftercare.settings import Settings

MANIFEST_FILE = "manifest.json"
MANIFEST_KEY = "manifest"
SCHEMA_VERSION = 1


class Manifest(BaseModel):
    """What an index was built with, so a bot can refuse an index its model cannot query."""

    schema_version: int = SCHEMA_VERSION
    embedding_model: str
    dimension: int
    chunking: dict[str, Any]
    corpus_hash: str
    documents: int
    sections: int
    chunks: int
    sentences: int
    headings: int = 0
    built_at: str
    seconds: float


@dataclass(frozen=True)
class IndexRecord:
    id: str
    document: str
    embed_text: str
    metadata: dict[str, str | int | float | bool]


@dataclass(frozen=True)
class SyncStats:
    added: int
    kept: int
    removed: int


def open_client(settings: Settings) -> ClientAPI:
    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.uses_chroma_server:
        try:
            return chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings)
        except (ValueError, ConnectionError) as err:
            raise AftercareError(
                f"Cannot reach the Chroma server at {settings.chroma_host}:{settings.chroma_port} ({err}): "
                f"start it (`chroma run`) or unset AFTERCARE_CHROMA_HOST to use the embedded index."
            ) from err
    settings.index_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.index_dir), settings=chroma_settings)


class IndexCollections(NamedTuple):
    """Passages for search and citation; their sentences and section headings for choosing what to quote."""

    chunks: Collection
    sentences: Collection
    headings: Collection


def collection_names(settings: Settings) -> tuple[str, str, str]:
    return settings.collection, f"{settings.collection}-sentences", f"{settings.collection}-headings"


def open_collections(client: ClientAPI, settings: Settings, create: bool) -> IndexCollections:
    names = collection_names(settings)
    if create:
        return IndexCollections(*(
            client.get_or_create_collection(name, embedding_function=None, configuration={"hnsw": {"space": "cosine"}})
            for name in names
        ))
    existing = {c.name if hasattr(c, "name") else str(c) for c in client.list_collections()}
    missing = [n for n in names if n not in existing]
    if missing:
        raise AftercareError(f"The index has no collection {missing[0]!r}: run `aftercare ingest` first.")
    return IndexCollections(*(client.get_collection(name, embedding_function=None) for name in names))


def drop_collections(client: ClientAPI, settings: Settings) -> None:
    existing = {c.name if hasattr(c, "name") else str(c) for c in client.list_collections()}
    for name in collection_names(settings):
        if name in existing:
            client.delete_collection(name)


def read_manifest(collection: Collection) -> Manifest | None:
    raw = (collection.metadata or {}).get(MANIFEST_KEY)
    return Manifest.model_validate_json(raw) if raw else None


def write_manifest(collection: Collection, manifest: Manifest, index_dir: Path) -> None:
    """The collection carries the manifest (a Chroma server has no folder); the file beside it is for people."""
    collection.modify(metadata={MANIFEST_KEY: manifest.model_dump_json()})
    index_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=index_dir, prefix=".manifest-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(manifest.model_dump(), handle, indent=2)
        handle.write("\n")
    os.replace(tmp, index_dir / MANIFEST_FILE)


def existing_ids(collection: Collection) -> set[str]:
    return set(collection.get(include=[])["ids"])


@dataclass(frozen=True)
class SyncPlan:
    records: list[IndexRecord]
    new: list[IndexRecord]
    stale_ids: list[str]


def plan_sync(have: set[str], records: Sequence[IndexRecord]) -> SyncPlan:
    """Ids derive from content, so an id already stored needs no new embedding: only new records are embedded."""
    wanted = {r.id for r in records}
    return SyncPlan(
        records=list(records),
        new=[r for r in records if r.id not in have],
        stale_ids=sorted(have - wanted),
    )


def apply_sync(collection: Collection, plan: SyncPlan, new_embeddings: np.ndarray, batch: int = 1000) -> SyncStats:
    new_ids = {r.id for r in plan.new}
    kept = [r for r in plan.records if r.id not in new_ids]
    for i in range(0, len(plan.new), batch):
        part = plan.new[i:i + batch]
        collection.upsert(
            ids=[r.id for r in part],
            documents=[r.document for r in part],
            metadatas=[r.metadata for r in part],
            embeddings=new_embeddings[i:i + batch],
        )
    for i in range(0, len(kept), batch):
        part = kept[i:i + batch]
        collection.update(ids=[r.id for r in part], metadatas=[r.metadata for r in part])
    for i in range(0, len(plan.stale_ids), batch):
        collection.delete(ids=plan.stale_ids[i:i + batch])
    return SyncStats(added=len(plan.new), kept=len(kept), removed=len(plan.stale_ids))

