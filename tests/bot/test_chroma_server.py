"""The Chroma server path: a real `chroma run` on loopback, stopped and started under a running service."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from bot.api import create_app
from bot.service import start_engine
from ingest.pipeline import run_ingest
from tests.conftest import CORPUS, make_settings
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
    state = start_engine(settings, embedder=embedder)
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
