"""The one wrapper every response goes through, so no answer type can leave without the disclaimer."""

from __future__ import annotations

from bot.models import AnswerResponse, AnswerType, Citation


def wrap(kind: AnswerType, answer: str, citations: list[Citation], disclaimer: str, request_id: str) -> AnswerResponse:
    return AnswerResponse(type=kind, answer=answer, citations=citations, disclaimer=disclaimer,
                          text=f"{answer}\n\n{disclaimer}", request_id=request_id)
