"""Messages in a language the assistant cannot read, told apart from English however it is written."""

import pytest
from fastapi.testclient import TestClient

from aftercare.settings import Settings
from bot.reading import language
from bot.reading.language import unreadable


@pytest.mark.parametrize("message", [
    "微针后脸上起了水泡，还流脓",
    "После микронидлинга поднялась температура и на щеке гной",
    "Namamaga po ang labi ko at hirap akong huminga",
    "Môi tôi sưng lên và khó thở sau khi làm microneedling",
    "¿Cuándo puedo volver a maquillarme después del microneedling?",
    "Est-ce que je peux faire du sport le lendemain ?",
])
def test_a_message_in_another_language_is_unreadable(message: str) -> None:
    assert unreadable(message, frozenset({"microneedling"}))


@pytest.mark.parametrize("message", [
    "my face have water coming and I feel hot body since yesterday",
    "how many daze will my face be read after micro kneeling i have work monday",
    "wen can i ware mekup agen after microneedling",
    "is MN permenant",
    "tengo pus en la cara after microneedling, what cream should I use",
])
def test_english_however_spelt_or_mixed_is_read(message: str) -> None:
    assert not unreadable(message, frozenset({"microneedling"}))


def test_a_red_flag_in_a_language_the_patterns_do_not_know_is_sent_to_the_clinic_and_emergency_services(
        client: TestClient) -> None:
    body = client.post("/v1/answer", json={"question": "Namamaga po ang labi ko at hirap akong huminga"}).json()
    assert (body["type"], body["answer"]) == ("escalation", Settings().rendered_unreadable())
    assert "+1 555 0100" in body["answer"] and "emergency services (911)" in body["answer"]


def test_a_red_flag_the_patterns_know_in_a_mixed_message_gets_the_usual_escalation(client: TestClient) -> None:
    body = client.post("/v1/answer", json={"question": "tengo pus en la cara after microneedling, what cream should I use"}).json()
    assert (body["type"], body["answer"]) == ("escalation", Settings().rendered_escalation())


def test_a_french_question_opening_with_puis_je_is_no_report_of_pus(client: TestClient) -> None:
    body = client.post("/v1/answer", json={"question": "Puis-je me maquiller demain ?"}).json()
    assert body["answer"] == Settings().rendered_unreadable()


@pytest.mark.parametrize("message", ["my face has puse", "my skn has puse and fevr"])
def test_an_english_typo_of_a_red_flag_word_is_still_read_as_the_word(client: TestClient, message: str) -> None:
    body = client.post("/v1/answer", json={"question": message}).json()
    assert (body["type"], body["answer"]) == ("escalation", Settings().rendered_escalation())


def test_english_questions_never_load_the_other_languages_word_lists() -> None:
    language.commoner_elsewhere.cache_clear()
    for question in ("how long does redness last after microneedling", "is peeling normal on day 4? my skin feels tight"):
        assert not language.unreadable(question, frozenset({"microneedling"}))
    assert language.commoner_elsewhere.cache_info().currsize == 0
