"""The indexed articles held in memory for answering: passages, sentences, their embeddings, and BM25.

Loaded once at start-up from Chroma; the manifest is checked so an index built with another model is refused.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import bm25s
import httpx
import numpy as np
from chromadb.api.models.Collection import Collection

from aftercare.errors import AftercareError, IndexNotReady, IndexUnavailable
from aftercare.settings import Settings
from bot.reading.text import terms_of, tokenize_all, words
from ingest.documents import SECTION_SEPARATOR
from ingest.store import (
    Manifest,
    current_generation,
    open_client,
    open_live_collections,
    read_manifest,
)

COMMON_TERM_SHARE = 0.4


@dataclass(frozen=True)
class Passage:
    id: str
    doc_id: str
    title: str
    section: str
    text: str
    start: int
    end: int

    @property
    def heading(self) -> str:
        return self.section.split(SECTION_SEPARATOR)[-1] if self.section else ""


@dataclass(frozen=True)
class Sentence:
    id: str
    passage: int
    position: int
    text: str
    start: int
    end: int


@dataclass
class KnowledgeBase:
    manifest: Manifest
    passages: list[Passage]
    passage_vectors: np.ndarray
    sentences: list[Sentence]
    sentence_vectors: np.ndarray
    heading_vectors: np.ndarray  # (2, passages, dim): the heading as written, and without the treatment's name
    chunk_collection: Collection | None
    generation: str = ""
    by_passage: list[list[int]] = field(default_factory=list)
    sentence_passages: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.intp))  # each sentence's passage
    passage_index: dict[str, int] = field(default_factory=dict)
    vocabulary: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    common_terms: frozenset[str] = frozenset()
    bm25: bm25s.BM25 | None = None

    def __post_init__(self) -> None:
        self.passage_index = {p.id: i for i, p in enumerate(self.passages)}
        self.by_passage = [[] for _ in self.passages]
        for i, s in enumerate(self.sentences):
            self.by_passage[s.passage].append(i)
        for ids in self.by_passage:
            ids.sort(key=lambda i: self.sentences[i].position)
        self.sentence_passages = np.fromiter((s.passage for s in self.sentences), dtype=np.intp, count=len(self.sentences))
        searchable = [searchable_text(p) for p in self.passages]
        tokenized = tokenize_all(searchable)
        self.vocabulary = frozenset(t for doc in terms_of(tokenized) for t in doc)
        # Titles repeat over every passage of an article, so they would make their words look common.
        untitled = terms_of(tokenize_all([f"{p.section}\n{p.text}" for p in self.passages]))
        document_frequency = Counter(t for doc in untitled for t in set(doc))
        self.common_terms = frozenset(t for t, n in document_frequency.items() if n > COMMON_TERM_SHARE * len(self.passages))
        self.words = frozenset(w for text in searchable for w in words(text))
        self.bm25 = bm25s.BM25()
        self.bm25.index(tokenized, show_progress=False)


def check_reachable(kb: "KnowledgeBase") -> None:
    """A served index can go away after start-up (a Chroma server restarting): ask it, cheaply."""
    if kb.chunk_collection is None:
        return
    try:
        kb.chunk_collection.count()
    except httpx.TransportError as err:
        raise IndexUnavailable(f"The Chroma server cannot be reached ({err}).") from err


def heading_similarity(kb: "KnowledgeBase", query_vector: np.ndarray, passages: "np.ndarray | list[int] | slice" = slice(None)) -> np.ndarray:
    return np.max(kb.heading_vectors[:, passages] @ query_vector, axis=0)


def searchable_text(p: Passage) -> str:
    """Headings are searchable with the passage: "Days 3-5" and FAQ questions find the text under them."""
    return f"{p.title}\n{p.section}\n{p.text}"


def load_knowledge_base(settings: Settings) -> KnowledgeBase:
    try:
        client = open_client(settings)
        generation, (chunks, sentences, headings) = open_live_collections(client, settings)
    except AftercareError as err:
        raise IndexNotReady(str(err)) from err
    manifest = read_manifest(chunks)
    if manifest is None:
        raise IndexNotReady("The index has no manifest (it was never fully built): run `aftercare ingest`.")
    if manifest.embedding_model != settings.embedding_model:
        raise IndexNotReady(
            f"The index was built with the embedding model '{manifest.embedding_model}', but this service uses "
            f"'{settings.embedding_model}': run `aftercare ingest` again, or set AFTERCARE_EMBEDDING_MODEL to match."
        )
    got = chunks.get(include=["documents", "metadatas", "embeddings"])
    if not got["ids"]:
        raise IndexNotReady("The index is empty: run `aftercare ingest`.")
    order = sorted(range(len(got["ids"])), key=lambda i: (got["metadatas"][i]["doc_id"], got["metadatas"][i]["start"]))
    passages = [
        Passage(id=got["ids"][i], doc_id=str(got["metadatas"][i]["doc_id"]), title=str(got["metadatas"][i]["title"]),
                section=str(got["metadatas"][i]["section"]), text=got["documents"][i],
                start=int(got["metadatas"][i]["start"]), end=int(got["metadatas"][i]["end"]))
        for i in order
    ]
    passage_vectors = np.asarray([got["embeddings"][i] for i in order], dtype=np.float32)
    index_of = {p.id: i for i, p in enumerate(passages)}
    sent = sentences.get(include=["documents", "metadatas", "embeddings"])
    items = [
        Sentence(id=sid, passage=index_of[str(meta["chunk_id"])], position=int(meta["position"]), text=text,
                 start=int(meta["start"]), end=int(meta["end"]))
        for sid, text, meta in zip(sent["ids"], sent["documents"], sent["metadatas"])
        if str(meta["chunk_id"]) in index_of
    ]
    keep = [i for i, meta in enumerate(sent["metadatas"]) if str(meta["chunk_id"]) in index_of]
    sentence_vectors = np.asarray([sent["embeddings"][i] for i in keep], dtype=np.float32)
    heads = headings.get(include=["metadatas", "embeddings"])
    by_section: dict[tuple[str, str], list[np.ndarray]] = {}
    for meta, vector in zip(heads["metadatas"], heads["embeddings"]):
        by_section.setdefault((str(meta["doc_id"]), str(meta["section"])), []).append(np.asarray(vector, dtype=np.float32))
    blank = [np.zeros(passage_vectors.shape[1], dtype=np.float32)]
    # Each heading has up to two wordings (see ingest.pipeline.heading_records); a passage keeps both.
    wordings = [by_section.get((p.doc_id, p.section), blank) for p in passages]
    heading_vectors = np.stack([np.asarray([w[0] for w in wordings]), np.asarray([w[-1] for w in wordings])])
    if manifest.dimension != passage_vectors.shape[1]:
        raise IndexNotReady(f"The index holds {passage_vectors.shape[1]}-dimensional vectors, its manifest says "
                            f"{manifest.dimension}: run `aftercare ingest` again.")
    # The embedded index's vectors are all in memory now: ranking every passage by them is exact and some 2 ms a
    # question faster than asking the embedded Chroma the same. A Chroma server is asked: it is the index the
    # instances share, and its going away must show (503, /readyz).
    return KnowledgeBase(manifest=manifest, passages=passages, passage_vectors=passage_vectors, sentences=items,
                         sentence_vectors=sentence_vectors, heading_vectors=heading_vectors,
                         chunk_collection=chunks if settings.uses_chroma_server else None, generation=generation)


def live_manifest(settings: Settings) -> Manifest:
    """The live index's manifest alone: what the question encoder needs, read before the rest of the index."""
    try:
        _, (chunks, _, _) = open_live_collections(open_client(settings), settings)
    except AftercareError as err:
        raise IndexNotReady(str(err)) from err
    manifest = read_manifest(chunks)
    if manifest is None:
        raise IndexNotReady("The index has no manifest (it was never fully built): run `aftercare ingest`.")
    return manifest


def live_generation(settings: Settings) -> str | None:
    """The generation a re-ingest has made live, asked cheaply; a running service compares it with its own."""
    try:
        return current_generation(open_client(settings), settings)
    except (AftercareError, httpx.TransportError):
        return None
