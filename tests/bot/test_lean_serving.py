"""The answer path without PyTorch: `aftercare ask` imports no torch, and answers are the same with either backend."""

from __future__ import annotations

import gc
import json
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from bot.engine import AnswerEngine
from bot.web.service import start_engine
from evals.cases import GOLD_FILE, load_cases
from ingest.embed import Embedder
from tests.conftest import ROOT, IngestedIndex

HEAVY = ("torch", "sentence_transformers", "transformers")
ASK_AND_LIST_MODULES = f"""
import json, sys
from aftercare.cli import app
try:
    app(["ask", "is flaking normal on day 4?", "--json"])
except SystemExit as done:
    assert not done.code, done.code
print(json.dumps(sorted({{m.split(".")[0] for m in sys.modules}} & set({list(HEAVY)!r}))))
"""


def test_aftercare_ask_answers_without_importing_torch_or_sentence_transformers(corpus_index: IngestedIndex,
                                                                                service) -> None:
    settings = corpus_index.settings
    env = {**{k: v for k, v in os.environ.items() if k != "PYTHONPATH"}, "AFTERCARE_INDEX_DIR": str(settings.index_dir),
           "AFTERCARE_ONNX_DIR": str(settings.onnx_dir), "AFTERCARE_CACHE_DIR": str(settings.cache_dir.resolve())}
    done = subprocess.run([sys.executable, "-c", ASK_AND_LIST_MODULES], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    *answer, modules = done.stdout.strip().splitlines()
    assert json.loads("\n".join(answer))["type"] == "answer"
    assert json.loads(modules) == []

SERVE_AND_SAY_IF_SQLALCHEMY_IS_LOADED = """
import sys
from fastapi.testclient import TestClient
from aftercare.settings import Settings
from bot.web.api import create_app
with TestClient(create_app(Settings())) as client:
    assert client.get("/readyz").status_code == 200
    assert client.post("/v1/answer", json={"question": "is flaking normal on day 4?"}).json()["type"] == "answer"
    print("sqlalchemy" in sys.modules)
"""


def test_the_service_answers_without_importing_sqlalchemy_before_a_vote(corpus_index: IngestedIndex, service,
                                                                        tmp_path: Path) -> None:
    settings = corpus_index.settings
    env = {**{k: v for k, v in os.environ.items() if k != "PYTHONPATH"}, "AFTERCARE_INDEX_DIR": str(settings.index_dir),
           "AFTERCARE_ONNX_DIR": str(settings.onnx_dir), "AFTERCARE_CACHE_DIR": str(settings.cache_dir.resolve()),
           "AFTERCARE_FEEDBACK_DATABASE_URL": f"sqlite:///{tmp_path / 'feedback.sqlite3'}",
           "AFTERCARE_SECRET_FILE": str(tmp_path / "secret_key"), "AFTERCARE_INDEX_POLL_SECONDS": "0"}
    done = subprocess.run([sys.executable, "-c", SERVE_AND_SAY_IF_SQLALCHEMY_IS_LOADED], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_the_gold_questions_get_identical_answers_with_onnx_and_with_pytorch(service, embedder: Embedder) -> None:
    onnx = service.engine
    torch = AnswerEngine(onnx.settings, onnx.knowledge, embedder, onnx.options)
    questions = [case.question for case in load_cases("all", paths=(GOLD_FILE,))]
    # One backend after the other: interleaved, each one's idle threads spin while the other works.
    with_onnx = [onnx.answer(q, request_id="same") for q in questions]
    with_torch = [torch.answer(q, request_id="same") for q in questions]
    assert [q for q, a, b in zip(questions, with_onnx, with_torch) if not _same(a, b)] == []


def _same(a, b) -> bool:
    """The same answer, citations and all; a citation's score is rounded to four places, and the two backends'
    last float digits may fall either side of a rounding boundary (0.98205 → 0.9821 or 0.982)."""
    def without_scores(response) -> dict:
        return response.model_dump(exclude={"citations": {"__all__": {"score"}}})

    return without_scores(a) == without_scores(b) and all(
        abs(x.score - y.score) <= 2e-4 for x, y in zip(a.citations, b.citations))


def test_a_service_without_a_valid_export_says_what_to_run_and_answers_with_pytorch(
        corpus_index: IngestedIndex, tmp_path: Path, caplog) -> None:
    onnx_dir = tmp_path / "onnx"
    shutil.copytree(corpus_index.settings.onnx_dir, onnx_dir)
    export = corpus_index.report.manifest.onnx_export
    assert export is not None
    (onnx_dir / export.file).write_bytes(b"damaged")
    settings = corpus_index.settings.model_copy(update={"onnx_dir": onnx_dir})
    with caplog.at_level(logging.WARNING, logger="aftercare.service"):
        state = start_engine(settings)
    assert state.engine is not None and state.encoder is not None
    assert state.encoder.backend == "torch"
    assert state.engine.answer("When can I wear makeup again?").type == "answer"
    warning = " ".join(r.getMessage() for r in caplog.records)
    assert f"The ONNX export {onnx_dir / export.file} is not the one the index was checked with" in warning
    assert "run `aftercare ingest`" in warning and "Answering with PyTorch meanwhile" in warning


def test_the_garbage_collector_runs_again_after_a_start_that_found_no_index(corpus_index: IngestedIndex,
                                                                             tmp_path: Path) -> None:
    state = start_engine(corpus_index.settings.model_copy(update={"index_dir": tmp_path / "no-index"}))
    assert state.engine is None and state.not_ready is not None
    assert gc.isenabled()
