import re

import pytest

from bot.reading.glossary import _COMPILED as GLOSSARY_PATTERNS
from bot.reading.needed_literals import LiteralIndex, needed_literals
from bot.safety.triage import _COMPILED as RED_FLAG_PATTERNS
from evals.cases import load_cases


def test_an_alternation_after_a_shared_start_is_spelled_out_whole() -> None:
    assert needed_literals(re.compile(r"\bswell(ing|en)\b", re.I)) == {"swelling", "swellen"}


def test_a_short_class_of_letters_is_spelled_out() -> None:
    assert needed_literals(re.compile(r"\bba[rz]\b", re.I)) == {"bar", "baz"}


def test_the_longest_run_of_a_sequence_is_the_one_kept() -> None:
    assert needed_literals(re.compile(r"\bpus\s+\w+\s+oozing\b", re.I)) == {"oozing"}


def test_a_negative_look_behind_needs_nothing_and_does_not_break_the_run() -> None:
    assert needed_literals(re.compile(r"(?<!no\s)\bfe(?<!x)ver\b", re.I)) == {"fever"}


def test_a_positive_look_ahead_needs_its_own_words() -> None:
    assert needed_literals(re.compile(r"^(?=.*\bpillow\b).*\b\w+$", re.I)) == {"pillow"}


def test_an_optional_part_needs_nothing() -> None:
    assert needed_literals(re.compile(r"\b(very\s+)?\w+\b", re.I)) is None


def test_an_alternative_of_classes_alone_needs_nothing() -> None:
    assert needed_literals(re.compile(r"\bfever\b|\b\d{2}\b", re.I)) is None


def test_a_case_sensitive_pattern_is_not_read() -> None:
    assert needed_literals(re.compile(r"\bfever\b")) is None


def test_a_pattern_is_passed_over_only_when_none_of_its_words_is_in_the_text() -> None:
    index = LiteralIndex([needed_literals(re.compile(r"\bswell(ing|en)\b", re.I))])
    assert index.may_match("my face is red") == []
    assert index.may_match("my face is SWELLING") == [0]


def test_the_patterns_that_may_match_come_in_their_own_order() -> None:
    index = LiteralIndex([needed_literals(re.compile(p, re.I)) for p in (r"\bpus\b", r"\bfever\b", r"\bpus\w*")])
    assert index.may_match("fever and pus") == [0, 1, 2]


def test_a_pattern_with_no_needed_words_is_always_read() -> None:
    index = LiteralIndex([needed_literals(re.compile(r"\b\d{2}\b|\bfever\b", re.I)), None])
    assert index.may_match("my face is red") == [0, 1]


def test_a_text_outside_ascii_is_always_read() -> None:
    index = LiteralIndex([needed_literals(re.compile(r"\bkelvin\b", re.I))])
    assert index.may_match("\u212aelvin") == [0]


ALL_PATTERNS = [p for patterns in RED_FLAG_PATTERNS.values() for p in patterns] + [p for p, _ in GLOSSARY_PATTERNS]


@pytest.mark.parametrize("pattern", ALL_PATTERNS, ids=lambda p: p.pattern[:40])
def test_no_red_flag_or_glossary_pattern_that_matches_a_gold_question_is_passed_over(pattern: re.Pattern[str]) -> None:
    index = LiteralIndex([needed_literals(pattern)])
    missed = [q for q in _QUESTIONS if pattern.search(q) and not index.may_match(q)]
    assert missed == []


_QUESTIONS = sorted({c.question for c in load_cases("all")})
