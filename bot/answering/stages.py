"""The healing timeline's stages, read from the guides' own headings.

Each article names its stages differently ("First 24-48 hours", "Days 3-5", "Skin Healing Period (3-7 Days)",
"Week 1–2", "Around 2 Weeks", "Immediately After Treatment"), so a stage's days are read from the figures and units
in its heading, not listed by hand: a new article with a timeline needs no code.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from bot.retrieval.knowledge import KnowledgeBase

_UNIT_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30}
_RANGE_THEN_UNIT = re.compile(r"(\d+)\s*(?:-|–|to)\s*(\d+)[\s-]*(hour|day|week|month)s?\b", re.I)
_UNIT_THEN_RANGE = re.compile(r"\b(day|week|month)s?\s+(\d+)(?:\s*(?:-|–|to)\s*(\d+))?", re.I)
_AROUND = re.compile(r"\b(?:around|about)\s+(\d+)\s+(day|week|month)s?\b", re.I)
_IMMEDIATE = re.compile(r"\bimmediate(ly)?\b|\bright\s+after\b", re.I)
_FIRST_FEW_DAYS = re.compile(r"\bfirst\s+(few|couple\s+of)\s+days\b", re.I)
# "Around 2 weeks" reaches a few days either side: about half a week.
AROUND_SLACK_DAYS = 3


@dataclass(frozen=True)
class Stage:
    first: int
    last: int

    def distance(self, day: int) -> int:
        return 0 if self.first <= day <= self.last else min(abs(day - self.first), abs(day - self.last))

    def overlap(self, first: int, last: int) -> float:
        """Shared days over the days of either: "days 3 to 7" is the 3-7 stage, not the 3-5 one it also covers."""
        shared = min(self.last, last) - max(self.first, first) + 1
        return max(0, shared) / (max(self.last, last) - min(self.first, first) + 1)


def nearest_stages(stages: dict[int, Stage], first: int, last: int) -> set[int]:
    """The passages of the stages a day (first == last) or a span of days asked about falls in: for a day, the
    stages nearest it; for a span, those sharing most of its days (by the midpoint when none shares any)."""
    if first < last and (best := max(s.overlap(first, last) for s in stages.values())) > 0:
        return {i for i, s in stages.items() if s.overlap(first, last) == best}
    day = (first + last) // 2
    nearest = min(s.distance(day) for s in stages.values())
    return {i for i, s in stages.items() if s.distance(day) == nearest}


def stage_of(heading: str) -> Stage | None:
    """The days a timeline heading covers, counted from the treatment day (0); None for any other heading.

    The guides count "Days 1–3" from the treatment itself, so a stage that starts on day 1 starts on day 0."""
    if match := _RANGE_THEN_UNIT.search(heading):
        return _stage(int(match.group(1)), int(match.group(2)), match.group(3))
    if match := _UNIT_THEN_RANGE.search(heading):
        last = match.group(3) or match.group(2)
        return _stage(int(match.group(2)), int(last), match.group(1))
    if match := _AROUND.search(heading):
        days = int(match.group(1)) * _UNIT_DAYS[match.group(2).lower()]
        return Stage(max(0, int(days) - AROUND_SLACK_DAYS), int(days) + AROUND_SLACK_DAYS)
    if _FIRST_FEW_DAYS.search(heading):
        return Stage(0, 3)
    if _IMMEDIATE.search(heading):
        return Stage(0, 0)
    return None


def _stage(first: int, last: int, unit: str) -> Stage:
    per = _UNIT_DAYS[unit.lower()]
    if per < 1:  # "24-48 hours": the days they fall in
        return Stage(0, max(1, math.ceil(last * per)))
    start = 0 if first * per <= 1 else int(first * per)
    return Stage(start, int(last * per))


def stages_by_passage(kb: KnowledgeBase) -> dict[int, Stage]:
    """The passages under a timeline heading, with the days each covers."""
    found: dict[int, Stage] = {}
    for i, passage in enumerate(kb.passages):
        stage = stage_of(passage.heading)
        if stage is not None:
            found[i] = stage
    return found
