"""`aftercare eval --url` against a live uvicorn serving the session's index."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from aftercare.cli import app
from tests.conftest import ROOT, IngestedIndex
from tests.utils.net import free_port, wait_until_up


@pytest.fixture(scope="module")
def live_url(corpus_index: IngestedIndex):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "aftercare.cli", "serve", "--index", str(corpus_index.settings.index_dir),
                             "--port", str(port)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, "AFTERCARE_RATE_LIMIT_PER_MINUTE": "0",
                                 "AFTERCARE_ONNX_DIR": str(corpus_index.settings.onnx_dir),
                                 "AFTERCARE_SECRET_FILE": str(corpus_index.settings.secret_file)})
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{url}/readyz")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_eval_runs_the_cases_through_a_running_deployment(live_url: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "--split", "dev", "--url", live_url, "--out", str(tmp_path), "--no-gate", "-q"])
    assert result.exit_code == 0, result.output
    assert "dev split" in result.output and "fact accuracy" in result.output
    folder = next(tmp_path.iterdir())
    assert {p.name for p in folder.iterdir()} >= {"report.json", "report.md", "dev_metrics_by_system.png", "dev_latency.png",
                                                  "dev_per_kind.png"}


def test_the_unseen_split_is_reported_by_its_figures_without_listing_a_case(live_url: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "--split", "unseen", "--url", live_url, "--out", str(tmp_path), "--no-gate", "-q"])
    assert result.exit_code == 0, result.output
    assert "unseen split" in result.output and "fact accuracy" in result.output
    assert "FAIL " not in result.output and "not listed: the split is read by its figures only" in result.output
    report = json.loads((next(tmp_path.iterdir()) / "report.json").read_text(encoding="utf-8"))["splits"]["unseen"]
    assert report["failing_cases"] == [] and isinstance(report["failing_count"], int)
