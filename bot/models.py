"""The HTTP contract the widget and the eval harness rely on."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from bot.reading.question_text import normalise_question, visible_pattern

MAX_QUESTION_CHARS = 1000
MAX_COMMENT_CHARS = 1000
MAX_REQUEST_ID_CHARS = 4096
MAX_PREVIOUS_TURNS = 10
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# At least one character that survives cleaning (bot/reading/question_text.py): not a space, control or invisible one.
VISIBLE = visible_pattern()
AnswerType = Literal["answer", "no_answer", "escalation", "acknowledgement"]


class PreviousTurn(BaseModel):
    """An earlier question of the same chat, as the widget kept it; the API itself keeps no state."""

    question: str = Field(max_length=MAX_QUESTION_CHARS, description="An earlier question, 1 to 1,000 characters.",
                          json_schema_extra={"minLength": 1, "pattern": VISIBLE})
    type: AnswerType | None = Field(default=None, description="The type of the answer it got.")
    doc_ids: list[str] | None = Field(default=None, max_length=20, description="The articles that answer cited.")

    @field_validator("question")
    @classmethod
    def _visible(cls, value: str) -> str:
        cleaned = normalise_question(value)
        if not cleaned:
            raise ValueError("must not be empty")
        return cleaned


class Conversation(BaseModel):
    previous: list[PreviousTurn] = Field(default_factory=list, max_length=MAX_PREVIOUS_TURNS,
                                         description="Earlier questions of the chat, oldest first; at most 10.")
    treatment_date: date | None = Field(default=None, description="The day of the treatment, YYYY-MM-DD, if the client gave it.")

    @field_validator("treatment_date", mode="before")
    @classmethod
    def _as_written(cls, value: object) -> object:
        """Only the written date: pydantic would also read a number as a Unix time (0 as 1970-01-01, day 20,000
        and more) and a string with a time of day."""
        if isinstance(value, date) and not isinstance(value, datetime):
            return value  # set in Python (the eval harness, tests): already a day
        if value is not None and not (isinstance(value, str) and _ISO_DATE.fullmatch(value)):
            raise ValueError('expected a date written "YYYY-MM-DD" (e.g. "2026-12-01") or null')
        return value


class AnswerRequest(BaseModel):
    # Checked in the route after trimming (422 empty, 413 too long); the schema states the same contract.
    question: str = Field(description="The client's question; cleaned of invisible characters and trimmed; 1 to 1,000 characters.",
                          json_schema_extra={"minLength": 1, "maxLength": MAX_QUESTION_CHARS, "pattern": VISIBLE})
    session_id: str | None = Field(default=None, max_length=200)
    context: Conversation | None = Field(default=None, description="What a follow-up needs: the chat so far and the treatment date.")


class Citation(BaseModel):
    n: int = Field(description="The number shown as [n] in the answer.")
    doc_id: str
    title: str
    section: str | None
    passage: str = Field(description="The passage (chunk) the quote comes from, verbatim from the corpus.")
    quote: str = Field(description="The text quoted in the answer, verbatim.")
    start: int = Field(description="Offset of the quote in the cleaned document.")
    end: int
    score: float


class AnswerResponse(BaseModel):
    type: AnswerType
    answer: str = Field(description="Plain text with [n] citation markers.")
    citations: list[Citation]
    disclaimer: str
    text: str = Field(description="The answer followed by the disclaimer: what a chat shows as is.")
    request_id: str
    interpreted_as: str | None = Field(default=None, description="The question as the engine read it, when the chat so far changed it.")
    read_with: str | None = Field(default=None, description="The earlier question of the chat a follow-up was read with, as "
                                  "the client wrote it, when the chat so far changed how it was read.")
    treatment_day: int | None = Field(default=None, description="Days since the treatment (0 = the day itself), when known.")
    emergency: bool = Field(default=False, description="An escalation whose advice is emergency services first (trouble "
                            "breathing, swelling of the lips or throat, fainting), not the clinic.")


class FeedbackRequest(BaseModel):
    # Strict: `helpful` must be JSON true or false, not "yes" or 1; unknown fields are refused, not ignored.
    model_config = ConfigDict(strict=True, extra="forbid")

    request_id: str = Field(min_length=1, max_length=MAX_REQUEST_ID_CHARS,
                            description="The request_id of the answer voted on, as the answer gave it.")
    helpful: bool
    comment: str | None = Field(default=None, max_length=MAX_COMMENT_CHARS,
                                description="Optional; kept with personal details redacted.")

    @field_validator("comment", mode="before")
    @classmethod
    def _cleaned(cls, value: object) -> object:
        """Cleaned as a question is: half an emoji cut off by the comment box is no reason to lose the vote."""
        return normalise_question(value) if isinstance(value, str) else value


class FeedbackRecorded(BaseModel):
    status: Literal["recorded"] = "recorded"


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorResponse(BaseModel):
    error: ErrorDetail
