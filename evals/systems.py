"""The systems compared in one run: the product and its baselines, each turning a question into an Outcome."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

from bot.engine import AnswerEngine
from evals.cases import GoldCase
from evals.metrics import CitedQuote, Outcome

System = Callable[[GoldCase], Outcome]


def engine_system(engine: AnswerEngine) -> System:
    def run(case: GoldCase) -> Outcome:
        started = time.perf_counter()
        reply = engine.reply(case.question)
        seconds = time.perf_counter() - started
        r = reply.response
        retrieved = list(dict.fromkeys(engine.knowledge.passages[h.passage].doc_id for h in reply.hits))
        return Outcome(case=case, type=r.type, answer=r.answer, seconds=seconds, retrieved=retrieved,
                       answerable=reply.answerable, citations=[CitedQuote(c.doc_id, c.quote, c.start, c.end) for c in r.citations])

    return run


def engine_variant(engine: AnswerEngine, **changes: object) -> AnswerEngine:
    """The same loaded model and index with other options: fusion method, layers switched off.

    Each variant gets its own (empty) embedding cache, so its latency is measured as the product's is.
    """
    return AnswerEngine(engine.settings, engine.knowledge, engine.embedder, replace(engine.options, **changes),
                        encode=engine.encode, semantic_triage=engine.semantic_triage, bridges=engine.bridges)

