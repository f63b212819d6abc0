"""Which ingredients a question and a quote name: a quote about another ingredient is no answer."""

import pytest

from bot.answering.products import ingredients, names_other_ingredients

SERUM_QUOTE = ("Additionally, adhering to a proper skincare regimen post-treatment, including the use of serums containing "
               "growth factors or hyaluronic acid, can further enhance outcomes.")
RULE_QUOTE = ("Avoid using makeup, sweating, direct sunlight, and harsh products such as retinol and acid for 24 to 48 "
              "hours to allow the skin to heal.")


def test_an_acid_named_by_its_kind_is_an_exfoliating_acid_and_hyaluronic_acid_is_not() -> None:
    assert ingredients("my AHA serum") == {"exfoliating acid"}
    assert ingredients("hyaluronic acid") == {"hyaluronic"}


@pytest.mark.parametrize("question", ["can I use my vitamin C serum?", "can i use my AHA serum yet?"])
def test_a_quote_recommending_another_ingredient_names_other_ingredients(question: str) -> None:
    assert names_other_ingredients(question, [SERUM_QUOTE])


def test_a_rule_naming_acids_speaks_of_an_aha_serum() -> None:
    assert not names_other_ingredients("can i use my AHA serum yet?", [RULE_QUOTE])


def test_a_question_naming_no_ingredient_is_never_refused_for_one() -> None:
    assert not names_other_ingredients("what serum should I use after?", [SERUM_QUOTE])


def test_an_ingredient_put_on_the_skin_that_no_quote_names_is_not_answered_by_them() -> None:
    assert names_other_ingredients("can i use vitamin c serum the next day", ["using gentle cleansers and hydrating serums"])


def test_an_ingredient_taken_rather_than_put_on_is_answered_by_quotes_naming_none() -> None:
    assert not names_other_ingredients("Should I be taking vitamin C or E supplements to help?",
                                       ["eat a balanced diet rich in vitamins and minerals, and consider supplements"])


def test_a_serum_of_an_ingredient_the_guides_never_name_is_refused(client) -> None:
    body = client.post("/v1/answer", json={"question": "can i use vitamin c serum the next day"}).json()
    assert body["type"] == "no_answer"
