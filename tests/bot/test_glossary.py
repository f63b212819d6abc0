"""Clients' words bridged to the guides' own, from the seeds in bot/data/glossary.yaml."""

from bot.reading.glossary import expand


def test_a_clients_word_is_followed_by_the_guides_word_for_it() -> None:
    assert expand("can I go to the gym tomorrow?").text == "can I go to the gym tomorrow? (sweating)"


def test_the_bridged_client_words_are_reported_for_the_refuse_decision() -> None:
    assert expand("whats the ideal gap between seshs").bridged == frozenset({"sesh"})  # stemmed, as the refuse decision compares words


def test_a_question_in_the_guides_own_words_is_left_as_it_is() -> None:
    assert expand("how long does redness last?").text == "how long does redness last?"


def test_asking_what_the_treatment_may_cause_is_bridged_to_the_guides_side_effects() -> None:
    assert expand("can microneedling cause dark patches?").text.endswith("(side effects risks)")
