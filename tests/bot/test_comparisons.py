"""A choice between a thing the guides name and one they never do: no passage answers the choice."""

import pytest

from bot.answering.coverage import compares_with_the_unknown, leaves_the_choice_unnamed


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


@pytest.mark.parametrize(("question", "unknown"), [("Do men need more sessions than women?", ("men", "women")),
                                                   ("do women heal faster than men?", ("women", "men"))])
def test_any_comparative_before_than_weighs_against_the_word_after_it(question: str, unknown: tuple[str, ...]) -> None:
    assert compares_with_the_unknown(question, unknown)


@pytest.mark.parametrize(("question", "unknown"), [
    ("I'm 24, will I heal quicker than my mum who's also getting it done?", ("mum",)),
    ("Do I need more than the standard amount?", ("standard",)),
    ("anything other than sunscreen I should use?", ("anything",)),
])
def test_someone_of_the_clients_an_amount_or_other_than_is_no_comparison(question: str, unknown: tuple[str, ...]) -> None:
    assert not compares_with_the_unknown(question, unknown)


def test_a_comparison_of_people_the_guides_never_make_is_refused(client) -> None:
    body = client.post("/v1/answer", json={"question": "Do men need more sessions than women?"}).json()
    assert body["type"] == "no_answer"


def test_a_choice_between_two_things_no_quote_names_leaves_the_choice_unnamed() -> None:
    assert leaves_the_choice_unnamed("which is better, mineral or chemical sunscreen?",
                                     ["Sunscreen with a high SPF should be applied daily"])


def test_a_choice_whose_side_the_quotes_name_is_answered_by_them() -> None:
    assert not leaves_the_choice_unnamed("what's better for aftercare, moisturizer or sunscreen?",
                                         ["Sunscreen with a high SPF should be applied daily"])


def test_a_comparison_with_than_is_no_choice_between_two_named_things() -> None:
    assert not leaves_the_choice_unnamed("is that better than regular?", ["combining micro-needling with PRP"])


def test_a_choice_between_kinds_of_a_product_the_guides_never_compare_is_refused(client) -> None:
    body = client.post("/v1/answer", json={
        "question": "Mineral or chemical sunscreen: which filter type is better on freshly needled skin?"}).json()
    assert body["type"] == "no_answer"
