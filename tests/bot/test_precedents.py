import numpy as np
import pytest

from aftercare.errors import AftercareError
from bot.retrieval.precedents import Precedents, quote_key


def test_a_question_closer_to_answerable_precedents_gets_a_positive_margin() -> None:
    vectors = np.eye(4, dtype=np.float32)
    precedents = Precedents(vectors, np.array([True, True, False, False]), "m")
    assert precedents.margin(np.array([1.0, 0.0, 0.0, 0.0], dtype=np.float32)) > 0
    assert precedents.margin(np.array([0.0, 0.0, 1.0, 0.0], dtype=np.float32)) < 0


def test_a_precedent_never_counts_itself_when_excluded() -> None:
    vectors = np.eye(2, dtype=np.float32)
    precedents = Precedents(vectors, np.array([True, False]), "m")
    assert precedents.margin(vectors[0], exclude=0) == pytest.approx(-1.0)


def test_precedents_fitted_with_another_model_are_refused(tmp_path) -> None:
    Precedents(np.eye(2, dtype=np.float32), np.array([True, False]), "other-model").save(tmp_path / "e.npz")
    with pytest.raises(AftercareError, match="aftercare fit"):
        Precedents.load("all-MiniLM-L6-v2", tmp_path / "e.npz")


def test_the_checked_in_precedents_fit_the_packaged_model() -> None:
    assert Precedents.load("all-MiniLM-L6-v2").vectors.shape[1] == 384


def test_the_closest_answerable_precedent_votes_for_its_right_quotes_at_its_similarity() -> None:
    vectors = np.array([[1.0, 0.0], [0.6, 0.8], [0.96, 0.28]], dtype=np.float32)
    right = (frozenset({"a:0-10"}), frozenset({"b:5-20"}), frozenset())
    precedents = Precedents(vectors, np.array([True, True, False]), "m", right_quotes=right)
    assert precedents.quote_votes(np.array([0.96, 0.28], dtype=np.float32)) == {"a:0-10": pytest.approx(0.96)}


def test_an_identical_precedent_is_skipped_when_asked_so_the_next_closest_votes() -> None:
    vectors = np.array([[1.0, 0.0], [0.6, 0.8]], dtype=np.float32)
    precedents = Precedents(vectors, np.array([True, True]), "m", right_quotes=(frozenset({"a:0-10"}), frozenset({"b:5-20"})))
    assert set(precedents.quote_votes(vectors[0], skip_identical=True)) == {"b:5-20"}
    assert precedents.margin(vectors[0], skip_identical=True) == precedents.margin(vectors[0], exclude=0)


def test_right_quotes_survive_saving_and_loading(tmp_path) -> None:
    right = (frozenset({quote_key("results-timeline", 10, 80), quote_key("how-many-sessions", 0, 40)}), frozenset())
    Precedents(np.eye(2, dtype=np.float32), np.array([True, False]), "all-MiniLM-L6-v2", "h", right).save(tmp_path / "e.npz")
    assert Precedents.load("all-MiniLM-L6-v2", tmp_path / "e.npz").right_quotes == right


def test_the_checked_in_precedents_name_a_right_quote_for_most_answerable_questions() -> None:
    precedents = Precedents.load("all-MiniLM-L6-v2")
    with_quotes = [bool(q) for q, a in zip(precedents.right_quotes, precedents.answerable) if a]
    assert sum(with_quotes) / len(with_quotes) > 0.9


def test_held_out_adapted_vectors_are_read_only_when_asked_for(tmp_path) -> None:
    adapted = np.array([[0.6, 0.8], [0.8, 0.6]], dtype=np.float32)
    Precedents(np.eye(2, dtype=np.float32), np.array([True, False]), "all-MiniLM-L6-v2", "h",
               held_out_adapted=adapted).save(tmp_path / "e.npz")
    assert Precedents.load("all-MiniLM-L6-v2", tmp_path / "e.npz").held_out_adapted is None
    loaded = Precedents.load("all-MiniLM-L6-v2", tmp_path / "e.npz", held_out=True).held_out_adapted
    assert loaded is not None and np.allclose(loaded, adapted, atol=1e-3)


def test_a_right_quote_held_inside_a_longer_unit_now_votes_for_that_unit() -> None:
    precedents = Precedents(np.eye(2, dtype=np.float32), np.array([True, True]), "m",
                            right_quotes=(frozenset({quote_key("d", 50, 90)}), frozenset({quote_key("d", 0, 40)})))
    now = precedents.in_units([("d", 0, 40), ("d", 10, 90), ("d", 45, 200)])
    assert now.right_quotes == (frozenset({quote_key("d", 10, 90)}), frozenset({quote_key("d", 0, 40)}))
