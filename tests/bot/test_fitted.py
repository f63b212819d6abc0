import json

import numpy as np
import pytest

from aftercare.errors import AftercareError
from bot.answering.compose import load_quote_model
from bot.answering.coverage import load_answerability
from bot.fitted import LinearModel

MODEL = LinearModel(features=("a", "b"), mean=(1.0, 0.0), scale=(2.0, 1.0), coef=(1.0, -1.0), intercept=0.5, threshold=0.4)


def test_the_logit_is_the_standardised_weighted_sum() -> None:
    assert MODEL.logit({"a": 3.0, "b": 2.0}) == pytest.approx(0.5 + 1.0 * (3 - 1) / 2 - 1.0 * 2)


def test_a_saved_model_reads_back_equal(tmp_path) -> None:
    MODEL.save(tmp_path / "m.json")
    assert LinearModel.load(tmp_path / "m.json", frozenset({"a", "b"})) == MODEL


def test_a_model_fitted_on_other_signals_is_refused_with_what_to_run(tmp_path) -> None:
    MODEL.save(tmp_path / "m.json")
    with pytest.raises(AftercareError, match="aftercare fit"):
        LinearModel.load(tmp_path / "m.json", frozenset({"a"}))


def test_a_broken_model_file_is_refused_with_its_path(tmp_path) -> None:
    (tmp_path / "m.json").write_text(json.dumps({"features": ["a"]}))
    with pytest.raises(AftercareError, match="m.json"):
        LinearModel.load(tmp_path / "m.json", frozenset({"a"}))


def test_the_checked_in_models_fit_this_version() -> None:
    assert load_answerability().features and load_quote_model().features


def test_scoring_many_rows_at_once_gives_each_rows_own_probability() -> None:
    model = LinearModel(features=("a", "b"), mean=(0.5, 1.0), scale=(2.0, 0.5), coef=(1.5, -0.7), intercept=0.2)
    columns = {"a": np.array([0.0, 1.0, 3.0]), "b": np.array([2.0, 0.5, -1.0])}
    rows = [{"a": a, "b": b} for a, b in zip(columns["a"], columns["b"])]
    assert model.probabilities(columns).tolist() == pytest.approx([model.probability(r) for r in rows])
