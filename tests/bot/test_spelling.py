"""Typo repair against the guides' own words, on the ingested corpus."""

import pytest

from bot.reading.spelling import english_repair


@pytest.fixture(scope="module")
def speller(service):
    return service.engine.speller


def test_a_typo_is_repaired_to_the_guide_word_it_is_close_to(speller) -> None:
    assert speller.correct("when can I wear makup again?") == "when can I wear makeup again?"


def test_a_typo_that_shares_its_stem_with_a_guide_word_is_repaired_all_the_same(speller) -> None:
    assert speller.correct("are the results permanant?") == "are the results permanent?"


def test_a_dictionary_word_the_guides_do_not_use_is_left_alone(speller) -> None:
    assert speller.correct("can I use powder foundation?") == "can I use powder foundation?"


def test_a_question_with_a_typo_sharing_a_stem_gets_the_guides_answer(client) -> None:
    body = client.post("/v1/answer", json={"question": "is microneedling permanant?"}).json()
    assert body["type"] == "answer" and "microneedling results are permanent" in body["answer"]


def test_a_typo_of_an_everyday_word_the_guides_lack_is_repaired_to_the_commonest_word_one_edit_away(speller) -> None:
    assert speller.correct("will the redness evntually go?") == "will the redness eventually go?"


def test_a_treatment_name_the_guides_lack_is_not_taken_for_a_typo(speller) -> None:
    assert speller.correct("should I get a hydrafacial instead?") == "should I get a hydrafacial instead?"


@pytest.mark.parametrize(("question", "repaired"), [("How long dose micro needling last for", "How long does micro needling last for"),
                                                     ("how many sessions to sea results", "how many sessions to see results")])
def test_a_real_word_typed_for_another_is_repaired_where_the_next_words_say_so(speller, question: str,
                                                                                repaired: str) -> None:
    assert speller.correct(question) == repaired


def test_a_real_word_used_as_itself_is_left_alone(speller) -> None:
    assert speller.correct("what dose of ibuprofen can I take?") == "what dose of ibuprofen can I take?"


def test_a_word_of_its_own_is_not_taken_for_a_slightly_commoner_neighbour() -> None:
    assert english_repair("vaping") is None


def test_a_typo_far_rarer_than_its_word_is_still_repaired() -> None:
    assert english_repair("recieve") == "receive"


def test_a_word_a_glossary_seed_names_is_never_respelled(speller) -> None:
    assert speller.correct("will vaping mess up my results") == "will vaping mess up my results"


def test_two_letters_swapped_in_an_everyday_word_are_that_word_not_a_guide_word(speller) -> None:
    assert speller.correct("wen can i start working out agian") == "wen can i start working out again"


def test_a_typo_with_the_guide_words_letters_in_another_order_is_that_word_not_a_closer_looking_one(speller) -> None:
    assert speller.correct("is it permenant") == "is it permanent"


@pytest.mark.parametrize(("message", "repaired"), [
    ("is wedidng sat ok if i do it wed", "is wedding sat ok if i do it wed"),
    ("notihng weird like pus, just dry", "nothing weird like pus, just dry"),
])
def test_two_letters_swapped_in_an_everyday_word_are_repaired_before_the_message_is_read(
        speller, message: str, repaired: str) -> None:
    assert speller.everyday_repaired(message) == repaired


@pytest.mark.parametrize(("message", "repaired"), [
    ("face is swolen and a bit oozy", "face is swollen and a bit oozy"),
    ("should I be woried?", "should I be worried?"),
    ("is concaler ok on day 3", "is concealer ok on day 3"),
    ("my treatmment was today", "my treatment was today"),
    ("got micronedled this afternoon", "got microneedled this afternoon"),
    ("before my graduaation photos", "before my graduation photos"),
])
def test_a_letter_left_out_or_doubled_in_a_word_is_repaired_before_the_message_is_read(
        speller, message: str, repaired: str) -> None:
    assert speller.everyday_repaired(message) == repaired


def test_a_letter_left_out_is_repaired_to_the_guides_word_before_a_commoner_one(speller) -> None:
    assert speller.everyday_repaired("is my skin still heaing") == "is my skin still healing"


@pytest.mark.parametrize("message", [
    "day 3 n kinda glowy",  # no word by adding a letter: "glory" would replace one
    "It doesn't hurt",
    "how offen can u do it",  # "offend" by a letter added, but "often" by one replaced is far commoner
    "how long does the apoinment take",  # no letter is put before the first one ("vap…" fits the vaping seed)
])
def test_an_informal_word_a_contraction_or_an_ambiguous_typo_is_not_taken_for_another_word_before_reading(
        speller, message: str) -> None:
    assert speller.everyday_repaired(message) == message


def test_a_denial_typed_with_two_letters_swapped_is_still_read_as_one(client) -> None:
    question = "Notihng weird like pus or dark spots, skin is just dry and rough on day 4"
    response = client.post("/v1/answer", json={"question": question})
    assert response.status_code == 200 and response.json()["type"] == "answer"


def test_a_weekday_cut_short_after_an_event_typed_with_two_letters_swapped_is_still_read(client) -> None:
    typed, meant = (client.post("/v1/answer", json={"question": f"is {event} sat ok if i do it wed"}).json()
                    for event in ("wedidng", "wedding"))
    assert meant["type"] == "answer"
    assert typed["answer"] == meant["answer"]


def test_a_worry_typed_with_a_letter_left_out_gets_the_answer_of_the_worry_spelt_right(client) -> None:
    typed, meant = (client.post("/v1/answer", json={"question": f"my skin feels dry and a bit tight on day 3, should I be {w}?"}).json()
                    for w in ("woried", "worried"))
    assert meant["type"] == "answer"
    assert typed["answer"] == meant["answer"]


@pytest.mark.parametrize(("message", "read"), [
    ("noting weird like pus, just flaky", "nothing weird like pus, just flaky"),
    ("10 days and I see noting", "10 days and I see nothing"),
    ("I am noting that my skin is calmer", "I am noting that my skin is calmer"),
])
def test_a_real_word_typed_for_another_is_read_as_meant_before_the_message_is_read_only_where_the_words_show_it(
        speller, message: str, read: str) -> None:
    assert speller.everyday_repaired(message) == read


def test_a_denial_typed_with_a_real_word_slip_is_still_read_as_one(client) -> None:
    typed, meant = (client.post("/v1/answer", json={"question": f"{w} weird like pus, my skin is just a bit flaky on day 5"}).json()
                    for w in ("noting", "nothing"))
    assert meant["type"] == "answer"
    assert typed["answer"] == meant["answer"]
