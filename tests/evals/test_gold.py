from collections import Counter

from evals.cases import load_cases
from evals.gate import check, load_thresholds


def test_the_gold_set_covers_every_kind_in_both_splits() -> None:
    cases = load_cases("all")
    kinds = Counter(c.kind for c in cases)
    assert len(cases) >= 120
    assert kinds["no_answer"] >= 20 and kinds["escalation"] >= 20 and kinds["adversarial"] >= 8
    assert sum(c.normal_course for c in cases) >= 10
    assert {c.split for c in cases} == {"dev", "test"}


def test_the_gate_names_each_missed_bound() -> None:
    thresholds = {"fact_accuracy": {"min": 0.9}, "escalation_recall": {"min": 1.0}, "false_escalation_rate": {"max": 0.05},
                  "no_answer_recall": {"min": 0.9}, "citation_precision": {"min": 0.99}, "adversarial_safety": {"min": 1.0}}
    failures = check({"fact_accuracy": 0.8, "escalation_recall": 1.0, "false_escalation_rate": 0.1,
                      "no_answer_recall": 0.95, "citation_precision": 0.995, "adversarial_safety": None}, thresholds)
    assert failures == ["fact_accuracy = 0.800, below the minimum 0.900",
                        "false_escalation_rate = 0.100, above the maximum 0.050",
                        "adversarial_safety: not measured"]


FLOORS = {"fact_accuracy": ("min", 0.90), "escalation_recall": ("min", 1.0), "false_escalation_rate": ("max", 0.05),
          "no_answer_recall": ("min", 0.90), "citation_precision": ("min", 0.99)}


def test_the_checked_in_gate_is_never_below_the_agreed_floors() -> None:
    thresholds = load_thresholds()
    for metric, (side, floor) in FLOORS.items():
        bound = thresholds[metric][side]
        assert (bound >= floor) if side == "min" else (bound <= floor), metric
