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


@dataclass(frozen=True)
class IngestedIndex:
    settings: Settings
    report: IngestReport


def make_settings(corpus: Path, index: Path, **extra: object) -> Settings:
    return Settings(corpus_dir=corpus, index_dir=index, chroma_host=None, **extra)


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    return Embedder(Settings().embedding_model)


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> IngestedIndex:
    settings = make_settings(CORPUS, tmp_path_factory.mktemp("index"))
    return IngestedIndex(settings=settings, report=run_ingest(settings, show_progress=False, embedder=embedder))
