import numpy as np
import pytest

from bot.query_adapter import QueryAdapter
from bot.precedents import Precedents
from evals.fit import right_sentences
from evals.fit_adapter import adapted, top1, train


def test_an_adapter_fitted_for_another_corpus_is_not_used(tmp_path) -> None:
    QueryAdapter(np.eye(3, dtype=np.float32), "all-MiniLM-L6-v2", "corpus-a").save(tmp_path / "a.npz")
    assert QueryAdapter.load("all-MiniLM-L6-v2", "corpus-b", tmp_path / "a.npz") is None


def test_an_adapter_fitted_with_another_model_is_not_used(tmp_path) -> None:
    QueryAdapter(np.eye(3, dtype=np.float32), "other-model", "corpus-a").save(tmp_path / "a.npz")
    assert QueryAdapter.load("all-MiniLM-L6-v2", "corpus-a", tmp_path / "a.npz") is None


def test_an_adapted_question_vector_has_unit_length() -> None:
    adapter = QueryAdapter(np.array([[2.0, 0.0], [1.0, 1.0]], dtype=np.float32), "m", "c")
    assert np.linalg.norm(adapter.adapt(np.array([1.0, 0.0], dtype=np.float32))) == pytest.approx(1.0)


def test_the_served_engine_uses_the_checked_in_adapter_for_this_corpus(service) -> None:
    assert service.engine.adapter is not None and service.engine.adapter.matrix.shape == (384, 384)


def test_training_on_half_the_dev_questions_moves_the_other_half_toward_their_right_sentences(service) -> None:
    kb = service.engine.knowledge
    precedents = Precedents.load("all-MiniLM-L6-v2")
    right = right_sentences(kb, precedents)
    labelled = np.flatnonzero(right.any(axis=1))
    learn, held = labelled[::2], labelled[1::2]
    matrix = train(precedents.vectors[learn], right[learn], kb.sentence_vectors, strength=0.1)
    before = top1(precedents.vectors[held], right[held], kb.sentence_vectors)
    assert top1(adapted(precedents.vectors[held], matrix), right[held], kb.sentence_vectors) > before + 0.2
