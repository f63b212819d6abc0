from types import SimpleNamespace

import numpy as np
import pytest

from bot.answering.compose import QUOTE_FEATURES
from bot.retrieval.precedents import Precedents
from evals.fit import (
    WRONG_ANSWER_COST,
    QuoteRows,
    _choose_cut,
    _recall,
    _with_votes,
    required_refuse_recall,
    with_adapted,
)


def test_the_cut_off_separates_cleanly_separable_probabilities() -> None:
    p = np.array([0.1, 0.2, 0.8, 0.9])
    y = np.array([False, False, True, True])
    threshold, _ = _choose_cut(p, y)
    assert 0.2 < threshold <= 0.8


def test_a_wrong_answer_costs_more_than_a_refusal_so_the_cut_off_leans_to_refusing() -> None:
    # One uncovered question scored like the answerable ones: refusing it costs one false refusal, answering it more.
    p = np.array([0.1, 0.6, 0.7, 0.9])
    y = np.array([False, False, True, True])
    threshold, _ = _choose_cut(p, y)
    assert WRONG_ANSWER_COST > 1 and 0.6 < threshold <= 0.7


def test_when_the_cheapest_cut_off_refuses_too_few_uncovered_questions_the_lowest_that_refuses_enough_is_taken() -> None:
    # Two of twenty uncovered questions scored above ten answerable ones: answering them costs 6, refusing the ten 10.
    p = np.array([0.1] * 18 + [0.55] * 2 + [0.5] * 10 + [0.9] * 30)
    y = np.array([False] * 20 + [True] * 40)
    threshold, note = _choose_cut(p, y)
    refused = p < threshold
    assert refused[~y].mean() >= required_refuse_recall(20) and 0.55 < threshold <= 0.9 and "refuses 100.0%" in note


def test_the_refuse_recall_dev_must_show_is_the_bar_plus_two_standard_errors() -> None:
    assert required_refuse_recall(300) == pytest.approx(0.95 + 2 * (0.95 * 0.05 / 300) ** 0.5)
    assert required_refuse_recall(10) == 1.0


def test_a_dev_question_s_quotes_get_the_votes_of_its_closest_other_question_never_its_own() -> None:
    precedents = Precedents(np.array([[1.0, 0.0], [0.8, 0.6]], dtype=np.float32), np.array([True, True]), "m",
                            right_quotes=(frozenset({"a"}), frozenset({"b"})))
    rows = QuoteRows(x=np.zeros((3, len(QUOTE_FEATURES))), labels=np.array([True, False, True]),
                     groups=np.array([0, 0, 1]), keys=["a", "b", "a"], hand=np.zeros(3),
                     sentences=[(0,), (1,), (0,)])
    column = _with_votes(rows, np.ones(3, dtype=bool), np.array([0, 1]), precedents)[:, QUOTE_FEATURES.index("precedent")]
    assert column.tolist() == pytest.approx([0.0, 0.8, 0.8])


def test_a_held_out_question_gets_no_votes_from_questions_outside_the_pool() -> None:
    precedents = Precedents(np.array([[1.0, 0.0], [0.8, 0.6]], dtype=np.float32), np.array([True, True]), "m",
                            right_quotes=(frozenset({"a"}), frozenset({"b"})))
    rows = QuoteRows(x=np.zeros((1, len(QUOTE_FEATURES))), labels=np.array([True]), groups=np.array([1]), keys=["b"],
                     hand=np.zeros(1), sentences=[(1,)])
    column = _with_votes(rows, np.ones(1, dtype=bool), np.array([0]), precedents)[:, QUOTE_FEATURES.index("precedent")]
    assert column.tolist() == [0.0]


def test_a_quotes_adapted_signal_is_its_closest_sentence_to_the_questions_out_of_fold_vector() -> None:
    knowledge = SimpleNamespace(sentence_vectors=np.array([[1.0, 0.0], [0.0, 1.0], [0.6, 0.8]], dtype=np.float32))
    rows = QuoteRows(x=np.zeros((2, len(QUOTE_FEATURES))), labels=np.array([True, False]), groups=np.array([0, 1]),
                     keys=["a", "b"], hand=np.zeros(2), sentences=[(0, 2), (1,)])
    out_of_fold = np.array([[0.0, 1.0], [1.0, 0.0]], dtype=np.float32)
    column = with_adapted(rows, knowledge, out_of_fold).x[:, QUOTE_FEATURES.index("adapted")]
    assert column.tolist() == pytest.approx([0.8, 0.0])


def test_passage_recall_counts_a_question_once_at_its_first_right_passage() -> None:
    scores = np.array([0.9, 0.5, 0.1, 0.2, 0.8, 0.7])
    labels = np.array([False, False, True, False, False, True])
    groups = np.array([0, 0, 0, 1, 1, 1])
    assert _recall(scores, labels, groups) == {1: 0.0, 3: 1.0, 8: 1.0}
