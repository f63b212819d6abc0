"""Clients' votes on answers, kept in a real database at a SQLAlchemy URL from the settings (`bot.feedback.database`).

The database and SQLAlchemy itself are opened when the first vote is recorded or read, not when the service starts:
importing SQLAlchemy costs a worker about 0.13 s before its first answer and 11 MB for as long as it runs, for
something most workers use seldom or never. So a URL that is not a database URL is reported by the first vote (a
503, with the reason in the log) and by `aftercare feedback`, not at start-up.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from aftercare.errors import AftercareError
from bot.feedback.request_ids import AnsweredRequest

if TYPE_CHECKING:
    from bot.feedback.database import VoteDatabase


class AlreadyVoted(AftercareError):
    """This answer already has a vote."""

    def __init__(self) -> None:
        super().__init__("request_id: this answer already has a vote; each answer takes one")


class FeedbackUnavailable(AftercareError):
    """The feedback database cannot be reached or written, or its URL is not a database URL."""


@dataclass(frozen=True)
class Vote:
    answered: AnsweredRequest
    helpful: bool
    comment: str | None
    voted_at: datetime


class FeedbackStore:
    """The votes database at `url`, opened on first use."""

    def __init__(self, url: str) -> None:
        self._url = url
        self._database: VoteDatabase | None = None
        self._lock = threading.Lock()

    def record(self, vote: Vote) -> None:
        self.database().record(vote)

    def votes(self) -> list[Vote]:
        """Every vote, oldest first; none where nobody has voted yet (the database is not created for reading)."""
        return self.database().votes()

    def check_not_voted(self, answer_id: str) -> None:
        """AlreadyVoted when the answer has a vote; asked before a comment is redacted, so a second vote costs little."""
        if self.database().has_vote(answer_id):
            raise AlreadyVoted()

    @property
    def where(self) -> str:
        return self.database().where

    def dispose(self) -> None:
        if self._database is not None:
            self._database.dispose()

    def database(self) -> VoteDatabase:
        with self._lock:
            if self._database is None:
                from bot.feedback.database import VoteDatabase

                self._database = VoteDatabase(self._url)
            return self._database
