"""Re-ingesting while the service answers: the new index is built beside the old and switched to in one step."""

from __future__ import annotations

import shutil
import threading
import time
from dataclasses import dataclass
import httpx
import pytest
from fastapi.testclient import TestClient

from bot.web.api import create_app
from bot.web.service import start_engine
from ingest.embed import Embedder
from ingest.pipeline import IngestReport, run_ingest
from tests.conftest import CORPUS, make_settings
from tests.utils.files import write_article

QUESTIONS = ["When can I wear makeup again?", "How many sessions will I need?",
             "Do I need sunscreen after the treatment?", "How long do microneedling results last?"]
NEW_TEXT = "A cold compress wrapped in a clean cloth can calm the warmth for ten minutes at a time."


@dataclass
class Scenario:
    before: str
    report: IngestReport
    answers: list[httpx.Response]
    asked_before_switch: int
    after: httpx.Response
    again: IngestReport
    corpus_docs: set[str]


@pytest.fixture(scope="module")
def reingest_while_serving(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Scenario:
    root = tmp_path_factory.mktemp("reingest")
    shutil.copytree(CORPUS, root / "corpus")
    settings = make_settings(root / "corpus", root / "index", index_poll_seconds=0.1)
    run_ingest(settings, show_progress=False, embedder=embedder)
    answers: list[httpx.Response] = []
    stop = threading.Event()
    with TestClient(create_app(settings, state=start_engine(settings))) as client:
        before = client.get("/readyz").json()["generation"]

        def ask_in_a_loop() -> None:
            i = 0
            while not stop.is_set():
                answers.append(client.post("/v1/answer", json={"question": QUESTIONS[i % len(QUESTIONS)]}))
                i += 1

        asker = threading.Thread(target=ask_in_a_loop)
        asker.start()
        try:
            write_article(settings.corpus_dir, "cooling.md", "Cooling the skin", {"Cold compress": NEW_TEXT})
            report = run_ingest(settings, show_progress=False, embedder=embedder)
            deadline = time.monotonic() + 30
            while client.get("/readyz").json()["generation"] != report.generation and time.monotonic() < deadline:
                time.sleep(0.05)
            asked_before_switch = len(answers)
            time.sleep(0.5)
        finally:
            stop.set()
            asker.join()
        after = client.post("/v1/answer", json={"question": "Can I put a cold compress on my face?"})
    again = run_ingest(settings, show_progress=False, embedder=embedder)
    docs = {p.stem for p in CORPUS.glob("*.md")} | {"cooling"}
    return Scenario(before, report, answers, asked_before_switch, after, again, docs)


def test_every_answer_during_a_reingest_is_complete_and_cited(reingest_while_serving: Scenario) -> None:
    answers = reingest_while_serving.answers
    assert 0 < reingest_while_serving.asked_before_switch < len(answers)
    assert {r.status_code for r in answers} == {200}
    for body in (r.json() for r in answers):
        assert body["type"] == "answer" and body["citations"] and body["disclaimer"]
        for c in body["citations"]:
            assert c["doc_id"] in reingest_while_serving.corpus_docs
            assert c["quote"] in c["passage"] and f"[{c['n']}]" in body["answer"]


def test_the_service_switches_to_the_new_index_without_a_restart(reingest_while_serving: Scenario) -> None:
    assert reingest_while_serving.report.generation != reingest_while_serving.before
    body = reingest_while_serving.after.json()
    assert body["type"] == "answer"
    assert [c["doc_id"] for c in body["citations"]][:1] == ["cooling"]
    assert NEW_TEXT in body["answer"]


def test_a_reingest_of_an_unchanged_corpus_keeps_the_live_index(reingest_while_serving: Scenario) -> None:
    assert reingest_while_serving.again.generation == reingest_while_serving.report.generation
    assert reingest_while_serving.again.embedded == 0
