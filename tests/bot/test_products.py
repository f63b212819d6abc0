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
