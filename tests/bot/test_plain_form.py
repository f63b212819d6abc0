"""The plain form retrieval compares with the guides: dictated punctuation, and a question asked for someone else."""

import pytest

from bot.reading.plain_form import plain_form


def test_dictated_punctuation_is_read_as_punctuation() -> None:
    assert plain_form("is 4 weeks enough comma or longer question mark") == "is 4 weeks enough, or longer?"


def test_a_question_asked_for_someone_else_reads_as_the_clients_own() -> None:
    assert plain_form("My daughter (19) had microneedling and now her skin is peeling. Should she be worried?") == (
        "I had microneedling and now my skin is peeling. Should I be worried?")


def test_pronouns_are_left_alone_when_no_one_of_the_clients_is_named() -> None:
    assert plain_form("she said it would be fine, is redness normal?") == "she said it would be fine, is redness normal?"


def test_a_question_about_someone_else_gets_the_answer_the_client_would(client) -> None:
    question = ("my wife had microneedling yesterday and her face is red and a bit swollen. She says its fine but "
                "I'm worried. Is this normal?")
    body = client.post("/v1/answer", json={"question": question}).json()
    assert body["type"] == "answer" and "similar to a mild sunburn" in body["answer"]


def test_a_clause_that_only_tells_how_the_client_feels_is_left_out() -> None:
    assert plain_form("I'm really nervous, my face is so red right now") == "my face is so red right now, is that normal?"


def test_a_worry_about_something_is_still_what_is_asked() -> None:
    assert plain_form("I'm worried about infection") == "I'm worried about infection"


def test_a_report_that_asks_nothing_asks_whether_it_is_normal() -> None:
    assert plain_form("it's been 2 weeks and I don't see any difference at all") == (
        "it's been 2 weeks and I don't see any difference at all, is that normal?")


def test_a_report_with_a_question_in_it_keeps_its_own_question() -> None:
    assert plain_form("ive got a wedding saturday will i be red") == "ive got a wedding saturday will i be red"


def test_a_pronoun_for_someone_named_earlier_reads_as_the_clients_own() -> None:
    assert plain_form("it stings when she puts on moisturizer, is that normal?") == (
        "it stings when I puts on moisturizer, is that normal?")


@pytest.mark.parametrize(("message", "asked"), [
    ("face feels warm and kinda sunburnt, can i go to the gym tonight", "can i go to the gym tonight"),
    ("peeling a bit around my mouth. can i use a vitamin c serum?", "can i use a vitamin c serum?"),
    ("red like sunburn as you'd expect - how long do results last tho?", "how long do results last tho?"),
])
def test_after_effects_told_before_a_question_of_its_own_are_left_out(message: str, asked: str) -> None:
    assert plain_form(message) == asked


@pytest.mark.parametrize("message", [
    "my skin feels tight and kinda warm tonight, normal?",
    "super red, when will it go down",
    "I'm still red on day 5, should I be worried?",
    "Some minor peeling a couple days after MN - expected or a reaction?",
])
def test_after_effects_stay_when_the_question_points_back_at_them_or_names_nothing_of_its_own(message: str) -> None:
    assert plain_form(message) == message


@pytest.mark.parametrize("message", [
    "my skin is super sensitive and gets really red, how long should I wait between sessions?",
    "my skin goes red easily, how long should I wait between sessions?",
    "Day 3, redness mostly gone but my texture looks exactly the same. when does texture change?",
])
def test_a_skin_type_or_a_subject_the_question_shares_stays_with_the_after_effects(message: str) -> None:
    assert plain_form(message) == message


def test_the_embedding_net_still_reads_after_effects_left_out_of_what_is_asked() -> None:
    assert plain_form("face feels warm and kinda sunburnt, can i go to the gym tonight", keep_told=True) == (
        "face feels warm and kinda sunburnt, can i go to the gym tonight")


def test_asking_whether_to_call_the_clinic_about_an_after_effect_asks_whether_it_is_normal() -> None:
    assert plain_form("bit red and tight the day after, do I need to see a doctor?") == (
        "bit red and tight the day after, is that normal?")


@pytest.mark.parametrize(("message", "asked"), [
    ("face warm + tight. is it fine to sit in the sun on my balcony this arvo?",
     "is it fine to sit in the sun on my balcony this arvo?"),
    ("face looks sunburnt-ish. when will i actually see results??", "when will i actually see results??"),
    ("flaky and rough on my chin, also can I start my retinol again", "also can I start my retinol again"),
])
def test_where_and_how_much_an_after_effect_is_told_names_no_subject_of_its_own(message: str, asked: str) -> None:
    assert plain_form(message) == asked


def test_ok_to_opens_a_question_after_an_after_effect() -> None:
    assert plain_form("peeling a little, day 3 - ok to go back to my vitamin c serum?") == (
        "day 3 - ok to go back to my vitamin c serum?")


@pytest.mark.parametrize(("message", "asked"), [
    ("when can i work out again, my face is still warm", "when can i work out again"),
    ("can i wear makeup tomorrow, face still red and a bit tight", "can i wear makeup tomorrow"),
])
def test_after_effects_told_after_a_question_of_its_own_are_left_out(message: str, asked: str) -> None:
    assert plain_form(message) == asked


@pytest.mark.parametrize("message", [
    "Is winter a bad time for microneedling? the air here is super dry",
    "What happens with my skin in the weeks after, once the flaking is over?",
])
def test_a_time_or_a_thing_told_after_the_question_is_no_after_effect_of_the_clients(message: str) -> None:
    assert plain_form(message) == message


def test_a_pronoun_in_what_the_question_is_for_does_not_keep_the_after_effects() -> None:
    assert plain_form("my skin feels rough and flaky, can i lie out in the sun to even it out") == (
        "can i lie out in the sun to even it out")


@pytest.mark.parametrize(("told", "plain"), [
    ("nothing like an allergy, no itching or rash, just feels tight and warm", "just feels tight and warm"),
    ("it doesn't look like my eczema flaring, just dry and tight, no open bits", "just dry and tight"),
    ("just a bit red, no pus, no fever. is that ok?", "just a bit red. is that ok?")])
def test_signs_denied_beside_what_the_client_just_has_are_no_subject_of_the_question(told: str, plain: str) -> None:
    assert plain_form(told) == plain


@pytest.mark.parametrize(("question", "plain"), [
    ("what should i NOT put on my face", "what should i avoid putting on my face"),
    ("things i shouldnt do on day 3?", "things i should avoid doing on day 3?"),
    ("what am i not supposed to use on my skin", "what should i avoid using on my skin"),
    ("why can't I wear makeup", "why should I avoid wearing makeup"),
])
def test_a_denied_doing_word_asks_what_to_avoid(question: str, plain: str) -> None:
    assert plain_form(question) == plain


def test_what_not_to_use_is_answered_with_what_to_avoid(client) -> None:
    body = client.post("/v1/answer", json={"question": "what am i not supposed to use on my skin"}).json()
    first_quote = body["answer"].split("\n\n")[0]
    assert body["type"] == "answer" and "Avoid" in first_quote and "Mild cleanser" not in first_quote


@pytest.mark.parametrize(("message", "plain"), [
    ("my mums friend told her the redness lasts a whole week", "the redness lasts a whole week"),
    ("my gran wants to know how long her results will last", "how long my results will last"),
    ("my friend said you cant wash your face for 3 days, true?", "you cant wash your face for 3 days, true?"),
])
def test_what_someone_else_told_or_asked_is_read_without_the_frame_that_reports_it(message: str, plain: str) -> None:
    assert plain_form(message) == plain


def test_a_claim_reported_from_a_friend_is_answered_with_the_guides_figure(client) -> None:
    body = client.post("/v1/answer", json={"question": "my mums friend told her the redness lasts a whole week"}).json()
    assert body["type"] == "answer" and "The redness typically subsides within 24–48 hours" in body["answer"]


def test_a_vent_beside_a_report_is_how_the_client_feels_not_what_they_ask() -> None:
    assert "money" not in plain_form("its been 3 weeks and honestly nothing. was this a waste of money??")


def test_what_the_client_tells_is_not_so_before_a_question_of_its_own_is_left_out() -> None:
    assert plain_form("i dont go out in the sun much and i'm not a smoker. what else helps results last?") == \
        "what else helps results last?"


def test_signs_denied_before_a_dash_and_the_question_are_left_out_and_a_day_told_after_it_stays() -> None:
    question = "No fever, no chills, nothing weird — I'm just wondering when I can be out in the sun again? day 2"
    assert plain_form(question) == "I'm just wondering when I can be out in the sun again? day 2"


@pytest.mark.parametrize("question", ["I'm not on any blood thinners or other meds. Does that matter for how long I heal?",
                                      "Didn't get that immediate glow everyone talks about. Bad sign?",
                                      "I don't have rosacea or eczema - so should I heal at the normal speed?"])
def test_a_denial_the_question_asks_about_stays(question: str) -> None:
    assert plain_form(question) == question


def test_a_denial_said_of_something_the_question_asks_about_keeps_that_thing() -> None:
    assert plain_form("My acne scars are not deep, only small. How many session I need?") == \
        "My acne scars, only small. How many session I need?"


def test_a_sign_denied_before_a_but_that_tells_what_there_is_is_left_out() -> None:
    assert plain_form("day 2, doesn't hurt but feels tight. normal?") == "day 2, but feels tight. normal?"


def test_a_denial_before_a_but_that_asks_stays() -> None:
    assert plain_form("it doesn't hurt but is it normal to be this red?") == \
        "it doesn't hurt but is it normal to be this red?"


def test_a_told_sentences_emphasis_or_trailing_off_reads_as_a_full_stop() -> None:
    assert plain_form("Just finished my final session!! Any tips to keep my skin looking this good?") == (
        "Just finished my final session. Any tips to keep my skin looking this good?")
    assert plain_form("walked around for an hour on day 2… did i ruin it?") == (
        "walked around for an hour on day 2. did i ruin it?")


def test_an_emoji_ends_a_told_sentence_so_signs_denied_before_it_leave_the_question_alone() -> None:
    assert plain_form("Zero pain, zero pus, zero fever 🙂 just wondering when I'll actually see results") == (
        "just wondering when I'll actually see results")


@pytest.mark.parametrize(("question", "plain"), [
    ("and how do i make them last longer?", "how do i make them last longer?"),
    ("ok so will I still age normally after microneedling?", "will I still age normally after microneedling?"),
    ("and makeup?", "and makeup?"),
])
def test_words_joining_a_question_to_the_chat_are_left_out_when_it_asks_on_its_own(question: str, plain: str) -> None:
    assert plain_form(question) == plain


def test_an_emoji_ending_the_message_is_left_as_it_is() -> None:
    assert plain_form("can I wear makeup 😩") == "can I wear makeup 😩"


def test_an_exclamation_ending_the_message_is_left_as_it_is() -> None:
    assert plain_form("can I wear makeup tomorrow!") == "can I wear makeup tomorrow!"
