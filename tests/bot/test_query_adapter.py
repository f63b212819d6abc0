import numpy as np
import pytest

from bot.retrieval.precedents import Precedents
from bot.retrieval.query_adapter import HeldOutAdapter, QueryAdapter
from evals.fit import right_sentences
from evals.fit_adapter import adapted, top1, train
from evals.systems import engine_variant


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


def test_a_dev_question_is_adapted_by_the_adapter_fitted_without_it_and_any_other_by_the_full_one() -> None:
    questions = np.array([[1.0, 0.0], [0.0, 1.0]], dtype=np.float32)
    out_of_fold = np.array([[0.6, 0.8], [0.8, 0.6]], dtype=np.float32)
    adapter = HeldOutAdapter(questions, out_of_fold, fallback=QueryAdapter(np.array([[0.0, 2.0], [2.0, 0.0]]), "m", "h"))
    assert adapter.adapt(questions[1]).tolist() == pytest.approx([0.8, 0.6])
    assert adapter.adapt(np.array([1.0, 1.0], dtype=np.float32) / np.sqrt(2)).tolist() == pytest.approx([1 / np.sqrt(2)] * 2)


def test_the_eval_answers_a_dev_question_through_the_adapter_fitted_without_it(service) -> None:
    engine = engine_variant(service.engine, hold_out_identical=True)
    stored = engine.precedents.held_out_adapted
    question = engine.precedents.vectors[0] / np.linalg.norm(engine.precedents.vectors[0])
    assert stored is not None
    assert engine.adapter.adapt(question).tolist() == pytest.approx(stored[0].tolist())
    assert not np.allclose(service.engine.adapter.adapt(question), stored[0], atol=1e-3)
