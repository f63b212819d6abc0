"""The votes database itself, on both kinds it supports: a SQLite file written by several worker processes at once,
and a real PostgreSQL server (a throwaway one started in a temporary folder) as several machines would share."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from bot.feedback.database import database_url
from bot.feedback.request_ids import AnsweredRequest, CitedSection
from bot.feedback.store import AlreadyVoted, FeedbackStore, Vote
from bot.web.api import create_app
from tests.utils.postgres import PostgresServer, postgres_bin
from tests.utils.votes import cast_votes

WORKERS = 4
VOTES_EACH = 15


@pytest.fixture(scope="module")
def postgres() -> Iterator[PostgresServer]:
    bin_dir = postgres_bin()
    if bin_dir is None:
        pytest.skip("PostgreSQL's server programs are not installed: run `make postgres` (make test does it)")
    server = PostgresServer(bin_dir)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'feedback.sqlite3'}"
        return
    server: PostgresServer = request.getfixturevalue("postgres")
    yield server.url
    store = FeedbackStore(server.url)
    with store.database()._connect(create=True).begin() as conn:  # each test starts from an empty table
        conn.exec_driver_sql("DROP TABLE feedback")
    store.dispose()


def a_vote(answer_id: str, helpful: bool = True) -> Vote:
    answered = AnsweredRequest(answer_id, "answer", (CitedSection("how-many-sessions", "Makeup"),
                                                     CitedSection("aftercare-101", None)))
    return Vote(answered, helpful, "too short", datetime(2025, 5, 1, 9, 30, tzinfo=timezone.utc))


def test_a_vote_reads_back_as_it_was_written(url: str) -> None:
    store = FeedbackStore(url)
    store.record(a_vote("a1", helpful=False))
    assert store.votes() == [a_vote("a1", helpful=False)]


def test_a_second_vote_on_one_answer_is_refused_by_the_database(url: str) -> None:
    store = FeedbackStore(url)
    store.record(a_vote("a1"))
    with pytest.raises(AlreadyVoted):
        FeedbackStore(url).record(a_vote("a1", helpful=False))  # another worker's connection
    assert [v.helpful for v in store.votes()] == [True]


def test_reading_before_any_vote_finds_none_and_creates_nothing(tmp_path: Path) -> None:
    assert FeedbackStore(f"sqlite:///{tmp_path / 'feedback.sqlite3'}").votes() == []
    assert list(tmp_path.iterdir()) == []


def test_several_worker_processes_voting_at_once_are_all_recorded_and_a_contested_answer_once(url: str) -> None:
    """Each worker votes on its own answers and on one answer they all vote on, released together."""
    ctx = multiprocessing.get_context("spawn")
    start, results = ctx.Barrier(WORKERS), ctx.Queue()
    workers = [ctx.Process(target=cast_votes, args=(url, ["contested"] + [f"w{w}-{i}" for i in range(VOTES_EACH)],
                                                    start, results)) for w in range(WORKERS)]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=120) for _ in workers]
    for worker in workers:
        worker.join(timeout=30)
    assert (sum(r for r, _ in outcomes), sum(f for _, f in outcomes)) == (WORKERS * VOTES_EACH + 1, WORKERS - 1)
    assert len(FeedbackStore(url).votes()) == WORKERS * VOTES_EACH + 1


def test_sqlite_is_in_write_ahead_log_mode_so_workers_read_while_one_writes(tmp_path: Path) -> None:
    store = FeedbackStore(f"sqlite:///{tmp_path / 'feedback.sqlite3'}")
    store.record(a_vote("a1"))
    with store.database()._connect(create=False).connect() as conn:  # type: ignore[union-attr]
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000


def test_a_postgresql_url_is_driven_by_psycopg_3() -> None:
    assert database_url("postgresql://u:p@db.example/votes").drivername == "postgresql+psycopg"


def test_votes_through_the_api_are_kept_in_a_postgresql_server(corpus_index, service, postgres: PostgresServer,
                                                                tmp_path: Path) -> None:
    settings = corpus_index.settings.model_copy(update={"feedback_database_url": postgres.url,
                                                        "secret_file": tmp_path / "secret_key"})
    with TestClient(create_app(settings, state=service)) as client:
        answer = client.post("/v1/answer", json={"question": "When can I wear makeup again?"}).json()
        first = client.post("/v1/feedback", json={"request_id": answer["request_id"], "helpful": True})
        second = client.post("/v1/feedback", json={"request_id": answer["request_id"], "helpful": False})
    assert (first.status_code, second.status_code) == (201, 409)
    votes = FeedbackStore(postgres.url).votes()
    assert [(v.answered.answer_type, v.helpful) for v in votes][-1:] == [("answer", True)]
    assert {c.doc_id for c in votes[-1].answered.cited} == {c["doc_id"] for c in answer["citations"]}


def test_an_unreachable_postgresql_server_is_503_for_a_vote(corpus_index, service, tmp_path: Path) -> None:
    from tests.utils.net import free_port

    settings = corpus_index.settings.model_copy(update={
        "feedback_database_url": f"postgresql://aftercare@127.0.0.1:{free_port()}/postgres",
        "secret_file": tmp_path / "secret_key"})
    with TestClient(create_app(settings, state=service)) as client:
        answer = client.post("/v1/answer", json={"question": "When can I wear makeup again?"}).json()
        response = client.post("/v1/feedback", json={"request_id": answer["request_id"], "helpful": True})
    assert (response.status_code, response.json()["error"]["code"]) == (503, "feedback_unavailable")
