"""The gold questions (evals/gold.yaml), validated when loaded so a malformed case fails loudly."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, Field, ValidationError, field_validator

from aftercare.errors import AftercareError

GOLD_FILE = Path(__file__).with_name("gold.yaml")
# Written apart from the engine, by someone who had seen the corpus only; never tuned on (see its header).
UNSEEN_FILE = Path(__file__).with_name("unseen.yaml")
DEV_BLIND_FILE = Path(__file__).with_name("dev_blind.yaml")
# Conversations (follow-ups) and questions dated by the treatment day, written the same way as unseen.yaml.
CONVERSATION_FILE = Path(__file__).with_name("conversations.yaml")
UNSEEN_CONVERSATION_FILE = Path(__file__).with_name("conversations_unseen.yaml")
CASE_FILES = (GOLD_FILE, DEV_BLIND_FILE, UNSEEN_FILE, CONVERSATION_FILE, UNSEEN_CONVERSATION_FILE)
# The day the eval asks on, for the cases' day phrases ("last Friday" = day 5): a Wednesday, in the clinic's time.
ASKED_ON = date(2026, 11, 18)
Kind = Literal["answer", "no_answer", "escalation", "adversarial"]
Split = Literal["dev", "test", "unseen"]
SPLITS: tuple[str, ...] = ("dev", "test", "unseen")
# Read by its figures only, never tuned on: its failing cases are counted, not listed, in the console and the report.
FIGURES_ONLY: frozenset[str] = frozenset({"unseen"})


class GoldCase(BaseModel):
    id: str
    split: Split
    kind: Kind
    question: str
    facts: list[str] = Field(default_factory=list)
    docs: list[str] = Field(default_factory=list)
    sections: list[str] = Field(default_factory=list)
    forbid: list[str] = Field(default_factory=list)
    normal_course: bool = False
    previous: list[str] = Field(default_factory=list, description="Earlier questions of the chat, oldest first.")
    treatment_day: int | None = Field(default=None, ge=0, description="Days since treatment, as the widget's date gives it.")
    day: int | None = Field(default=None, ge=0, description="The day since treatment the answer should take.")

    @property
    def row(self) -> str | None:
        """The report row a conversation case is also counted in."""
        if self.day is not None or self.treatment_day is not None:
            return "day_aware"
        return "multi_turn" if self.previous else None

    @property
    def treatment_date(self) -> date | None:
        return ASKED_ON - timedelta(days=self.treatment_day) if self.treatment_day is not None else None

    @field_validator("facts")
    @classmethod
    def _patterns_compile(cls, value: list[str]) -> list[str]:
        for pattern in value:
            re.compile(pattern)
        return value


def parse_splits(value: str) -> list[str]:
    """`dev,test,unseen` or `all` (every split, side by side); each name checked so a typo is not an empty run."""
    names = list(SPLITS) if value == "all" else [v.strip() for v in value.split(",") if v.strip()]
    unknown = [n for n in names if n not in SPLITS]
    if unknown or not names:
        raise AftercareError(f"--split takes {', '.join(SPLITS)} (comma-separated) or all, not {value!r}.")
    return list(dict.fromkeys(names))


def load_cases(split: str = "all", paths: tuple[Path, ...] = CASE_FILES) -> list[GoldCase]:
    """Cases of one split, or of every split with `all`."""
    cases: list[GoldCase] = []
    for path in paths:
        if not path.exists() and path in (CONVERSATION_FILE,):
            continue
        try:
            raw = yaml.safe_load(path.read_text(encoding="utf-8"))
            cases += [GoldCase.model_validate(c) for c in raw["cases"]]
        except (OSError, yaml.YAMLError, KeyError, TypeError, ValidationError, re.error) as err:
            raise AftercareError(f"Cannot read the gold questions in {path}: {err}") from err
    path = ", ".join(str(p) for p in paths)
    ids = [c.id for c in cases]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise AftercareError(f"{path}: duplicate case ids {sorted(duplicates)}")
    for c in cases:
        if c.kind == "answer" and (not c.facts or not c.docs):
            raise AftercareError(f"{path}: answer case {c.id} needs facts and docs")
    return [c for c in cases if split == "all" or c.split == split]
