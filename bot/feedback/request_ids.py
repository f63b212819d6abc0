"""Request ids that every instance of a deployment recognises without shared memory: signed records of an answer.

Design. A request id is an itsdangerous URL-safe token: a compact JSON payload, zlib-compressed when that makes it
shorter, base64url-encoded and signed with HMAC-SHA256 under the deployment secret (`bot.feedback.secret`). The
payload holds a random answer id, the answer type, the cited (doc id, section) pairs and, only when the clinic opts
in to keeping question text, the question already redacted. Why this design:

- A vote may reach any worker on any machine. Whoever holds the secret can check the id and read what was
  answered from the id itself, so nothing is written anywhere when an answer is given, and the database is
  touched only when a client votes.
- A forged or altered id fails the signature and is refused as unknown (404), exactly like an id this deployment
  never issued; an id signed under another deployment's secret is refused too.
- What a vote is recorded against (type, cited articles and sections) is what the client was shown, fixed when the
  answer was given, not looked up later in an index that may have been re-ingested since.
- The random answer id is what the database keeps unique, so a second vote on one answer is refused (409) by
  the database itself, race-free across workers and machines.

The cost is length: a few hundred characters rather than 32. The payload is signed, not encrypted: a client can
decode what its own id says, which is only what the answer showed it (and, under the opt-in, its own question
after redaction). Changing the secret makes every id issued before the change unknown.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from itsdangerous import BadData, URLSafeSerializer

from bot.models import AnswerResponse, AnswerType

SALT = "aftercare.request-id.v1"  # separates these signatures from any other use of the same secret
ANSWER_TYPES: tuple[AnswerType, ...] = ("answer", "no_answer", "escalation", "acknowledgement")


class UnknownRequestId(ValueError):
    """Not a request id this deployment issued: malformed, altered, or signed under another secret."""


@dataclass(frozen=True)
class CitedSection:
    doc_id: str
    section: str | None


@dataclass(frozen=True)
class AnsweredRequest:
    """What the signed id says was answered."""

    answer_id: str
    answer_type: AnswerType
    cited: tuple[CitedSection, ...]
    question: str | None = None  # the redacted question, only under the opt-in


class RequestIds:
    """Issues and reads signed request ids; `redact_question` is given only when the clinic opts in to question text."""

    def __init__(self, secret: str, redact_question: Callable[[str], str] | None = None) -> None:
        self._tokens = URLSafeSerializer(secret, salt=SALT, signer_kwargs={"digest_method": hashlib.sha256})
        self._redact_question = redact_question

    def issue(self, response: AnswerResponse, question: str) -> str:
        cited = list(dict.fromkeys((c.doc_id, c.section) for c in response.citations))  # each section once, in order
        # The engine's random id for this answer becomes the answer id the database keeps unique.
        payload: dict[str, object] = {"i": response.request_id or uuid.uuid4().hex, "t": response.type, "c": cited}
        if self._redact_question is not None:
            payload["q"] = self._redact_question(question)
        token = self._tokens.dumps(payload)
        assert isinstance(token, str)
        return token

    def read(self, request_id: str) -> AnsweredRequest:
        try:
            payload = self._tokens.loads(request_id)
        except BadData as err:
            raise UnknownRequestId("request_id: not an answer this service gave; send the request_id of an answer "
                                   "from this deployment") from err
        try:
            answer_type = payload["t"]
            if answer_type not in ANSWER_TYPES:
                raise ValueError(answer_type)
            return AnsweredRequest(answer_id=str(payload["i"]), answer_type=answer_type,
                                   cited=tuple(CitedSection(str(doc), None if sec is None else str(sec))
                                               for doc, sec in payload["c"]),
                                   question=None if payload.get("q") is None else str(payload["q"]))
        except (KeyError, TypeError, ValueError) as err:  # signed by us, so only a payload of another version
            raise UnknownRequestId("request_id: issued by another version of this service; it cannot be voted on") from err
