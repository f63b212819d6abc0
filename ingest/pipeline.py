"""The ingest job: load → clean → split → embed what is new → sync Chroma → manifest."""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
from tqdm import tqdm

from aftercare.errors import AftercareError
from aftercare.settings import Settings
from ingest.clean import clean_document
from ingest.documents import Chunk, CleanDocument, sha256_hex
from ingest.embed import Embedder, resolve_model_path
from ingest.load import load_corpus
from ingest.onnx_export import ensure_export
from ingest.split import chunk_document, split_sections
from ingest.store import (
    IndexRecord,
    Manifest,
    OnnxExport,
    SyncStats,
    current_generation,
    drop_generations,
    existing_ids,
    fill,
    new_generation,
    open_client,
    open_collections,
    plan_sync,
    read_manifest,
    switch_generation,
    write_manifest,
)

SPLITTER_VERSION = "section-sentence-v1"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IngestReport:
    manifest: Manifest
    chunk_stats: SyncStats
    embedded: int
    skipped: list[tuple[Path, str]] = field(default_factory=list)
    rebuilt: bool = False
    generation: str = ""
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        m = self.manifest
        return (
            f"Ingested {m.documents} documents, {m.sections} sections, {m.chunks} chunks "
            f"({self.chunk_stats.added} new, {self.chunk_stats.removed} removed; {self.embedded} texts embedded) "
            f"in {self.seconds:.1f} s"
        )


def prepare_documents(corpus_dir: Path) -> tuple[list[CleanDocument], list[tuple[Path, str]]]:
    loaded = load_corpus(corpus_dir)
    return [clean_document(doc) for doc in loaded.documents], loaded.skipped


def chunk_records(chunks: list[Chunk], docs: dict[str, CleanDocument]) -> list[IndexRecord]:
    return [
        IndexRecord(
            id=c.chunk_id,
            document=c.text,
            embed_text=c.embedding_text(),
            metadata={
                "doc_id": c.doc_id,
                "title": c.title,
                "section": c.section,
                "start": c.start,
                "end": c.end,
                "sentences": json.dumps([[s.start, s.end] for s in c.sentences]),
                "source": docs[c.doc_id].metadata.get("source", docs[c.doc_id].path.name),
                "publisher": docs[c.doc_id].metadata.get("publisher", ""),
            },
        )
        for c in chunks
    ]


def sentence_records(chunks: list[Chunk]) -> list[IndexRecord]:
    records: list[IndexRecord] = []
    for c in chunks:
        for i, span in enumerate(c.sentences):
            text = c.text[span.start - c.start:span.end - c.start]
            records.append(
                IndexRecord(
                    id=f"{c.chunk_id}:{i}",
                    document=text,
                    embed_text=text,
                    metadata={"doc_id": c.doc_id, "chunk_id": c.chunk_id, "position": i,
                              "start": span.start, "end": span.end},
                )
            )
    return records


_TOPIC_WORDS = re.compile(r"\s*\b(micro[\s-]?needling|collagen induction therapy)\b", re.I)


def heading_records(chunks: list[Chunk]) -> list[IndexRecord]:
    """Each section's heading, embedded as written and without the treatment's name.

    A question asked in a heading's words finds the section that answers it; clients often leave the
    treatment's name out ("How long do results last?"), and every heading here is about microneedling anyway.
    """
    records: dict[str, IndexRecord] = {}
    for c in chunks:
        if not c.heading_path:
            continue
        heading = c.heading_path[-1]
        variants = dict.fromkeys([heading, " ".join(_TOPIC_WORDS.sub(" it", heading).split())])
        for text in variants:
            rid = f"{c.doc_id}-h-{sha256_hex(c.section + chr(0) + text)[:24]}"
            records.setdefault(rid, IndexRecord(id=rid, document=text, embed_text=text,
                                                metadata={"doc_id": c.doc_id, "section": c.section}))
    return list(records.values())


def run_ingest(settings: Settings, show_progress: bool = True, embedder: Embedder | None = None) -> IngestReport:
    """Build the new index beside the live one, then switch to it in one step.

    Every check and every embedding happens before anything is written, and the new generation of the
    collections is complete before the pointer moves, so a failure leaves the index as it was and a running
    service never answers from a half-built index. An unchanged corpus changes nothing in the index; the ONNX
    export the answer path needs is made (and recorded in the manifest) if it is missing, so on a new machine
    `aftercare ingest` is also what provides it.
    """
    started = time.perf_counter()
    docs, skipped = prepare_documents(settings.corpus_dir)
    by_id = {d.doc_id: d for d in docs}
    sections = sum(len(split_sections(d)) for d in docs)
    chunks = [c for d in docs for c in chunk_document(d, settings.chunk_max_chars)]
    records = (chunk_records(chunks, by_id), sentence_records(chunks), heading_records(chunks))
    chunking = {"splitter": SPLITTER_VERSION, "max_chars": settings.chunk_max_chars}
    corpus_hash = sha256_hex("\n".join(sorted(d.content_hash + json.dumps(d.metadata, sort_keys=True) for d in docs)))

    resolve_model_path(settings.embedding_model)
    client = open_client(settings)
    live = current_generation(client, settings)
    try:
        previous_collections = open_collections(client, settings, live, create=False) if live else None
    except AftercareError:
        previous_collections = None
    previous = read_manifest(previous_collections.chunks) if previous_collections else None
    rebuild = previous is not None and previous.embedding_model != settings.embedding_model

    def model() -> Embedder:
        nonlocal embedder  # loaded once, and only when something needs it
        embedder = embedder or Embedder(settings.embedding_model, settings.embed_batch_size)
        return embedder

    warnings: list[str] = []
    export = _checked_export(settings, model, warnings)
    if previous is not None and not rebuild and previous.corpus_hash == corpus_hash and previous.chunking == chunking:
        assert previous_collections is not None
        if export is not None and previous.onnx_export != export:  # an export made since, or on this machine
            previous = previous.model_copy(update={"onnx_export": export})
            write_manifest(previous_collections.chunks, previous, settings.index_dir)
        stats = SyncStats(added=0, kept=len(records[0]), removed=0)
        return IngestReport(manifest=previous, chunk_stats=stats, embedded=0, skipped=skipped, generation=live or "",
                            seconds=time.perf_counter() - started, warnings=warnings)
    reuse = previous_collections if previous is not None and not rebuild else None
    plans = [plan_sync(existing_ids(col) if reuse else set(), recs)
             for col, recs in zip(reuse or (None, None, None), records)]

    texts = [r.embed_text for plan in plans for r in plan.new]
    if texts or previous is None:
        dimension = model().dimension
    else:
        dimension = previous.dimension
    with tqdm(total=len(texts), desc="Embedding", unit="text", disable=not show_progress or not texts) as bar:
        vectors = model().embed(texts, on_batch=bar.update) if texts else np.zeros((0, dimension), np.float32)

    generation = new_generation()
    collections = open_collections(client, settings, generation, create=True)
    stats = []
    offset = 0
    for col, plan, old in zip(collections, plans, reuse or (None, None, None)):
        stats.append(fill(col, plan, vectors[offset:offset + len(plan.new)], old))
        offset += len(plan.new)

    manifest = Manifest(
        embedding_model=settings.embedding_model,
        dimension=dimension,
        chunking=chunking,
        corpus_hash=corpus_hash,
        documents=len(docs),
        sections=sections,
        chunks=len(records[0]),
        sentences=len(records[1]),
        headings=len(records[2]),
        onnx_export=export,
        built_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        seconds=round(time.perf_counter() - started, 2),
    )
    write_manifest(collections.chunks, manifest, settings.index_dir)
    switch_generation(client, settings, generation)
    drop_generations(client, settings, keep={generation} | ({live} if live else set()))
    return IngestReport(manifest=manifest, chunk_stats=stats[0], embedded=len(texts), skipped=skipped,
                        rebuilt=rebuild, generation=generation, seconds=time.perf_counter() - started, warnings=warnings)


def _checked_export(settings: Settings, model: Callable[[], Embedder], warnings: list[str]) -> OnnxExport | None:
    """The answer path's ONNX export, made and checked here, where PyTorch is loaded anyway (ingest/onnx_export.py).

    A failed export does not fail the ingest (the index is fine): it is reported, and the service answers with
    PyTorch until an ingest exports it."""
    if settings.query_backend != "onnx":
        return None
    try:
        return ensure_export(settings, model)
    except AftercareError as err:
        warnings.append(f"{err} The service will answer with PyTorch.")
        log.warning("%s", err)
        return None
