"""Which further quotes ride along with an answer's first one (bot/answering/further_quotes.py), on the real engine."""

from dataclasses import replace

from bot.answering.further_quotes import FEATURES, keep_further, load_further_quote_model
from bot.engine import AnswerEngine
from bot.fitted import LinearModel

QUESTION = "My acne scars are medium, not too deep. How many sessions?"


def _model(intercept: float) -> LinearModel:
    return LinearModel(features=FEATURES, mean=(0.0,) * len(FEATURES), scale=(1.0,) * len(FEATURES),
                       coef=(0.0,) * len(FEATURES), intercept=intercept)


def _keeping_every_quote(engine: AnswerEngine) -> AnswerEngine:
    return AnswerEngine(engine.settings, engine.knowledge, engine.embedder,
                        replace(engine.options, further_quotes=False), encode=engine.encode,
                        semantic_triage=engine.semantic_triage, bridges=engine.bridges)


def test_a_further_quote_from_an_article_that_does_not_answer_the_question_is_left_out(service) -> None:
    # Left out: the general "a few months to a couple of years", which would read as a single session's.
    question = "How long do the results of a single session last?"
    every = _keeping_every_quote(service.engine).answer(question)
    fitted = service.engine.answer(question)
    assert [c.doc_id for c in every.citations] == ["results-and-maintenance", "results-how-long-until-changes"]
    assert [c.doc_id for c in fitted.citations] == ["results-and-maintenance"]
    assert fitted.citations[0].quote == every.citations[0].quote


def test_the_first_quote_stays_whatever_the_model_says_of_the_others(service) -> None:
    ranked = service.engine.candidates(QUESTION)[:3]
    assert keep_further(service.engine.knowledge, ranked, _model(-50.0)) == ranked[:1]


def test_a_model_that_places_every_further_quote_in_a_right_article_keeps_them_all(service) -> None:
    ranked = service.engine.candidates(QUESTION)[:3]
    assert keep_further(service.engine.knowledge, ranked, _model(50.0)) == ranked


def test_the_checked_in_further_quote_model_fits_this_version() -> None:
    assert load_further_quote_model().features == FEATURES
