"""Hybrid retrieval: dense search in Chroma and BM25 over the same passages, fused by a score blend.

The blend was chosen over reciprocal rank fusion on the dev questions (see evals/): RRF throws away how
much better the first hit is than the second, which the no-answer decision needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from bot.knowledge import KnowledgeBase
from bot.text import terms

Fusion = Literal["blend", "rrf", "dense", "bm25"]
CANDIDATES = 20
RRF_K = 60
DENSE_WEIGHT = 0.7


@dataclass(frozen=True)
class Hit:
    passage: int
    score: float
    dense: float
    lexical: float


def dense_search(kb: KnowledgeBase, query_vector: np.ndarray, k: int = CANDIDATES) -> dict[int, float]:
    """Cosine similarity of the best passages, from Chroma (or from memory when no collection is attached)."""
    if kb.chunk_collection is None:
        sims = kb.passage_vectors @ query_vector
        top = np.argsort(-sims)[:k]
        return {int(i): float(sims[i]) for i in top}
    res = kb.chunk_collection.query(query_embeddings=[query_vector.tolist()], n_results=min(k, len(kb.passages)),
                                    include=["distances"])
    return {kb.passage_index[pid]: 1.0 - float(dist) for pid, dist in zip(res["ids"][0], res["distances"][0])}


def lexical_search(kb: KnowledgeBase, question: str, k: int = CANDIDATES) -> dict[int, float]:
    """BM25 scores scaled by the best one, so they blend with cosine similarities on the same 0..1 range."""
    assert kb.bm25 is not None
    query = [t for t in terms(question) if t in kb.vocabulary]
    if not query:
        return {}
    scores = kb.bm25.get_scores(query)
    top = np.argsort(-scores)[:k]
    best = float(scores[top[0]])
    if best <= 0:
        return {}
    return {int(i): float(scores[i]) / best for i in top if scores[i] > 0}


def fuse(dense: dict[int, float], lexical: dict[int, float], method: Fusion = "blend") -> list[Hit]:
    ids = set(dense) | set(lexical)
    if method == "rrf":
        d_rank = {i: r for r, i in enumerate(sorted(dense, key=dense.get, reverse=True))}
        l_rank = {i: r for r, i in enumerate(sorted(lexical, key=lexical.get, reverse=True))}
        score = {i: (1 / (RRF_K + d_rank[i]) if i in d_rank else 0) + (1 / (RRF_K + l_rank[i]) if i in l_rank else 0) for i in ids}
    elif method == "dense":
        score = {i: dense.get(i, 0.0) for i in dense}
    elif method == "bm25":
        score = {i: lexical.get(i, 0.0) for i in lexical}
    else:
        score = {i: DENSE_WEIGHT * dense.get(i, 0.0) + (1 - DENSE_WEIGHT) * lexical.get(i, 0.0) for i in ids}
    ranked = sorted(score, key=lambda i: (-score[i], i))
    return [Hit(passage=i, score=score[i], dense=dense.get(i, 0.0), lexical=lexical.get(i, 0.0)) for i in ranked]


def hybrid_retrieve(kb: KnowledgeBase, question: str, query_vector: np.ndarray, k: int = 8,
                    method: Fusion = "blend") -> list[Hit]:
    dense = dense_search(kb, query_vector)
    lexical = lexical_search(kb, question)
    return fuse(dense, lexical, method)[:k]


class AftercareRetriever(BaseRetriever):
    """The product's hybrid retriever as a LangChain retriever, for a clinic's own chains."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    knowledge: KnowledgeBase
    embed_query: object
    k: int = 4
    method: Fusion = "blend"

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        vector = self.embed_query(query)  # type: ignore[operator]
        docs = []
        for hit in hybrid_retrieve(self.knowledge, query, vector, self.k, self.method):
            p = self.knowledge.passages[hit.passage]
            docs.append(Document(page_content=p.text, id=p.id, metadata={
                "doc_id": p.doc_id, "title": p.title, "section": p.section, "start": p.start, "end": p.end,
                "score": hit.score, "dense": hit.dense, "lexical": hit.lexical}))
        return docs
