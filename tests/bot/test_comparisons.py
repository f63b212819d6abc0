"""A choice between a thing the guides name and one they never do: no passage answers the choice."""

import pytest

from bot.answering.coverage import compares_with_the_unknown


@pytest.mark.parametrize("question", ["is microneedling or a hydrafacial better for dull skin",
                                      "is microneedling better than laser?", "hydrafacial vs microneedling, which is better"])
def test_weighing_the_treatment_against_a_word_the_guides_lack_compares_with_the_unknown(question: str) -> None:
    unknown = ("hydrafacial",) if "hydrafacial" in question else ("laser",)
    assert compares_with_the_unknown(question, unknown)


def test_an_unknown_word_outside_the_things_compared_is_no_comparison_with_it() -> None:
    assert not compares_with_the_unknown("my bestie says a derma roller is better than a pen?", ("bestie",))


def test_a_question_weighing_nothing_is_no_comparison() -> None:
    assert not compares_with_the_unknown("can I use a hydrafacial or a peel after?", ("hydrafacial",))


def test_a_comparison_with_a_treatment_the_guides_never_name_is_refused(client) -> None:
    body = client.post("/v1/answer", json={"question": "is microneedling or a hydrafacial better for dull skin"}).json()
    assert body["type"] == "no_answer"


def test_a_comparison_the_guides_make_is_still_answered(client) -> None:
    body = client.post("/v1/answer", json={"question": "home derma pen vs clinic, risks?"}).json()
    assert body["type"] == "answer" and "not as effective as a professional one" in body["answer"]
