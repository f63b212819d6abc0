"""The opt-in log of unanswered questions: topic words only by default, the redacted text only on a further opt-in,
listed by `aftercare unanswered`."""

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError
from typer.testing import CliRunner

from aftercare.cli import app as cli
from aftercare.settings import Settings
from bot.unanswered.redact import redact
from bot.unanswered.topics import topic_words
from bot.web.api import create_app

UNANSWERED = "How much does a session cost? I'm Jane Doe, jane@example.com, 07700 900123"
ANOTHER = "What do you charge for microneedling? my name is Ann Lee"


def ask(corpus_index, service, log: Path, questions: list[str], **extra: object) -> list[dict]:
    settings = corpus_index.settings.model_copy(update={"unanswered_log": log, **extra})
    with TestClient(create_app(settings, state=service)) as client:
        for question in questions:
            client.post("/v1/answer", json={"question": question})
    return [json.loads(line) for line in log.read_text().splitlines()]


def test_by_default_only_the_topic_words_of_an_unanswered_question_are_kept(corpus_index, service, tmp_path: Path) -> None:
    entries = ask(corpus_index, service, tmp_path / "unanswered.jsonl", [UNANSWERED])
    assert [(sorted(e), e["words"], e["missing"]) for e in entries] == [
        (["day", "missing", "words"], ["session", "cost"], ["cost"])]


def test_nothing_the_client_typed_about_themselves_reaches_the_default_log(corpus_index, service, tmp_path: Path) -> None:
    log = tmp_path / "unanswered.jsonl"
    ask(corpus_index, service, log, [UNANSWERED, ANOTHER])
    text = log.read_text().lower()
    assert [w for w in ("jane", "doe", "example", "07700", "900123", "ann", "lee") if w in text] == []


def test_the_full_redacted_question_is_kept_only_on_the_further_opt_in(corpus_index, service, tmp_path: Path) -> None:
    entries = ask(corpus_index, service, tmp_path / "unanswered.jsonl", [UNANSWERED], unanswered_full_text=True)
    assert [e["question"] for e in entries] == ["How much does a session cost? I'm [name], [email], [phone]"]


def test_answered_questions_are_not_logged(corpus_index, service, tmp_path: Path) -> None:
    log = tmp_path / "unanswered.jsonl"
    ask(corpus_index, service, log, ["When can I wear makeup again?", UNANSWERED])
    assert len(log.read_text().splitlines()) == 1


def test_the_command_lists_the_topics_the_guides_lack_most_asked_first(corpus_index, service, tmp_path: Path) -> None:
    log = tmp_path / "unanswered.jsonl"
    ask(corpus_index, service, log, [UNANSWERED, ANOTHER, "how much would three sessions cost"])
    result = CliRunner().invoke(cli, ["unanswered", "--log", str(log)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:3] == ["Topics the guides lack, most asked first:", "    2  cost", "    1  charge"]
    assert "3 unanswered questions, 3 distinct." in result.output


def test_a_word_capitalised_inside_a_sentence_is_kept_only_when_the_guides_use_it(service) -> None:
    kb = service.engine.knowledge
    topics = topic_words(redact("Can I see Priya about SPF after treatment?"), kb.vocabulary, kb.words)
    assert topics.words == ["see", "spf", "treatment"]


def test_an_unknown_phone_region_is_refused_with_the_value_named() -> None:
    with pytest.raises(ValidationError, match=r"unknown phone regions \['XX'\]"):
        Settings(redact_phone_regions=["GB", "XX"])
