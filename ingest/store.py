"""Chroma at the edge: the client, the three collections (chunks, sentences, headings), syncing records, the manifest."""

from __future__ import annotations

import json
import os
import tempfile
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import chromadb
import numpy as np
from chromadb.api import ClientAPI
from chromadb.api.models.Collection import Collection
from chromadb.config import Settings as ChromaSettings
from chromadb.errors import NotFoundError
from pydantic import BaseModel

from aftercare.errors import AftercareError
from aftercare.settings import Settings

MANIFEST_FILE = "manifest.json"
MANIFEST_KEY = "manifest"
SCHEMA_VERSION = 1


class OnnxExport(BaseModel):
    """What the manifest records of the model's ONNX export (ingest/onnx_export.py): its file in
    AFTERCARE_ONNX_DIR, its hash, so a service can tell a valid export from a stale or damaged one, and how closely
    it matched PyTorch when checked."""

    file: str
    sha256: str
    min_cosine: float


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
    onnx_export: OnnxExport | None = None
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


def collection_names(settings: Settings, generation: str) -> tuple[str, str, str]:
    base = f"{settings.collection}-g{generation}"
    return base, f"{base}-sentences", f"{base}-headings"


def pointer_name(settings: Settings) -> str:
    return f"{settings.collection}-current"


def current_generation(client: ClientAPI, settings: Settings) -> str | None:
    """Which generation of the collections is live: the one named in the pointer collection's metadata.

    A re-ingest builds a new generation beside the live one and then rewrites this one value, so a reader
    sees either the old index or the new one, never one half-built.
    """
    try:
        pointer = client.get_collection(pointer_name(settings), embedding_function=None)
    except (NotFoundError, ValueError):
        return None
    generation = (pointer.metadata or {}).get("generation")
    return str(generation) if generation else None


def switch_generation(client: ClientAPI, settings: Settings, generation: str) -> None:
    pointer = client.get_or_create_collection(pointer_name(settings), embedding_function=None)
    pointer.modify(metadata={"generation": generation})


def new_generation() -> str:
    return uuid.uuid4().hex[:12]


def open_collections(client: ClientAPI, settings: Settings, generation: str, create: bool) -> IndexCollections:
    names = collection_names(settings, generation)
    if create:
        return IndexCollections(*(
            client.create_collection(name, embedding_function=None, configuration={"hnsw": {"space": "cosine"}})
            for name in names
        ))
    try:
        return IndexCollections(*(client.get_collection(name, embedding_function=None) for name in names))
    except (NotFoundError, ValueError) as err:
        raise AftercareError(f"The index generation {generation} is incomplete ({err}): run `aftercare ingest`.") from err


def open_live_collections(client: ClientAPI, settings: Settings) -> tuple[str, IndexCollections]:
    generation = current_generation(client, settings)
    if generation is None:
        raise AftercareError(f"There is no index {settings.collection!r} yet: run `aftercare ingest` first.")
    return generation, open_collections(client, settings, generation, create=False)


def drop_generations(client: ClientAPI, settings: Settings, keep: set[str]) -> int:
    """Generations other than `keep` (the live one and the one before, which a running service may still be
    answering from for a few seconds) are deleted, as are collections from before generations existed."""
    prefix = f"{settings.collection}-g"
    legacy = {settings.collection, f"{settings.collection}-sentences", f"{settings.collection}-headings"}
    kept = {name for g in keep for name in collection_names(settings, g)}
    dropped = 0
    for c in client.list_collections():
        name = c.name if hasattr(c, "name") else str(c)
        if (name.startswith(prefix) or name in legacy) and name not in kept:
            client.delete_collection(name)
            dropped += 1
    return dropped


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


def fill(collection: Collection, plan: SyncPlan, new_embeddings: np.ndarray, previous: Collection | None,
         batch: int = 1000) -> SyncStats:
    """Write a fresh collection: new records with their new embeddings, kept ones with the embeddings they had."""
    new_vectors = {r.id: v for r, v in zip(plan.new, new_embeddings)}
    kept = [r for r in plan.records if r.id not in new_vectors]
    old_vectors: dict[str, Any] = {}
    if kept and previous is not None:
        for i in range(0, len(kept), batch):
            got = previous.get(ids=[r.id for r in kept[i:i + batch]], include=["embeddings"])
            old_vectors.update(zip(got["ids"], got["embeddings"]))
    for i in range(0, len(plan.records), batch):
        part = plan.records[i:i + batch]
        collection.add(
            ids=[r.id for r in part],
            documents=[r.document for r in part],
            metadatas=[r.metadata for r in part],
            embeddings=[new_vectors[r.id] if r.id in new_vectors else old_vectors[r.id] for r in part],
        )
    return SyncStats(added=len(plan.new), kept=len(kept), removed=len(plan.stale_ids))
