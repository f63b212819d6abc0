"""The healing timeline's stages, read from the guides' headings."""

import pytest

from bot.answering.stages import Stage, nearest_stages, stage_of, stages_by_passage


@pytest.mark.parametrize(("heading", "stage"), [
    ("First 24-48 hours", Stage(0, 2)),
    ("Days 3-5", Stage(3, 5)),
    ("Days 3 to 7", Stage(3, 7)),
    ("Initial Recovery Phase (1-2 Days)", Stage(0, 2)),
    ("Immediate Post-Treatment (Days 1–3)", Stage(0, 3)),
    ("Week 1–2: Early Signs of Improvement", Stage(7, 14)),
    ("Weeks 3–4: Collagen Remodeling Begins", Stage(21, 28)),
    ("Visible Results (2-4 Weeks)", Stage(14, 28)),
    ("Long-Term Results (3-6 Months)", Stage(90, 180)),
    ("Immediately After Treatment", Stage(0, 0)),
])
def test_a_timeline_heading_gives_the_days_it_covers(heading: str, stage: Stage) -> None:
    assert stage_of(heading) == stage


@pytest.mark.parametrize("heading", ["How Many Microneedling Sessions For Acne Scars", "3. Number of Sessions Completed",
                                     "7 Expert Tips for Maximizing Microneedling Results", "Weeks after"])
def test_a_heading_that_names_no_span_of_days_is_no_stage(heading: str) -> None:
    assert stage_of(heading) is None


def test_every_article_with_a_timeline_has_a_stage_for_day_4(service) -> None:
    kb = service.engine.knowledge
    stages = stages_by_passage(kb)
    with_day_4 = {kb.passages[i].doc_id for i, s in stages.items() if s.distance(4) == 0}
    assert with_day_4 == {"how-many-sessions", "results-and-maintenance", "results-how-long-until-changes"}


def test_a_span_of_days_asked_about_is_the_stage_sharing_most_of_its_days() -> None:
    stages = {0: Stage(3, 5), 1: Stage(3, 7), 2: Stage(7, 14)}
    assert nearest_stages(stages, 3, 7) == {1}


def test_a_single_day_is_every_stage_it_falls_in() -> None:
    stages = {0: Stage(3, 5), 1: Stage(3, 7), 2: Stage(7, 14)}
    assert nearest_stages(stages, 4, 4) == {0, 1}
