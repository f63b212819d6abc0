"""Counts of sessions, matched between a question and a quote."""

import math

import pytest

from bot.reading.amounts import Count, agrees, asking_sentences, closeness, session_counts, with_counted_unit


@pytest.mark.parametrize(("text", "expected"), [
    ("what will I see after my 4th one?", Count(4, 4)),
    ("After 3–4 Sessions: Noticeable reduction", Count(3, 4)),
    ("after the second or third treatment", Count(2, 3)),
    ("what results can I expect after three or four microneedling sessions?", Count(3, 4)),
    ("Deep Scars: 6-8+ Sessions", Count(6, math.inf)),
    ("the stomach may require 6 or more sessions", Count(6, math.inf)),
    ("after 5-6 sesh wat results", Count(5, 6)),
])
def test_a_count_of_sessions_is_read_in_digits_words_or_ordinals(text: str, expected: Count) -> None:
    assert session_counts(text) == (expected,)


@pytest.mark.parametrize("text", ["spaced 4-6 weeks apart", "I'm 52", "one of the best"])
def test_a_number_of_anything_but_sessions_is_no_count(text: str) -> None:
    assert session_counts(text) == ()


def test_a_count_falling_in_the_quotes_range_agrees() -> None:
    assert agrees(session_counts("what changes after my 4th session?"), session_counts("After 3–4 Sessions: x"))


def test_a_count_outside_the_quotes_range_does_not_agree() -> None:
    assert not agrees(session_counts("what changes after my 4th session?"), session_counts("After 1–2 Sessions: x"))


def test_a_quote_holding_every_count_asked_fits_better_than_one_naming_a_single_count() -> None:
    asked = session_counts("what will my skin look like after 3 or 4 sessions?")
    ranged = session_counts("After 3–4 Sessions: Noticeable reduction in fine lines")
    single = session_counts("after the second or third treatment, the glow looks better")
    assert closeness(asked, ranged) > closeness(asked, single)


def test_a_count_told_in_a_sentence_before_the_question_is_not_what_is_asked() -> None:
    text = "I finished the last of my 5 sessions in March. When should I book a maintenance session?"
    assert session_counts(asking_sentences(text)) == ()


def test_a_follow_up_count_without_a_unit_takes_the_unit_the_last_question_counted() -> None:
    assert with_counted_unit("what would I see after just 1 or 2?", "why do I need so many microneedling sessions?") == (
        "what would I see after just 1 or 2 sessions?")


def test_a_question_that_names_its_own_unit_is_left_as_it_is() -> None:
    assert with_counted_unit("is 4 sessions enough or should I plan for 6?", "how long do results last after one session?") is None


def test_a_count_of_weeks_is_no_count_of_sessions() -> None:
    assert with_counted_unit("and after 2 weeks?", "what will I see after 2 sessions?") is None
