"""The answering engine: triage → retrieve → decide coverage → compose a cited answer → wrap in the disclaimer."""

from __future__ import annotations

import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from aftercare.settings import Settings
from bot.compose import (ScoredUnit, build_all_units, compose_quotes, load_quote_model, render_answer, score_units,
                          select_units)
from bot.coverage import CoverageSignals, is_covered, load_answerability, signals
from bot.fitted import LinearModel
from bot.disclaimer import wrap
from bot.glossary import expand
from bot.spelling import Speller
from bot.knowledge import KnowledgeBase
from bot.models import AnswerResponse, AnswerType, Citation
from bot.precedents import Precedents
from bot.retrieve import Fusion, Hit, hybrid_retrieve
from bot.text import tidy
from bot.triage import SemanticTriage, Triage, triage
from bot.triage_vectors import load_or_embed_semantic_triage
from bot.vocabulary import WordBridges
from ingest.embed import TextEncoder

RETRIEVE_K = 8
COMPOSE_FROM = 8
SUBJECT_FROM = 3  # the quotes an answer is made of: up to MAX_QUOTES, usually the first few
QuestionEncoder = Callable[[str], np.ndarray]


@dataclass(frozen=True)
class EngineOptions:
    fusion: Fusion = "blend"
    use_triage: bool = True
    use_coverage: bool = True
    answerability: LinearModel | None = None  # None: the fitted model in bot/data/
    # Fitted, though the hand blend stated more facts on dev end to end (73.7% against 70.7%): with it, the refuse
    # decision fitted on its quotes refused 90.9% of uncovered dev questions out of fold against 95.5%; safety first.
    quote_ranking: Literal["fitted", "hand"] = "fitted"
    precedents: Precedents | None = field(default=None, compare=False)  # None: the dev questions in bot/data/
    # The eval sets this so a dev question is never answered from its own label (see bot/precedents.py).
    hold_out_identical: bool = False


@dataclass(frozen=True)
class Reply:
    """The response plus what led to it, for the eval harness and the command line."""

    response: AnswerResponse
    triage: Triage
    hits: list[Hit] = field(default_factory=list)
    coverage: CoverageSignals | None = None
    answerable: float | None = None


class AnswerEngine:
    def __init__(self, settings: Settings, knowledge: KnowledgeBase, embedder: TextEncoder,
                 options: EngineOptions | None = None, encode: QuestionEncoder | None = None,
                 cache: "EmbeddingCache | None" = None, semantic_triage: SemanticTriage | None = None,
                 bridges: WordBridges | None = None) -> None:
        """`encode` is how one question becomes a vector (the micro-batcher when serving); `cache` and
        `semantic_triage` depend on the model only, so an engine built for a new index takes them over."""
        self.settings = settings
        self.knowledge = knowledge
        self.embedder = embedder
        self.options = options or EngineOptions()
        self.encode = encode or embedder.embed_one
        self.cache = cache if cache is not None else EmbeddingCache(settings.embed_cache_size)
        self._escalation = settings.rendered_escalation()
        self.speller = Speller(knowledge.words, knowledge.vocabulary)
        self._units = build_all_units(knowledge)
        self.bridges = bridges or WordBridges.load_or_build(settings.cache_dir, knowledge.words,
                                                            settings.embedding_model, lambda: embedder)
        self.answerability = self.options.answerability or (load_answerability() if self.options.use_coverage else None)
        self._neutral_precedent = (self.answerability.mean[self.answerability.features.index("precedent")]
                                   if self.answerability and "precedent" in self.answerability.features else 0.0)
        self.quote_model = load_quote_model() if self.options.quote_ranking == "fitted" else None
        wanted = self.options.use_coverage or self.options.quote_ranking == "fitted"
        self.precedents = self.options.precedents or (Precedents.load(settings.embedding_model) if wanted else None)
        if self.precedents and self.precedents.corpus_hash != knowledge.manifest.corpus_hash:
            self.precedents = None  # labelled on another corpus: see Precedents
        self.semantic_triage = semantic_triage or load_or_embed_semantic_triage(settings.cache_dir, settings.embedding_model,
                                                                                lambda: embedder)

    def answer(self, question: str, request_id: str | None = None) -> AnswerResponse:
        return self.reply(question, request_id).response

    def reply(self, question: str, request_id: str | None = None) -> Reply:
        rid = request_id or uuid.uuid4().hex
        text = tidy(question)
        flags = triage(text) if self.options.use_triage else Triage(escalate=False)
        if flags.escalate:
            return Reply(self._wrap("escalation", self._escalation, [], rid), flags)
        expansion = expand(self.speller.correct(text))
        vector = self.embed_question(expansion.text)
        if self.options.use_triage and self.semantic_triage.escalate(vector):
            flags = Triage(escalate=True, reasons=("described like a red flag",))
            return Reply(self._wrap("escalation", self._escalation, [], rid), flags)
        hits, ranked = self.rank(expansion.text, vector)
        coverage = signals(text, expansion.bridged, self.speller, self.bridges,
                           dense_top=max((h.dense for h in hits), default=0.0),
                           best_quote=max((u.unvoted for u in ranked), default=0.0),
                           best_sentence=max((u.similarity for u in ranked), default=0.0),
                           best_lexical=ranked[0].lexical if ranked else 0.0,
                           best_subject=max((u.values.get("subject", 0.0) for u in ranked[:SUBJECT_FROM]), default=0.0),
                           sentence_similarities=self.knowledge.sentence_vectors @ vector,
                           precedent=(self.precedents.margin(vector, skip_identical=self.options.hold_out_identical)
                                      if self.precedents else self._neutral_precedent))
        answerable = self.answerability.probability(coverage.values()) if self.answerability else None
        if not ranked or (self.options.use_coverage and self.answerability and not is_covered(coverage, self.answerability)):
            return Reply(self._wrap("no_answer", self.settings.no_answer_message, [], rid), flags, hits, coverage,
                         answerable)
        quotes = compose_quotes(self.knowledge, select_units(self.knowledge, ranked, expansion.text))
        citations = [
            Citation(n=q.n, doc_id=q.passage.doc_id, title=q.passage.title, section=q.passage.section or None,
                     passage=q.passage.text, quote=q.text, start=q.start, end=q.end, score=round(q.score, 4))
            for q in quotes
        ]
        return Reply(self._wrap("answer", render_answer(quotes), citations, rid), flags, hits, coverage, answerable)

    def rank(self, expanded: str, vector: np.ndarray) -> tuple[list[Hit], list[ScoredUnit]]:
        """Retrieved passages and their quotable units, best first (also what `aftercare fit` learns from)."""
        hits = hybrid_retrieve(self.knowledge, expanded, vector, RETRIEVE_K, self.options.fusion)
        votes = (self.precedents.quote_votes(vector, skip_identical=self.options.hold_out_identical)
                 if self.precedents and self.quote_model else None)
        return hits, score_units(self.knowledge, self._units, hits[:COMPOSE_FROM], expanded, vector, self.quote_model,
                                 votes)

    def candidates(self, question: str) -> list[ScoredUnit]:
        expansion = expand(self.speller.correct(tidy(question)))
        return self.rank(expansion.text, self.embed_question(expansion.text))[1]

    def question_vector(self, question: str) -> np.ndarray:
        """The vector the engine compares a question by (after typo repair and the glossary)."""
        return self.embed_question(expand(self.speller.correct(tidy(question))).text)

    def embed_question(self, text: str) -> np.ndarray:
        """Clinics hear the same questions all day: repeated ones skip the model."""
        key = text.lower()
        vector = self.cache.get(key)
        if vector is None:
            vector = self.encode(text)
            self.cache.put(key, vector)
        return vector

    def _wrap(self, kind: AnswerType, answer: str, citations: list[Citation], rid: str) -> AnswerResponse:
        return wrap(kind, answer, citations, self.settings.disclaimer, rid)


class EmbeddingCache:
    """Least-recently-used question embeddings, safe to share between the request threads; size 0 keeps none."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> np.ndarray | None:
        with self._lock:
            vector = self._items.get(key)
            if vector is not None:
                self._items.move_to_end(key)
            return vector

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def put(self, key: str, vector: np.ndarray) -> None:
        if self.size <= 0:
            return
        with self._lock:
            self._items[key] = vector
            while len(self._items) > self.size:
                self._items.popitem(last=False)
