"""The Chroma server path: a real `chroma run` on loopback, stopped and started under a running service."""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from bot.web.api import create_app
from bot.web.service import start_engine
from ingest.pipeline import run_ingest
from tests.conftest import CORPUS, ROOT, make_settings
from tests.utils.files import write_article
from tests.utils.net import free_port, wait_until_up

CHROMA = shutil.which("chroma") or str(Path(sys.executable).with_name("chroma"))


class ChromaServer:
    def __init__(self, path: Path) -> None:
        self.port = free_port()
        self.path = path
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        self.proc = subprocess.Popen([CHROMA, "run", "--path", str(self.path), "--host", "127.0.0.1",
                                      "--port", str(self.port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_until_up(f"http://127.0.0.1:{self.port}/api/v2/heartbeat", timeout=60)

    def stop(self) -> None:
        assert self.proc is not None
        self.proc.terminate()
        self.proc.wait(timeout=30)


@pytest.fixture(scope="module")
def chroma(tmp_path_factory: pytest.TempPathFactory):
    server = ChromaServer(tmp_path_factory.mktemp("chroma-server"))
    server.start()
    yield server
    if server.proc and server.proc.poll() is None:
        server.stop()


def ask(client: TestClient):
    return client.post("/v1/answer", json={"question": "When can I wear makeup again?"})


def test_the_service_answers_through_a_chroma_server_and_recovers_after_it_restarts(chroma: ChromaServer, embedder,
                                                                                   tmp_path: Path) -> None:
    settings = make_settings(CORPUS, tmp_path / "index", chroma_host="127.0.0.1", chroma_port=chroma.port)
    report = run_ingest(settings, show_progress=False, embedder=embedder)
    assert report.manifest.chunks > 100
    state = start_engine(settings)
    assert state.engine is not None, state.not_ready
    with TestClient(create_app(settings, state=state)) as client:
        assert ask(client).json()["type"] == "answer"
        chroma.stop()
        down = ask(client)
        assert down.status_code == 503
        assert down.json()["error"]["code"] == "index_unavailable"
        assert client.get("/readyz").status_code == 503
        chroma.start()
        assert client.get("/readyz").status_code == 200
        assert ask(client).json()["type"] == "answer"


class Instance:
    """One `aftercare serve` process, as a clinic group runs several behind a load balancer."""

    def __init__(self, chroma: ChromaServer, settings) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "AFTERCARE_CHROMA_HOST": "127.0.0.1", "AFTERCARE_CHROMA_PORT": str(chroma.port),
               "AFTERCARE_COLLECTION": settings.collection, "AFTERCARE_ONNX_DIR": str(settings.onnx_dir),
               "AFTERCARE_SECRET_FILE": str(settings.secret_file),
               "AFTERCARE_RATE_LIMIT_PER_MINUTE": "0", "AFTERCARE_INDEX_POLL_SECONDS": "0.2"}
        self.proc = subprocess.Popen([sys.executable, "-m", "aftercare.cli", "serve", "--port", str(self.port)],
                                     cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def ask(self, question: str) -> dict:
        return httpx.post(f"{self.url}/v1/answer", json={"question": question}, timeout=30).json()

    def generation(self) -> str | None:
        return httpx.get(f"{self.url}/readyz", timeout=5).json().get("generation")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=30)


def wait_for(condition, timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


@pytest.fixture()
def two_instances(chroma: ChromaServer, corpus_index, embedder, tmp_path: Path):
    shutil.copytree(CORPUS, tmp_path / "corpus")
    settings = make_settings(tmp_path / "corpus", tmp_path / "index", chroma_host="127.0.0.1", chroma_port=chroma.port,
                             collection="scale-out")
    run_ingest(settings, show_progress=False, embedder=embedder)
    instances = [Instance(chroma, settings), Instance(chroma, settings)]
    try:
        for instance in instances:
            wait_until_up(f"{instance.url}/readyz", timeout=180)
        yield settings, instances
    finally:
        for instance in instances:
            instance.stop()


def test_two_instances_on_one_chroma_server_give_the_same_answer(two_instances) -> None:
    _, (a, b) = two_instances
    first, second = a.ask("How far apart should my sessions be?"), b.ask("How far apart should my sessions be?")
    assert first["type"] == "answer"
    assert first["answer"] == second["answer"] and first["citations"] == second["citations"]


def test_two_instances_both_switch_to_an_index_reingested_into_their_chroma_server(two_instances, embedder) -> None:
    settings, instances = two_instances
    write_article(settings.corpus_dir, "cooling.md", "Cooling the skin",
                  {"Cold compress": "A cold compress wrapped in a clean cloth can calm the warmth for ten minutes at a time."})
    report = run_ingest(settings, show_progress=False, embedder=embedder)
    assert all(wait_for(lambda i=i: i.generation() == report.generation) for i in instances)
    for instance in instances:
        assert instance.ask("Can I put a cold compress on my face?")["citations"][0]["doc_id"] == "cooling"
