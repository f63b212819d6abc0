"""Quote ranking learns from the closest labelled dev question (bot/retrieval/precedents.py), on the real engine."""

from dataclasses import replace

from bot.engine import AnswerEngine


def test_a_rewording_of_a_labelled_question_is_answered_with_that_question_s_right_quote(service) -> None:
    reply = service.engine.reply("how frequently should I get a touch up session")
    assert reply.response.type == "answer"
    assert reply.response.citations[0].quote == ("Most people should schedule touch-up microneedling sessions every "
                                                 "3 to 6 months to maintain results and keep skin looking refreshed.")


def test_precedents_labelled_on_another_corpus_cast_no_vote(service) -> None:
    engine = service.engine
    stale = replace(engine.precedents, corpus_hash="another corpus")
    other = AnswerEngine(engine.settings, engine.knowledge, engine.embedder, replace(engine.options, precedents=stale),
                         encode=engine.encode, semantic_triage=engine.semantic_triage, bridges=engine.bridges)
    ranked = other.candidates("how frequently should I get a touch up session")
    neutral = other.quote_model.mean[other.quote_model.features.index("precedent")]
    assert other.precedents is None
    assert {u.values["precedent"] for u in ranked} == {neutral}
