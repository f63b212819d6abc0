"""The opt-in log of questions the guides could not answer, for extending the corpus, keeping as little as it can.

By default an entry holds only the question's topic words (`bot.unanswered.topics`): its content words and those the guides
lack, taken from the redacted text. The whole redacted question is kept only when the clinic also opts in to
that (`AFTERCARE_UNANSWERED_FULL_TEXT`). Nothing is written before redaction.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from aftercare.errors import AftercareError
from aftercare.settings import Settings
from bot.unanswered.redact import Redactor
from bot.unanswered.topics import topic_words

if TYPE_CHECKING:  # the CLI's `aftercare unanswered` reads the log without loading the index libraries
    from bot.retrieval.knowledge import KnowledgeBase


def entry(settings: Settings, question: str, knowledge: "KnowledgeBase") -> dict[str, object]:
    """What is kept of one question: its day, its topic words and, only when opted in, its redacted text."""
    redacted = Redactor(tuple(settings.redact_phone_regions))(question)
    topics = topic_words(redacted, knowledge.vocabulary, knowledge.words)
    kept: dict[str, object] = {"day": datetime.now(timezone.utc).date().isoformat(),
                               "words": topics.words, "missing": topics.missing}
    if settings.unanswered_full_text:
        kept["question"] = redacted
    return kept


def record(settings: Settings, question: str, knowledge: "KnowledgeBase") -> None:
    """One JSON line per question, written with a single append so concurrent workers never interleave."""
    if settings.unanswered_log is None:
        return
    line = json.dumps(entry(settings, question, knowledge), ensure_ascii=False) + "\n"
    log = settings.unanswered_log
    log.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        os.write(fd, line.encode("utf-8"))
    finally:
        os.close(fd)


@dataclass(frozen=True)
class Summary:
    questions: list[tuple[str, int]]  # the redacted text where it was kept, else the content words; most asked first
    topics: list[tuple[str, int]]  # words the guides lack, by how many questions used them

    @property
    def total(self) -> int:
        return sum(count for _, count in self.questions)


def summarise(log: Path) -> Summary:
    if not log.exists():
        raise AftercareError(f"No unanswered-question log at {log}: set AFTERCARE_UNANSWERED_LOG on the service first.")
    questions: Counter[str] = Counter()
    topics: Counter[str] = Counter()
    for number, line in enumerate(log.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            text = item["question"] if "question" in item else " ".join(item["words"])
            questions[" ".join(str(text).lower().split())] += 1
            topics.update(str(w) for w in item.get("missing", []))
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as err:
            raise AftercareError(f"{log}, line {number}: not a log entry ({err!r}); each line must be one JSON "
                                 "object written by the service.") from err
    return Summary(questions=questions.most_common(), topics=topics.most_common())
