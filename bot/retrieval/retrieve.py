"""Hybrid retrieval: dense search in Chroma, BM25 over the same passages, section-heading similarity and each
passage's best sentence by the query-adapted vector, fused.

The product's fusion is fitted on dev (`aftercare fit`: a logistic regression over the four signals, P(passage
carries the answer)); the hand blend, reciprocal rank fusion, dense-only and BM25-only are what `aftercare eval`
measures it against.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal, NamedTuple

import httpx
import numpy as np
from chromadb.errors import NotFoundError

from aftercare.errors import IndexUnavailable
from bot.data_files import DATA_DIR
from bot.fitted import LinearModel
from bot.reading.text import terms
from bot.retrieval.knowledge import KnowledgeBase, heading_similarity

Fusion = Literal["fitted", "blend", "rrf", "dense", "bm25"]
CANDIDATES = 20
RRF_K = 60
# Set by hand before fusion was fitted, and kept for corpora with no query adapter: refitted on dev's three
# signals alone (logistic regression, 5-fold by question) it put a right passage in the top 8 no more often
# (89.9% against 90.4%); what helped was the fourth signal, the adapted sentence (97.0%).
BLEND = {"dense": 0.55, "lexical": 0.25, "heading": 0.20}
HEADING_FLOOR = 0.5
PASSAGE_FEATURES = ("dense", "lexical", "heading", "adapted")
PASSAGE_MODEL_FILE = DATA_DIR / "passage_ranking.json"


class Hit(NamedTuple):
    """A tuple, not a dataclass: every passage of the corpus gets one per question (the stage lead looks past the
    top ones), and 182 frozen dataclasses took 0.17-0.24 ms to build against 0.08 ms for these."""

    passage: int
    score: float
    dense: float
    lexical: float
    heading: float = 0.0
    adapted: float = 0.0


def blend_score(dense: float, lexical: float, heading: float) -> float:
    return BLEND["dense"] * dense + BLEND["lexical"] * lexical + BLEND["heading"] * heading


def load_passage_model(path: Path = PASSAGE_MODEL_FILE) -> LinearModel:
    return LinearModel.load(path, frozenset(PASSAGE_FEATURES))


def best_sentence_by_passage(kb: KnowledgeBase, sentence_similarities: np.ndarray) -> np.ndarray:
    """Each passage's best sentence: the query adapter is fitted to find answering sentences, not passages."""
    best = np.full(len(kb.passages), -1.0)
    np.maximum.at(best, kb.sentence_passages, sentence_similarities)
    return best


def dense_search(kb: KnowledgeBase, query_vector: np.ndarray, k: int = CANDIDATES) -> dict[int, float]:
    """Cosine similarity of the best passages: from the Chroma server when one is attached, else from memory."""
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
    """The fusions the eval compares the fitted one with (`fitted_fusion`)."""
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
        score = {i: blend_score(dense.get(i, 0.0), lexical.get(i, 0.0), heading.get(i, 0.0)) for i in ids}
    ranked = sorted(score, key=lambda i: (-score[i], i))
    return [Hit(passage=i, score=score[i], dense=dense.get(i, 0.0), lexical=lexical.get(i, 0.0),
                heading=heading.get(i, 0.0)) for i in ranked]


def fitted_fusion(kb: KnowledgeBase, question: str, query_vector: np.ndarray, k: int,
                  adapted_similarities: np.ndarray, model: LinearModel) -> list[Hit]:
    """The fitted fusion, over arrays of every passage: the answer path asks for all of them (the stage lead looks
    past the top ones), and reading candidates out of dicts one by one took half of retrieval's time.

    Candidates are the dense top list, every passage found by words or heading, and the top by adapted sentence; a
    passage outside Chroma's top list still has its cosine similarity, from the stored vectors rather than 0."""
    dense = (kb.passage_vectors @ query_vector).astype(float)
    top_dense = dense_search(kb, query_vector)
    listed = np.fromiter(top_dense, int, len(top_dense))
    dense[listed] = np.fromiter(top_dense.values(), float, len(top_dense))
    lexical = np.zeros(len(kb.passages))
    for i, value in lexical_search(kb, question).items():
        lexical[i] = value
    heading = (heading_similarity(kb, query_vector).astype(float) - HEADING_FLOOR) / (1 - HEADING_FLOOR)
    heading[heading <= 0] = 0.0
    best = best_sentence_by_passage(kb, adapted_similarities)
    candidate = (lexical > 0) | (heading > 0)
    candidate[listed] = True
    candidate[np.argsort(-best)[:k + CANDIDATES]] = True
    ids = np.flatnonzero(candidate)
    columns = {"dense": dense[ids], "lexical": lexical[ids], "heading": heading[ids], "adapted": best[ids]}
    score = model.probabilities(columns)
    order = np.lexsort((ids, -score))[:k]
    ranked = ids[order]
    # Hits built from lists, not element by element: 0.25 of 0.3 ms for the corpus's 182 passages otherwise.
    return list(map(Hit._make, zip(ranked.tolist(), score[order].tolist(), dense[ranked].tolist(),
                                   lexical[ranked].tolist(), heading[ranked].tolist(), best[ranked].tolist())))


def hybrid_retrieve(kb: KnowledgeBase, question: str, query_vector: np.ndarray, k: int = 8,
                    method: Fusion = "blend", adapted_similarities: np.ndarray | None = None,
                    model: LinearModel | None = None) -> list[Hit]:
    """`adapted_similarities`: the adapted question vector against every sentence; without it or the fitted model
    (a corpus with no adapter), the fitted fusion falls back to the hand blend."""
    if method == "fitted":
        if model is not None and adapted_similarities is not None:
            return fitted_fusion(kb, question, query_vector, k, adapted_similarities, model)
        method = "blend"
    dense = dense_search(kb, query_vector)
    lexical = lexical_search(kb, question)
    heading = heading_search(kb, query_vector)
    # A passage found by words or heading but outside Chroma's top list still has a cosine similarity: take it from
    # the stored vectors rather than scoring it 0.
    missing = [i for i in set(lexical) | set(heading) if i not in dense]
    if missing:
        dense.update(zip(missing, (kb.passage_vectors[missing] @ query_vector).tolist()))
    return fuse(dense, lexical, heading, method)[:k]


def __getattr__(name: str) -> object:
    """`bot.retrieval.retrieve.AftercareRetriever` still works, without the answer path importing LangChain (half a second
    of every start): it lives in bot/retrieval/langchain_retriever.py."""
    if name == "AftercareRetriever":
        from bot.retrieval.langchain_retriever import AftercareRetriever

        return AftercareRetriever
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
