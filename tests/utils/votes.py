"""A worker process casting votes into the feedback database, as a worker of the service would."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from bot.feedback.request_ids import AnsweredRequest, CitedSection
from bot.feedback.store import AlreadyVoted, FeedbackStore, Vote


def cast_votes(url: str, answer_ids: list[str], start: Any, results: Any) -> None:
    """Vote once on each answer, all workers released together; report (recorded, refused as already voted)."""
    store = FeedbackStore(url)
    start.wait(timeout=60)
    recorded = refused = 0
    for answer_id in answer_ids:
        answered = AnsweredRequest(answer_id, "answer", (CitedSection("how-many-sessions", "Makeup"),))
        try:
            store.record(Vote(answered, True, None, datetime.now(timezone.utc)))
            recorded += 1
        except AlreadyVoted:
            refused += 1
    store.dispose()
    results.put((recorded, refused))
