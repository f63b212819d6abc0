"""A risk asked of that the guides never name: their list of risks is no answer for it."""

import pytest

from bot.answering.coverage import causes_the_unknown


@pytest.mark.parametrize(("question", "unknown"), [
    ("Why does microneedling cause skin cancer?", ("cancer",)),
    ("can it trigger a psoriasis flare?", ("psoriasis",)),
    ("could microneedling give me melasma", ("melasma",)),
])
def test_asking_whether_the_treatment_causes_a_word_the_guides_lack_is_found(question: str, unknown: tuple[str, ...]) -> None:
    assert causes_the_unknown(question, unknown)


def test_an_unknown_word_outside_what_is_caused_is_not_counted() -> None:
    assert not causes_the_unknown("my bestie asked if microneedling can cause dark spots", ("bestie",))


def test_a_risk_the_guides_never_name_is_refused(client) -> None:
    body = client.post("/v1/answer", json={"question": "can microneedling cause cancer?"}).json()
    assert body["type"] == "no_answer"


def test_a_risk_the_guides_name_is_still_answered(client) -> None:
    body = client.post("/v1/answer", json={"question": "can microneedling give me dark spots?"}).json()
    assert body["type"] == "answer" and "Pigmentation problems can occur" in body["answer"]
