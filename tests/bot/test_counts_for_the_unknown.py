"""A count of sessions asked for a concern the guides never name: their counts are for the concerns they name."""

import pytest

from bot.answering.coverage import counts_sessions_for_the_unknown


@pytest.mark.parametrize(("question", "unknown"), [
    ("How many sessions would I need to treat vitiligo?", ("vitiligo",)),
    ("how many sessions for a double chin", ("chin",)),
    ("how many treatments to get rid of my melasma", ("melasma",)),
])
def test_a_count_of_sessions_for_a_word_the_guides_lack_counts_for_the_unknown(question: str, unknown: tuple[str, ...]) -> None:
    assert counts_sessions_for_the_unknown(question, unknown)


def test_a_chat_word_after_a_concern_the_guides_name_is_no_concern_of_its_own() -> None:
    assert not counts_sessions_for_the_unknown("how many sessions for my wrinkles tbh", ("tbh",))


def test_an_unknown_word_outside_what_the_sessions_are_for_is_not_counted() -> None:
    assert not counts_sessions_for_the_unknown("my bestie asked how many sessions I need", ("bestie",))


def test_a_count_of_sessions_for_a_concern_the_guides_never_name_is_refused(client) -> None:
    body = client.post("/v1/answer", json={"question": "How many sessions would I need to treat vitiligo?"}).json()
    assert body["type"] == "no_answer"


def test_a_count_of_sessions_for_a_concern_the_guides_name_is_still_answered(client) -> None:
    body = client.post("/v1/answer", json={"question": "How many sessions for stretch marks on my thighs?"}).json()
    assert body["type"] == "answer" and "6 or more sessions" in body["answer"]


def test_a_bare_count_of_sessions_after_a_question_the_guides_do_not_cover_is_refused_with_it(client) -> None:
    body = client.post("/v1/answer", json={
        "question": "Can microneedling on my scalp make my hair grow back? How many sessions?"}).json()
    assert body["type"] == "no_answer"


def test_a_count_of_sessions_after_a_covered_question_is_answered_beside_it(client) -> None:
    body = client.post("/v1/answer", json={
        "question": "can I wear makeup tomorrow and how many sessions will I need?"}).json()
    assert "Avoiding makeup, sweating, and harsh skincare." in body["answer"]
    assert "Most people require 3-6 sessions" in body["answer"]
