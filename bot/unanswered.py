"""The opt-in log of questions the guides could not answer, kept redacted, for extending the corpus."""

from __future__ import annotations

import json
import os
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

from aftercare.errors import AftercareError
from bot.redact import redact


def record(log: Path, question: str) -> None:
    """One JSON line per question, written with a single append so concurrent workers never interleave."""
    line = json.dumps({"day": datetime.now(timezone.utc).date().isoformat(), "question": redact(question)},
                      ensure_ascii=False) + "\n"
    log.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        os.write(fd, line.encode("utf-8"))
    finally:
        os.close(fd)


def summarise(log: Path) -> list[tuple[str, int]]:
    if not log.exists():
        raise AftercareError(f"No unanswered-question log at {log}: set AFTERCARE_UNANSWERED_LOG on the service first.")
    counts: Counter[str] = Counter()
    for number, line in enumerate(log.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            counts[" ".join(json.loads(line)["question"].lower().split())] += 1
        except (json.JSONDecodeError, KeyError, TypeError) as err:
            raise AftercareError(f"{log}, line {number}: not a log entry ({err}).") from err
    return counts.most_common()
