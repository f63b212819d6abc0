"""The votes table in a real database at a SQLAlchemy URL: what `bot.feedback.store.FeedbackStore` opens on first use.

One table, `feedback`: a row per vote, with the answer type and cited sections read from the signed request id
(`bot.feedback.request_ids`), the client's redacted comment and, only under the clinic's opt-in, the redacted
question. `answer_id` is unique, so the database itself refuses a second vote on one answer, whichever worker or
machine receives it (the 409 of the API).

SQLite (the default) is created on first use, mode 600, in write-ahead-log mode with a busy timeout, so the several
workers of one machine write to it together. Several machines share a server database such as PostgreSQL
(`postgresql://` URLs are driven by psycopg 3).
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import (JSON, Boolean, Column, DateTime, Engine, Integer, MetaData, String, Table, Text, create_engine,
                        event, inspect, select)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from aftercare.errors import AftercareError
from bot.feedback.request_ids import AnsweredRequest, CitedSection
from bot.feedback.store import AlreadyVoted, FeedbackUnavailable, Vote

SQLITE_BUSY_TIMEOUT_S = 30.0
# Switching a new file to write-ahead logging takes an exclusive lock that SQLite does not wait for: workers starting
# together on a new file try again a few times, briefly (the mode then stays in the file for every later connection).
WAL_SWITCH_ATTEMPTS = 20
WAL_SWITCH_PAUSE_S = 0.05

metadata = MetaData()
feedback = Table(
    "feedback", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("answer_id", String(64), nullable=False, unique=True),
    Column("voted_at", DateTime(timezone=True), nullable=False),
    Column("helpful", Boolean, nullable=False),
    Column("answer_type", String(16), nullable=False),
    Column("cited", JSON, nullable=False),  # [[doc_id, section or null], ...] in the order the answer cited them
    Column("comment", Text, nullable=True),
    Column("question", Text, nullable=True),
)


def database_url(url: str) -> URL:
    """`postgresql://` means psycopg 3 here (SQLAlchemy alone would pick psycopg2, which is not installed)."""
    parsed = make_url(url)
    return parsed.set(drivername="postgresql+psycopg") if parsed.drivername == "postgresql" else parsed


class VoteDatabase:
    """Connects on first use, so a store that is only asked where it is never opens the database."""

    def __init__(self, url: str) -> None:
        try:
            self.url = database_url(url)
        except SQLAlchemyError as err:  # ArgumentError: not a URL
            raise FeedbackUnavailable(f"AFTERCARE_FEEDBACK_DATABASE_URL is not a database URL ({err}); use e.g. "
                                      "sqlite:///data/feedback.sqlite3 or postgresql://user:password@host/db") from err
        self._engine: Engine | None = None
        self._lock = threading.Lock()
        self._table_ready = False

    def record(self, vote: Vote) -> None:
        row = {"answer_id": vote.answered.answer_id, "voted_at": vote.voted_at, "helpful": vote.helpful,
               "answer_type": vote.answered.answer_type,
               "cited": [[c.doc_id, c.section] for c in vote.answered.cited],
               "comment": vote.comment, "question": vote.answered.question}
        try:
            with self._connect(create=True).begin() as conn:
                conn.execute(feedback.insert().values(**row))
        except IntegrityError as err:
            raise AlreadyVoted() from err
        except SQLAlchemyError as err:
            raise FeedbackUnavailable(f"could not record the vote in {self.where}: {err.__class__.__name__}: "
                                      f"{err}") from err

    def votes(self) -> list[Vote]:
        """Every vote, oldest first; none where nobody has voted yet (the database is not created for reading)."""
        try:
            engine = self._connect(create=False)
            if engine is None or not inspect(engine).has_table(feedback.name):
                return []
            with engine.connect() as conn:
                rows = conn.execute(select(feedback).order_by(feedback.c.voted_at, feedback.c.id)).mappings().all()
        except SQLAlchemyError as err:
            raise FeedbackUnavailable(f"could not read the votes from {self.where}: {err}") from err
        return [_vote(row) for row in rows]

    def has_vote(self, answer_id: str) -> bool:
        """Whether the answer was voted on already; the database is not created for asking."""
        try:
            engine = self._connect(create=False)
            if engine is None or not inspect(engine).has_table(feedback.name):
                return False
            with engine.connect() as conn:
                return conn.execute(select(feedback.c.id).where(feedback.c.answer_id == answer_id)).first() is not None
        except SQLAlchemyError as err:
            raise FeedbackUnavailable(f"could not read the votes from {self.where}: {err}") from err

    @property
    def where(self) -> str:
        return self.url.render_as_string(hide_password=True)

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()

    def _connect(self, create: bool) -> Engine | None:
        with self._lock:
            if self._engine is None:
                if self.url.get_backend_name() == "sqlite" and not self._prepare_sqlite_file(create):
                    return None
                self._engine = (_sqlite_engine(self.url) if self.url.get_backend_name() == "sqlite"
                                else create_engine(self.url, pool_pre_ping=True))
            if create and not self._table_ready:
                _create_table(self._engine)
                self._table_ready = True
            return self._engine

    def _prepare_sqlite_file(self, create: bool) -> bool:
        """The file is made here, mode 600, before SQLite would make it with the process's umask."""
        database = self.url.database
        if not database or database == ":memory:":
            raise AftercareError("the feedback database must be a file (sqlite:///path/feedback.sqlite3): an in-memory "
                                 "one is private to each worker and lost on restart")
        path = Path(database)
        if path.exists():
            return True
        if not create:
            return False
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        except OSError as err:
            raise FeedbackUnavailable(f"cannot create the feedback database {path}: {err}; make its folder writable "
                                      "or set AFTERCARE_FEEDBACK_DATABASE_URL") from err
        return True


def _create_table(engine: Engine) -> None:
    try:
        metadata.create_all(engine)
    except SQLAlchemyError:
        # Another worker created it between the check and the CREATE; anything else shows on the next query.
        if not inspect(engine).has_table(feedback.name):
            raise


def _sqlite_engine(url: URL) -> Engine:
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S})

    @event.listens_for(engine, "connect")
    def _wal(dbapi_connection: Any, _: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={int(SQLITE_BUSY_TIMEOUT_S * 1000)}")  # a busy writer is waited for
        for attempt in range(1, WAL_SWITCH_ATTEMPTS + 1):
            try:
                if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    cursor.execute("PRAGMA journal_mode=WAL")  # readers never block the writer, nor it them
                break
            except sqlite3.OperationalError:
                if attempt == WAL_SWITCH_ATTEMPTS:
                    raise
                time.sleep(WAL_SWITCH_PAUSE_S * attempt)
        cursor.close()

    return engine


def _vote(row: Any) -> Vote:
    voted_at: datetime = row["voted_at"]
    if voted_at.tzinfo is None:  # SQLite keeps no zone; every vote is written in UTC
        voted_at = voted_at.replace(tzinfo=timezone.utc)
    answered = AnsweredRequest(answer_id=row["answer_id"], answer_type=row["answer_type"],
                               cited=tuple(CitedSection(doc, section) for doc, section in row["cited"]),
                               question=row["question"])
    return Vote(answered=answered, helpful=bool(row["helpful"]), comment=row["comment"], voted_at=voted_at)
