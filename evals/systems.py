"""The systems compared in one run: the product and its baselines, each turning a question into an Outcome."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

from bot.engine import AnswerEngine
from bot.models import Conversation, PreviousTurn
from evals.cases import GoldCase
from evals.conversation import ask, context_for
from evals.metrics import CitedQuote, Outcome

System = Callable[[GoldCase], Outcome]


def engine_system(engine: AnswerEngine, history: dict[str, str] | None = None, with_chat: bool = True) -> System:
    """`history`: case id → an unrelated earlier question to send with it (the check that history leaves a
    question that stands on its own unchanged); otherwise the case's own conversation. `with_chat=False` asks each
    case's last question alone, without its earlier questions or treatment date: the baseline conversations beat."""
    # The type each earlier question was answered with: about 2,200 history cases share under 1,000 of them.
    types: dict[str, str] = {}

    def run(case: GoldCase) -> Outcome:
        if history is not None and case.id in history:
            # Sent with the type it was answered with, as the widget sends it: an escalated one still stands.
            earlier = history[case.id]
            if earlier not in types:
                types[earlier] = engine.reply(earlier).response.type
            context = Conversation(previous=[PreviousTurn(question=earlier, type=types[earlier])])
        else:
            context = context_for(engine, case) if with_chat else None
        started = time.perf_counter()
        reply = ask(engine, case, context)
        seconds = time.perf_counter() - started
        r = reply.response
        retrieved = list(dict.fromkeys(engine.knowledge.passages[h.passage].doc_id for h in reply.hits))
        return Outcome(case=case, type=r.type, answer=r.answer, seconds=seconds, retrieved=retrieved,
                       answerable=reply.answerable, citations=[CitedQuote(c.doc_id, c.quote, c.start, c.end) for c in r.citations],
                       treatment_day=r.treatment_day, interpreted_as=r.interpreted_as)

    return run


def engine_variant(engine: AnswerEngine, **changes: object) -> AnswerEngine:
    """The same loaded model and index with other options: fusion method, layers switched off.

    Each variant gets its own (empty) embedding cache, so its latency is measured as the product's is.
    """
    return AnswerEngine(engine.settings, engine.knowledge, engine.embedder, replace(engine.options, **changes),
                        encode=engine.encode, semantic_triage=engine.semantic_triage, bridges=engine.bridges)

