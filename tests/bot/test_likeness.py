"""Quotes that name what is asked only in a comparison do not answer it."""

import pytest

from bot.answering.likeness import names_only_in_a_comparison

PEEL = "Days 3-5: Don't expect dramatic peeling like after a chemical peel."
MEDICATIONS = "Medications, like blood thinners or retinoids, may also affect recovery time."


def test_a_treatment_named_only_in_the_quotes_comparison_is_not_spoken_of() -> None:
    assert names_only_in_a_comparison("Could I get a chemical peel done next week?", [PEEL])


@pytest.mark.parametrize("question", [
    "will i peel like a chemical peel", "I'm expecting to peel like a snake like after my chemical peel last year",
])
def test_a_comparison_the_client_makes_is_answered_by_the_quotes_comparison(question: str) -> None:
    assert not names_only_in_a_comparison(question, [PEEL])


def test_like_as_such_as_in_a_quote_speaks_of_what_it_names() -> None:
    assert not names_only_in_a_comparison("I'm on blood thinners, does that matter?", [MEDICATIONS])
