import numpy as np
import pytest

from bot.retrieval.retrieve import best_sentence_by_passage, hybrid_retrieve
from evals.systems import engine_variant


def test_a_passages_adapted_signal_is_its_best_sentence(service) -> None:
    kb = service.engine.knowledge
    similarities = np.linspace(-1, 1, len(kb.sentences))
    best = best_sentence_by_passage(kb, similarities)
    assert best.tolist() == [max(similarities[i] for i in ids) for ids in kb.by_passage]


def test_the_served_engine_retrieves_with_the_fusion_fitted_for_this_corpus(service) -> None:
    assert service.engine.options.fusion == "fitted" and service.engine.passage_model is not None


def test_without_an_adapted_question_the_fitted_fusion_is_the_hand_blend(service) -> None:
    engine = service.engine
    question = "how long will my face stay red"
    vector = engine.question_vector(question)
    fitted = hybrid_retrieve(engine.knowledge, question, vector, 8, "fitted", None, engine.passage_model)
    assert fitted == hybrid_retrieve(engine.knowledge, question, vector, 8, "blend")


def test_every_candidate_of_the_fitted_fusion_carries_its_adapted_signal(service) -> None:
    engine = service.engine
    question = "how long will my face stay red"
    vector = engine.question_vector(question)
    adapted = engine.knowledge.sentence_vectors @ engine.adapter.adapt(vector)
    hits = hybrid_retrieve(engine.knowledge, question, vector, 8, "fitted", adapted, engine.passage_model)
    best = best_sentence_by_passage(engine.knowledge, adapted)
    assert [h.adapted for h in hits] == [float(best[h.passage]) for h in hits]
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_the_refuse_decision_weighs_the_adapted_questions_best_sentence(service) -> None:
    engine = service.engine
    question = "how long will my face stay red"
    reply = engine.reply(question)
    adapted = engine.knowledge.sentence_vectors @ engine.adapter.adapt(engine.question_vector(question))
    assert "best_adapted" in engine.answerability.features
    assert reply.coverage.best_adapted == pytest.approx(float(adapted.max()))


def test_without_an_adapter_retrieval_is_the_hand_blend_and_the_adapted_signal_weighs_nothing(service) -> None:
    engine = engine_variant(service.engine, use_adapter=False)
    reply = engine.reply("how long will my face stay red")
    model = engine.answerability
    assert engine.passage_model is None
    assert reply.coverage.best_adapted == model.mean[model.features.index("best_adapted")]


def test_a_passage_outside_the_dense_top_list_keeps_its_cosine_similarity_in_the_fitted_fusion(service) -> None:
    engine = service.engine
    kb = engine.knowledge
    vector = engine.question_vector("how long will my face stay red")
    adapted = kb.sentence_vectors @ engine.adapter.adapt(vector)
    hits = hybrid_retrieve(kb, "how long will my face stay red", vector, len(kb.passages), "fitted", adapted,
                           engine.passage_model)
    assert len(hits) == len(kb.passages)
    assert [h.dense for h in hits] == pytest.approx((kb.passage_vectors[[h.passage for h in hits]] @ vector).tolist())
