"""The opt-in log of unanswered questions: redacted before it is written, listed by `aftercare unanswered`."""

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from aftercare.cli import app as cli
from bot.api import create_app
from bot.redact import redact


@pytest.mark.parametrize("text,expected", [
    ("email me at jane.doe@example.com please", "email me at [email] please"),
    ("call 07700 900123 about prices", "call [phone] about prices"),
    ("my name is Jane Doe, what do you charge?", "my name is [name], what do you charge?"),
    ("how long after 3-6 sessions?", "how long after 3-6 sessions?"),
])
def test_redaction_removes_what_identifies_a_client(text: str, expected: str) -> None:
    assert redact(text) == expected


def test_only_unanswered_questions_are_logged_and_only_redacted(corpus_index, service, tmp_path: Path) -> None:
    log = tmp_path / "unanswered.jsonl"
    settings = corpus_index.settings.model_copy(update={"unanswered_log": log})
    with TestClient(create_app(settings, state=service)) as client:
        for question in ("What do you charge? my name is Jane Doe, jane@example.com",
                         "What do you charge? my name is Ann Lee", "When can I wear makeup again?"):
            client.post("/v1/answer", json={"question": question})
    text = log.read_text()
    assert "Jane" not in text and "jane@example.com" not in text and "Ann" not in text
    assert "makeup" not in text
    result = CliRunner().invoke(cli, ["unanswered", "--log", str(log)])
    assert result.exit_code == 0
    assert "2 unanswered questions, 2 distinct." in result.output
    assert "my name is [name], [email]" in result.output

