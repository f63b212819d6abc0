import pytest

from bot.reading.shorthand import spelled_out


def test_chat_shorthand_for_a_time_is_spelled_out() -> None:
    assert spelled_out("can i put makeup on tmrw, had it done 3 hrs ago") == \
        "can i put makeup on tomorrow, had it done 3 hours ago"


def test_a_lone_w_before_a_word_is_with() -> None:
    assert spelled_out("can MN be combined w other treatments") == "can microneedling be combined with other treatments"


def test_shorthand_for_a_word_of_the_question_is_spelled_out_whatever_its_case() -> None:
    assert spelled_out("Shud U wait b4 the gym?") == "should you wait before the gym?"


def test_a_letter_inside_a_hyphenated_or_longer_word_is_left_alone() -> None:
    assert spelled_out("a u-shaped patch, unusual") == "a u-shaped patch, unusual"


def test_a_lone_n_between_words_is_and() -> None:
    assert spelled_out("pink n a bit tight, wat should i do") == "pink and a bit tight, what should i do"


def test_two_words_run_together_are_spelled_apart() -> None:
    assert spelled_out("face realy red afew hrs after") == "face really red a few hours after"


def test_weekday_and_night_shorthand_are_spelled_out() -> None:
    assert spelled_out("treatmnt thurs, gonna go out fri nite") == "treatmnt thursday, going to go out friday night"


def test_a_number_run_into_its_unit_is_spelled_apart() -> None:
    assert spelled_out("had it 1hr ago, gym in 48hrs?") == "had it 1 hour ago, gym in 48 hours?"


def test_this_am_is_this_morning_and_i_am_is_left_alone() -> None:
    assert spelled_out("had it this am, am I ok") == "had it this morning, am I ok"


def test_a_misspelt_wednesday_is_spelled_out() -> None:
    assert spelled_out("had it done wensday") == "had it done wednesday"


def test_shorthand_for_a_day_is_read_before_numbers_are_split_from_units() -> None:
    assert spelled_out("had it done 2day") == "had it done today"


def test_a_weekday_cut_to_a_word_of_its_own_is_spelled_out_only_where_a_day_fits() -> None:
    assert spelled_out("treatment was wed, had makeup on since last sat") == \
        "treatment was wednesday, had makeup on since last saturday"
    assert spelled_out("I was sat outside the day we got wed") == "I was sat outside the day we got wed"


def test_makeup_written_short_is_spelled_out() -> None:
    assert spelled_out("mkup 2moro ok??") == "makeup tomorrow ok??"


def test_a_weekday_cut_short_right_after_the_treatment_is_spelled_out() -> None:
    assert spelled_out("face like a tomato today, had treatment wed") == "face like a tomato today, had treatment wednesday"


def test_kinda_and_sorta_are_spelled_out() -> None:
    assert spelled_out("face still kinda warm, sorta tight") == "face still kind of warm, sort of tight"


def test_a_saturday_cut_short_after_an_event_is_spelled_out() -> None:
    assert spelled_out("is wedding sat ok if i do it wed") == "is wedding saturday ok if i do it wednesday"


def test_will_typed_short_is_spelled_out() -> None:
    assert spelled_out("my event is in 10 days wil my face be ok") == "my event is in 10 days will my face be ok"


def test_a_day_possessive_typed_without_its_apostrophe_is_spelled_out() -> None:
    assert spelled_out("swelling this morning after yesterdays session") == (
        "swelling this morning after yesterday's session")


def test_incl_and_meny_are_spelled_out() -> None:
    assert spelled_out("how meny minutes incl the numbing") == "how many minutes including the numbing"


def test_the_treatments_initials_are_spelled_out() -> None:
    assert spelled_out("can i get MN if im pregnant") == "can i get microneedling if I'm pregnant"


def test_a_question_with_the_treatments_initials_is_answered_as_if_spelled_out(client) -> None:
    body = client.post("/v1/answer", json={"question": "can i get MN if im pregnant"}).json()
    assert body["answer"].startswith("Those with acne, infections, open wounds, or certain skin types, or who are pregnant")


def test_after_in_text_speak_is_spelled_out() -> None:
    assert spelled_out("wat cream 2 use aftr mn") == "what cream 2 use after microneedling"


@pytest.mark.parametrize(("typed", "day"), [("frday", "friday"), ("thurday", "thursday"), ("tusday", "tuesday"),
                                            ("saterday", "saturday"), ("sundy", "sunday")])
def test_a_mistyped_weekday_is_read_as_the_day(typed: str, day: str) -> None:
    assert spelled_out(f"had it done on {typed}, is peeling normal?") == f"had it done on {day}, is peeling normal?"


@pytest.mark.parametrize("word", ["today", "holiday", "birthday", "someday", "steady", "windy", "body"])
def test_an_english_word_ending_like_a_weekday_is_left_alone(word: str) -> None:
    assert spelled_out(f"on {word}") == f"on {word}"


@pytest.mark.parametrize(("clinical", "plain"), [
    ("I have urticaria on my neck", "I have hives on my neck"),
    ("is erythema with mild oedema normal?", "is redness with mild swelling normal?"),
    ("febrile since last night", "feverish since last night"),
    ("my risk of PIH in the sun", "my risk of dark spots in the sun"),
])
def test_a_clinical_word_for_a_sign_is_read_as_the_plain_word(clinical: str, plain: str) -> None:
    assert spelled_out(clinical) == plain


def test_the_treatments_name_in_two_words_is_read_as_one() -> None:
    assert spelled_out("Can I carry on with my micro needling course? is micro-needling safe?") == (
        "Can I carry on with my microneedling course? is microneedling safe?")


def test_a_question_naming_the_treatment_in_two_words_gets_the_answer_it_gets_in_one(client) -> None:
    one, two = (client.post("/v1/answer", json={"question": f"When will I see results from {name}?"}).json()
                for name in ("microneedling", "micro needling"))
    assert one["type"] == "answer"
    assert two["answer"] == one["answer"]


@pytest.mark.parametrize(("message", "spelled"), [
    ("my face feels hot the night post, is that ok", "my face feels hot the night after, is that ok"),
    ("big meeting 3 days post my appointment", "big meeting 3 days after my appointment"),
    ("saw a post on tiktok about it", "saw a post on tiktok about it"),
    ("what post-treatment care do I need?", "what post-treatment care do I need?"),
])
def test_post_is_read_as_after_only_where_the_words_around_it_say_so(message: str, spelled: str) -> None:
    assert spelled_out(message) == spelled


def test_heat_the_night_post_treatment_is_the_normal_course_as_the_night_after_is(client) -> None:
    body = client.post("/v1/answer", json={"question": "my face feels hot and tight like a drum the night post, is that ok"})
    assert body.json()["type"] == "answer"


def test_the_that_and_this_in_chat_speak_are_spelled_out() -> None:
    assert spelled_out("is dis normal? da peeling started n dat worries me") == (
        "is this normal? the peeling started and that worries me")


def test_a_question_with_the_in_chat_speak_gets_the_answer_it_gets_spelt_out(client) -> None:
    plain, chat = (client.post("/v1/answer", json={"question": f"when does {word} peeling start after microneedling"}).json()
                   for word in ("the", "da"))
    assert plain["type"] == "answer"
    assert chat["answer"] == plain["answer"]


def test_a_contraction_typed_without_its_apostrophe_is_spelled_out_and_a_word_spelt_so_is_left_alone() -> None:
    assert spelled_out("Im sure shes fine, whats up, dont know, its ok, I cant") == (
        "I'm sure she's fine, what's up, don't know, its ok, I can't")


def test_someone_elses_story_told_without_apostrophes_is_no_report_of_the_clients_own(client) -> None:
    told = "My cousin got an infection from her home roller last year ({}). Is it safe for me to use one between sessions?"
    typed, meant = (client.post("/v1/answer", json={"question": told.format(aside)}).json()
                    for aside in ("shes totally fine now", "she's totally fine now"))
    assert meant["type"] == "answer"
    assert typed["answer"] == meant["answer"]
