"""`aftercare feedback`: helpful rates by answer type and by article, and the least helpful answers with their cited
sections, printed and written as feedback.md with feedback.png beside it."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from typer.testing import CliRunner

from aftercare.cli import app as cli
from bot.feedback.request_ids import AnsweredRequest, CitedSection
from bot.feedback.store import FeedbackStore, Vote

MAKEUP = CitedSection("how-many-sessions", "How Many Sessions > Makeup")
DAY_3 = CitedSection("microneedling-aftercare", "Aftercare > Days 3-5")
START = datetime(2025, 5, 1, 9, 0, tzinfo=timezone.utc)
VOTES = [  # (answer type, cited, helpful, comment)
    ("answer", (MAKEUP,), True, None),
    ("answer", (MAKEUP,), False, "too vague"),
    ("answer", (DAY_3, MAKEUP), False, None),
    ("no_answer", (), False, "I wanted prices"),
    ("no_answer", (), False, None),
    ("no_answer", (), True, None),
    ("escalation", (), True, None),
]


@pytest.fixture()
def database(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'feedback.sqlite3'}"
    store = FeedbackStore(url)
    for i, (kind, cited, helpful, comment) in enumerate(VOTES):
        store.record(Vote(AnsweredRequest(f"a{i}", kind, cited), helpful, comment, START + timedelta(minutes=i)))
    return url


def run(database: str, out: Path):
    result = CliRunner().invoke(cli, ["feedback", "--database", database, "--out", str(out)])
    assert result.exit_code == 0, result.output
    return result


def test_the_command_prints_helpful_rates_by_answer_type_and_by_article(database: str, tmp_path: Path) -> None:
    lines = run(database, tmp_path / "reports").output.splitlines()
    assert lines[:13] == [
        "7 votes: 3 helpful (43%).", "",
        "| answer type | helpful | votes |", "|---|---|---|",
        "| answer | 33% | 3 |", "| escalation | 100% | 1 |", "| no_answer | 33% | 3 |", "",
        "| article | helpful | votes |", "|---|---|---|",
        "| microneedling-aftercare | 0% | 1 |", "| how-many-sessions | 33% | 3 |", ""]


def test_the_command_lists_the_least_helpful_answers_with_their_cited_sections(database: str, tmp_path: Path) -> None:
    output = run(database, tmp_path / "reports").output
    listed = output.split("Least helpful answers (most votes against first):\n", 1)[1].splitlines()[:5]
    assert listed == [
        "| answer type | cited sections | helpful | votes | comments |", "|---|---|---|---|---|",
        "| no_answer | (no sources) | 33% | 3 | I wanted prices |",
        "| answer | microneedling-aftercare › Aftercare > Days 3-5; how-many-sessions › How Many Sessions > Makeup "
        "| 0% | 1 |  |",
        "| answer | how-many-sessions › How Many Sessions > Makeup | 50% | 2 | too vague |"]


def test_the_command_writes_the_markdown_table_with_a_png_chart_beside_it(database: str, tmp_path: Path) -> None:
    run(database, tmp_path / "reports")
    [folder] = (tmp_path / "reports").iterdir()
    assert sorted(p.name for p in folder.iterdir()) == ["feedback.md", "feedback.png"]
    markdown = (folder / "feedback.md").read_text()
    assert "![Helpful rate by answer type and by article](feedback.png)" in markdown
    assert "| how-many-sessions | 33% | 3 |" in markdown
    assert (folder / "feedback.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_command_says_so_when_nobody_has_voted_yet(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["feedback", "--database", f"sqlite:///{tmp_path / 'none.sqlite3'}",
                                      "--out", str(tmp_path / "reports")])
    assert (result.exit_code, result.output) == (0, f"No votes yet in sqlite:///{tmp_path / 'none.sqlite3'}.\n")
    assert not (tmp_path / "reports").exists()


def test_an_unreachable_database_is_an_error_that_names_it(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["feedback", "--database", "postgresql://aftercare@127.0.0.1:1/postgres"])
    assert result.exit_code == 1
    assert "could not read the votes from postgresql+psycopg://aftercare@127.0.0.1:1/postgres" in result.output


def test_a_database_url_that_is_not_one_is_an_error_that_says_what_to_use(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["feedback", "--database", "data/feedback.sqlite3"])
    assert result.exit_code == 1
    assert result.output == ("error: AFTERCARE_FEEDBACK_DATABASE_URL is not a database URL (Could not parse SQLAlchemy "
                             "URL from given URL string); use e.g. sqlite:///data/feedback.sqlite3 or "
                             "postgresql://user:password@host/db\n")
