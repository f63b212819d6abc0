"""Asking a gold case as the widget would: its earlier questions first, each answer's type and articles kept."""

from __future__ import annotations

from bot.engine import AnswerEngine, Reply
from bot.models import AnswerResponse, Conversation, PreviousTurn
from evals.cases import ASKED_ON, GoldCase


def turn(question: str, response: AnswerResponse) -> PreviousTurn:
    return PreviousTurn(question=question, type=response.type,
                        doc_ids=list(dict.fromkeys(c.doc_id for c in response.citations)) or None)


def context_for(engine: AnswerEngine, case: GoldCase) -> Conversation | None:
    """The chat before the case's last question, answered by the engine turn by turn."""
    if not case.previous and case.treatment_date is None:
        return None
    turns: list[PreviousTurn] = []
    for question in case.previous:
        before = Conversation(previous=list(turns), treatment_date=case.treatment_date)
        turns.append(turn(question, engine.reply(question, context=before, today=ASKED_ON).response))
    return Conversation(previous=turns, treatment_date=case.treatment_date)


def ask(engine: AnswerEngine, case: GoldCase, context: Conversation | None = None) -> Reply:
    return engine.reply(case.question, context=context, today=ASKED_ON)


def unrelated_history(cases: list[GoldCase]) -> dict[str, str]:
    """For each single question, an earlier question from another case of its split on other articles: what a chat
    that moved on from another topic sends. Deterministic, and within the split, so runs compare and new dev
    questions leave the other splits' pairs as they were."""
    history: dict[str, str] = {}
    for split in dict.fromkeys(c.split for c in cases):
        single = [c for c in cases if c.split == split and c.row is None and c.kind == "answer"]
        for i, case in enumerate(single):
            for step in range(1, len(single)):
                other = single[(i + len(single) // 2 + step) % len(single)]
                if not set(other.docs) & set(case.docs) or step == len(single) - 1:
                    history[case.id] = other.question
                    break
    return history
