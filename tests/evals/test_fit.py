import numpy as np

from evals.fit import WRONG_ANSWER_COST, _choose_cut


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
