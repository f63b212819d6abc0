"""Shared, real components: one loaded model and one ingested index of corpus/ for the whole session."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from aftercare.settings import Settings
from ingest.embed import Embedder
from ingest.pipeline import IngestReport, run_ingest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
# One ONNX export folder for the whole session: each test's index gets its own folder, but exporting the model
# (about 10 s) once is enough; later ingests find the checked export there and reuse it.
_SHARED_ONNX_DIR: list[Path] = []


@dataclass(frozen=True)
class IngestedIndex:
    settings: Settings
    report: IngestReport


def make_settings(corpus: Path, index: Path, **extra: object) -> Settings:
    extra.setdefault("rate_limit_per_minute", 0)
    extra.setdefault("chroma_host", None)
    extra.setdefault("onnx_dir", _SHARED_ONNX_DIR[0] if _SHARED_ONNX_DIR else index.parent / "onnx")
    # Votes and the deployment secret beside the index, never in the working tree's data/.
    extra.setdefault("feedback_database_url", f"sqlite:///{index.parent / 'feedback.sqlite3'}")
    extra.setdefault("secret_file", index.parent / "secret_key")
    return Settings(corpus_dir=corpus, index_dir=index, **extra)


@pytest.fixture(scope="session", autouse=True)
def shared_onnx_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    _SHARED_ONNX_DIR[:] = [tmp_path_factory.mktemp("onnx")]
    return _SHARED_ONNX_DIR[0]


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    return Embedder(Settings().embedding_model)


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> IngestedIndex:
    settings = make_settings(CORPUS, tmp_path_factory.mktemp("index"))
    return IngestedIndex(settings=settings, report=run_ingest(settings, show_progress=False, embedder=embedder))


@pytest.fixture(scope="session")
def service(corpus_index: IngestedIndex):
    """The service as it runs: questions embedded with the ONNX export the ingest made, no PyTorch."""
    from bot.web.service import start_engine

    state = start_engine(corpus_index.settings)
    assert state.engine is not None, state.not_ready
    assert state.encoder is not None and state.encoder.backend == "onnx"
    return state


@pytest.fixture(scope="session")
def client(corpus_index: IngestedIndex, service):
    from fastapi.testclient import TestClient

    from bot.web.api import create_app

    with TestClient(create_app(corpus_index.settings, state=service)) as test_client:
        yield test_client
