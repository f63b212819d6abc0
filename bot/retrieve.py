"""Hybrid retrieval: dense search in Chroma, BM25 over the same passages, and section-heading similarity, fused.

Fusion is a score blend or reciprocal rank fusion; `aftercare eval` measures both against dense-only and
BM25-only on the dev questions.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import httpx
import numpy as np
from chromadb.errors import NotFoundError

from aftercare.errors import IndexUnavailable
from bot.knowledge import KnowledgeBase, heading_similarity
from bot.text import terms

Fusion = Literal["blend", "rrf", "dense", "bm25"]
CANDIDATES = 20
RRF_K = 60
BLEND = {"dense": 0.55, "lexical": 0.25, "heading": 0.20}
HEADING_FLOOR = 0.5


@dataclass(frozen=True)
class Hit:
    passage: int
    score: float
    dense: float
    lexical: float
    heading: float = 0.0


def dense_search(kb: KnowledgeBase, query_vector: np.ndarray, k: int = CANDIDATES) -> dict[int, float]:
    """Cosine similarity of the best passages, from Chroma (or from memory when no collection is attached)."""
    if kb.chunk_collection is None:
        sims = kb.passage_vectors @ query_vector
        top = np.argsort(-sims)[:k]
        return {int(i): float(sims[i]) for i in top}
    try:
        res = kb.chunk_collection.query(query_embeddings=[query_vector.tolist()], n_results=min(k, len(kb.passages)),
                                        include=["distances"])
    except httpx.TransportError as err:
        raise IndexUnavailable(f"The Chroma server cannot be reached ({err}); answers resume when it is back.") from err
    except NotFoundError as err:
        raise IndexUnavailable(f"This index generation was replaced and removed ({err}); the service is switching to the new one.") from err
    return {kb.passage_index[pid]: 1.0 - float(dist) for pid, dist in zip(res["ids"][0], res["distances"][0])}


def lexical_search(kb: KnowledgeBase, question: str, k: int = CANDIDATES) -> dict[int, float]:
    """BM25 scores scaled by the best one, so they blend with cosine similarities on the same 0..1 range."""
    assert kb.bm25 is not None
    # Words in most passages ("microneedling", "skin") would make every passage a lexical match.
    query = [t for t in terms(question) if t in kb.vocabulary and t not in kb.common_terms]
    if not query:
        return {}
    scores = kb.bm25.get_scores(query)
    top = np.argsort(-scores)[:k]
    best = float(scores[top[0]])
    if best <= 0:
        return {}
    return {int(i): float(scores[i]) / best for i in top if scores[i] > 0}


def heading_search(kb: KnowledgeBase, query_vector: np.ndarray) -> dict[int, float]:
    """Passages whose section heading says what the question asks ("Who should avoid microneedling?").

    Nearly every heading mentions microneedling, so similarity under HEADING_FLOOR says nothing and is cut;
    the rest is rescaled to 0..1. Every passage under a matching heading counts, not only the first.
    """
    sims = heading_similarity(kb, query_vector)
    return {int(i): (float(sims[i]) - HEADING_FLOOR) / (1 - HEADING_FLOOR) for i in np.flatnonzero(sims > HEADING_FLOOR)}


def fuse(dense: dict[int, float], lexical: dict[int, float], heading: dict[int, float] | None = None,
         method: Fusion = "blend") -> list[Hit]:
    heading = heading or {}
    if method == "dense":
        score = {i: dense.get(i, 0.0) for i in set(dense) | set(lexical)}
    elif method == "bm25":
        score = {i: lexical.get(i, 0.0) for i in set(dense) | set(lexical)}
    elif method == "rrf":
        score = {}
        for ranking in (dense, lexical, heading):
            for rank, i in enumerate(sorted(ranking, key=ranking.get, reverse=True)):
                score[i] = score.get(i, 0.0) + 1 / (RRF_K + rank)
    else:
        ids = set(dense) | set(lexical) | set(heading)
        score = {i: BLEND["dense"] * dense.get(i, 0.0) + BLEND["lexical"] * lexical.get(i, 0.0)
                 + BLEND["heading"] * heading.get(i, 0.0) for i in ids}
    ranked = sorted(score, key=lambda i: (-score[i], i))
    return [Hit(passage=i, score=score[i], dense=dense.get(i, 0.0), lexical=lexical.get(i, 0.0),
                heading=heading.get(i, 0.0)) for i in ranked]


def hybrid_retrieve(kb: KnowledgeBase, question: str, query_vector: np.ndarray, k: int = 8,
                    method: Fusion = "blend") -> list[Hit]:
    dense = dense_search(kb, query_vector)
    lexical = lexical_search(kb, question)
    heading = heading_search(kb, query_vector)
    # A passage found by words or by its heading but outside Chroma's top list still has a cosine similarity:
    # take it from the stored vectors rather than scoring it 0.
    missing = [i for i in set(lexical) | set(heading) if i not in dense]
    if missing:
        dense.update(zip(missing, (kb.passage_vectors[missing] @ query_vector).tolist()))
    return fuse(dense, lexical, heading, method)[:k]


def __getattr__(name: str) -> object:
    """`bot.retrieve.AftercareRetriever` still works, without the answer path importing LangChain (half a second
    of every start): it lives in bot/langchain_retriever.py."""
    if name == "AftercareRetriever":
        from bot.langchain_retriever import AftercareRetriever

        return AftercareRetriever
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
