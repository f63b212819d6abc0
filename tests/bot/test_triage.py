import pytest

from bot.safety.triage import (
    asks_of_it,
    red_flag_words,
    signs_confirmed,
    tells_only_a_mild_sign,
    triage,
    without_clearance,
    without_signs_over,
)

RED_FLAGS = [
    "there's yellow pus coming out of a few spots on my cheek",
    "I have a fever and chills since yesterday's treatment",
    "the redness is spreading down my neck on day 4",
    "my lips are swelling and it's hard to breathe",
    "I've broken out in hives all over my face",
    "the pain is getting worse every day, it's really bad now",
    "small blisters have appeared where they did the needling",
    "one spot keeps bleeding and won't stop",
    "I think I'm getting a cold sore on my lip",
    "my eye is swollen and my vision is blurry",
    "day 3 and my cheek is hot to the touch and redder than yesterday",
    "some of the dots are oozing greenish stuff",
    "my throat feels tight and my face is puffing up fast",
    "feeling shivery tonight",
    "I feel dizzy and faint since the treatment",
    "I nearly passed out when I got home",
    "my skin smells bad and is leaking clear fluid",
    "it gets more painful every day",
    "the skin on my chin turned black",
    "Im running a temp",
    "ive had a temp of 38.5 since last night and my cheek is swollen",
    "my temperature was 101 this morning",
    "the pain made me cry last night",
    "day 4 and I can barely touch my face",
    "there are raw patches on my chin two weeks later",
    "yellow water is coming out from the cheek",
    "there are yellow spots on my chin since the treatment",
]
NORMAL_COURSE = [
    "how long will I be red?",
    "is flaking normal on day 4?",
    "my skin feels tight and dry the day after, is that normal?",
    "my face is a bit swollen the morning after",
    "face puffy morning after",
    "is it normal to be pink for two days?",
    "Can microneedling cause an infection?",
    "I have no fever, just some peeling around my nose",
    "does it hurt?",
    "the redness is only faint now on day 3, is that ok?",
    "my dark spots look lighter after two weeks",
    "is a hot temperature room ok, like 40 degrees?",
    "how common is infection after microneedling?",
    "how do i avoid an infection?",
]


@pytest.mark.parametrize("question", RED_FLAGS)
def test_a_red_flag_description_escalates(question: str) -> None:
    assert triage(question).escalate


@pytest.mark.parametrize("question", NORMAL_COURSE)
def test_the_normal_course_does_not_escalate(question: str) -> None:
    assert not triage(question).escalate


def test_the_reason_names_the_red_flag_family() -> None:
    assert triage("my lips are swelling up").reasons == ("allergic reaction",)


def test_fainting_is_its_own_red_flag_family() -> None:
    assert triage("I feel lightheaded and dizzy").reasons == ("fainting, dizziness or skin turning dark",)


def test_a_question_about_what_may_happen_is_not_a_report_of_it() -> None:
    assert not triage("will my face swell after microneedling?").escalate


@pytest.mark.parametrize("question", ["ok and will my face swell?", "oh and can u get an infection from this"])
def test_a_question_about_what_may_happen_is_not_a_report_after_words_joining_it_to_the_chat(question: str) -> None:
    assert not triage(question).escalate


def test_a_report_after_words_joining_it_to_the_chat_still_escalates() -> None:
    assert triage("ok and my lips are swelling").escalate


def test_a_report_of_the_same_sign_in_the_lips_escalates() -> None:
    assert triage("my lips are swelling up").escalate


def test_a_general_question_about_the_airway_still_escalates() -> None:
    assert triage("will my throat swell up after microneedling?").escalate


def test_a_general_question_about_pain_near_the_lips_is_not_a_report() -> None:
    assert not triage("does microneedling hurt more on the lips?").escalate


def test_a_general_question_that_names_a_sign_of_the_airway_escalates_beside_pain() -> None:
    assert triage("does it hurt more on the lips, and can they swell up?").escalate


def test_warmth_and_tightness_the_night_after_are_the_normal_course() -> None:
    assert not triage("my face feels hot and tight the night after, kind of like a sunburn - normal?").escalate


def test_the_same_warmth_getting_worse_escalates() -> None:
    assert triage("my face feels hot the night after and it is getting worse").escalate


def test_redness_that_comes_back_on_day_five_escalates() -> None:
    assert triage("it had faded but on day 5 the redness came back").escalate


def test_red_streaks_escalate_whenever_they_started() -> None:
    assert triage("woke up this morning with red streaks running from the treated area").escalate


@pytest.mark.parametrize("question", ["i think theres puss in one of the dots", "got a feaver tonight", "i think its infekted"])
def test_a_misspelt_red_flag_word_still_escalates(question: str) -> None:
    assert triage(question).escalate


def test_a_common_word_one_letter_from_a_red_flag_word_is_not_read_as_it() -> None:
    assert not triage("plus can I rush to the gym after?").escalate


@pytest.mark.parametrize("question", ["can i use my st ives scrub to get the flakey bits off?", "we went on hikes all week",
                                      "can I go on dives on holiday next month?"])
def test_a_word_as_common_as_a_red_flag_word_one_letter_away_is_not_read_as_it(question: str) -> None:
    assert not triage(question).escalate


def test_hot_offered_as_the_other_choice_is_no_skin_that_is_hot() -> None:
    assert not triage("should i shower with lukewarm water or is hot fine").escalate


def test_sore_as_an_adjective_is_not_an_open_sore() -> None:
    assert not triage("Can I take ibuprofen if my face is a bit sore after microneedling?").escalate


def test_not_seeing_a_difference_is_not_a_vision_problem() -> None:
    assert not triage("It's been a month and I can't see any difference").escalate


def test_skin_feeling_rough_is_texture_not_illness() -> None:
    assert not triage("my skin feels rough, almost like sandpaper, on day 3").escalate


def test_skin_turning_darker_escalates() -> None:
    assert triage("a patch on my jaw is turning darker every day since the session").escalate


def test_a_commoner_word_one_letter_from_fever_is_not_read_as_fever() -> None:
    assert not triage("my friend needed fewer sessions than me, why?").escalate


def test_tenderness_to_the_touch_the_day_after_is_the_normal_course() -> None:
    assert not triage("My face is a bit tender to touch the day after. Normal?").escalate


def test_skin_hot_to_the_touch_escalates_even_the_day_after() -> None:
    assert triage("my face is hot to the touch the day after").escalate


def test_tenderness_to_the_touch_that_grows_on_day_six_escalates() -> None:
    assert triage("my cheek is tender to the touch on day 6 and getting worse").escalate


def test_a_face_super_tight_on_day_two_is_the_normal_course() -> None:
    assert not triage("face feels super tight and dry on day 2").escalate


def test_patches_turning_dark_brown_escalate() -> None:
    assert triage("Patches on my cheeks are turning dark brown a week after my session and I'm really scared").escalate


def test_redness_reported_on_day_5_lasts_past_the_guides_days_and_escalates() -> None:
    assert triage("my face is red and warm", day=5).escalate


def test_redness_and_warmth_on_the_day_of_treatment_are_the_normal_course() -> None:
    assert not triage("my face feels hot", day=1).escalate


def test_a_little_pinkness_on_day_4_is_not_a_lasting_red_flag() -> None:
    assert not triage("still a little pink", day=4).escalate


def test_a_tight_face_is_the_normal_course_but_a_tight_throat_is_not() -> None:
    assert not triage("is it normal for my face to feel warm and tight after microneedling?").escalate
    assert triage("my throat feels tight").escalate


def test_a_sign_growing_by_the_day_escalates_whatever_the_day() -> None:
    assert triage("Sunday was my session and my face feels hotter every day since", day=3).escalate


def test_asking_why_infections_happen_is_a_general_question_not_a_report() -> None:
    assert not triage("why do infections happen after microneedling?").escalate


def test_asking_why_my_own_face_has_pus_still_escalates() -> None:
    assert triage("why does my face have pus?").escalate


def test_skin_turning_purple_escalates() -> None:
    assert triage("my skin is turning purple").escalate


def test_a_flush_that_is_spreading_escalates() -> None:
    assert triage("the flush is spreading down my neck").escalate


def test_redness_moving_past_the_wrist_is_spreading_and_escalates() -> None:
    assert triage("the redness goes up past my wrist").escalate


def test_redness_that_goes_down_by_the_evening_is_fading_not_spreading() -> None:
    assert not triage("my face is red and it goes down by the evening, normal?").escalate


def test_swelling_that_stops_the_fingers_bending_escalates() -> None:
    assert triage("my hand is so swollen I can't bend my fingers").escalate


def test_a_cold_sore_written_as_voice_to_text_hears_it_escalates() -> None:
    assert triage("theres a cold soar coming up on my lip").escalate


def test_wheezing_told_beside_normal_swelling_on_the_day_of_treatment_escalates() -> None:
    assert triage("my face is swelling and now I'm wheezy, had it done this morning", day=0).escalate


def test_feeling_shaky_and_faint_escalates() -> None:
    assert triage("I feel shaky and faint since my session").escalate


def test_the_redness_being_faint_now_is_not_fainting() -> None:
    assert not triage("I feel like the redness is faint now, day 2", day=2).escalate


def test_pain_that_keeps_a_client_awake_escalates() -> None:
    assert triage("the soreness is so bad I can't sleep, day 1", day=1).escalate


def test_pain_that_painkillers_do_not_relieve_escalates() -> None:
    assert triage("my face hurts and the ibuprofen isn't helping at all").escalate


def test_being_told_not_to_touch_the_face_is_not_pain_too_bad_to_touch() -> None:
    assert not triage("how long can't I touch my face after microneedling?").escalate


@pytest.mark.parametrize("question", ["my face is burning so bad and it keeps going, day 2",
                                      "the stinging is worse than yesterday"])
def test_burning_or_stinging_that_is_bad_or_getting_worse_escalates(question: str) -> None:
    assert triage(question).escalate


def test_asking_whether_scars_can_get_worse_is_a_question_not_a_report() -> None:
    assert not triage("will my acne scars get worse after microneedling?").escalate


@pytest.mark.parametrize("question", ["it's day 5 and it's getting bigger", "it keeps getting worse"])
def test_a_sign_told_of_as_getting_worse_or_bigger_escalates_whatever_it_is_called(question: str) -> None:
    assert triage(question).escalate


def test_redness_lasting_for_five_days_escalates_without_a_treatment_day() -> None:
    assert triage("my cheeks have been red for 5 days now").escalate


def test_redness_for_two_days_asked_about_is_the_normal_course() -> None:
    assert not triage("how long does redness last, mine was red for 2 days").escalate


@pytest.mark.parametrize("question", ["can u get an infection from this", "how do ppl even get infections from microneedling",
                                      "is infection a risk with microneedling"])
def test_a_general_question_about_infection_is_not_a_report_of_one(question: str) -> None:
    assert not triage(question).escalate


def test_a_general_question_about_infection_beside_a_report_of_pus_escalates() -> None:
    assert triage("can you get an infection from this? mine has pus").escalate


def test_flaking_still_there_in_the_third_week_escalates() -> None:
    assert triage("It's been 3 weeks and my skin is still peeling", 21).escalate


def test_flaking_in_the_second_week_is_the_normal_course() -> None:
    assert not triage("still peeling on day 10, is that ok?", 10).escalate


@pytest.mark.parametrize("question", ["day 5 and the redness is gone, when will I see results?",
                                      "redness has faded, day 4", "the flaking is long gone now"])
def test_a_sign_told_of_as_over_is_not_lasting(question: str) -> None:
    assert not triage(question, 21).escalate


@pytest.mark.parametrize("question", ["day 5 and the redness is not gone", "the swelling hasn't gone down",
                                      "swelling isnt better"])
def test_a_sign_told_of_as_not_over_is_lasting(question: str) -> None:
    assert triage(question, 6).escalate


def test_asking_what_to_do_if_a_sign_is_still_there_past_the_guides_days_escalates() -> None:
    assert triage("my face is red and swollen, what if it's still there next week?", 0).escalate


def test_asking_whether_a_sign_will_still_be_there_is_a_question_about_the_normal_course() -> None:
    assert not triage("will I still be red next week?", 0).escalate


def test_asking_what_if_a_sign_gets_worse_escalates() -> None:
    assert triage("what if the swelling gets worse on day 3 instead of better?", 1).escalate


def test_the_saying_that_it_gets_worse_before_it_gets_better_is_not_a_report() -> None:
    assert not triage("Is it true it gets worse before it gets better?").escalate


def test_skin_getting_worse_every_day_escalates() -> None:
    assert triage("my skin gets worse every day").escalate


def test_tenderness_still_there_weeks_later_escalates() -> None:
    assert triage("my face is still sore to touch", 21).escalate


def test_pain_told_of_in_the_past_is_not_a_lasting_sign() -> None:
    assert not triage("when will I see results? it hurt a lot during", 5).escalate


def test_asking_whether_it_is_ok_to_ice_the_swelling_is_a_question_not_a_report() -> None:
    assert not triage("is it ok to put ice on my face for the swelling?").escalate


def test_a_report_beside_the_same_question_escalates() -> None:
    assert triage("is it ok to go out if my lips are swelling?").escalate


def test_a_worry_about_a_sign_followed_by_a_general_question_is_not_a_report() -> None:
    assert not triage("my mum is worried about infection. how do people actually get infections from this?").escalate


@pytest.mark.parametrize("question", ["Can I get an infection? it is red and spreading",
                                      "Can microneedling cause infection? I have pus"])
def test_a_report_beside_a_general_question_escalates(question: str) -> None:
    assert triage(question).escalate


def test_keeping_up_a_streak_is_no_red_streak() -> None:
    assert not triage("Is hot yoga ok the day after? I go every day and don't want to break my streak").escalate


def test_a_common_word_such_as_injected_is_not_read_as_a_misspelt_infected() -> None:
    assert not triage("How soon after microneedling may I have Botox injected into my forehead?").escalate


def test_asking_how_long_the_face_stays_swollen_asks_about_the_normal_course() -> None:
    assert not triage("How long will my face be swollen after treatment?").escalate


@pytest.mark.parametrize("message", ["my face is still swollen, how long does the swelling usually last",
                                     "my face is puffy, how long will it take to go down?"])
def test_a_swollen_face_told_with_no_day_beside_how_long_swelling_lasts_asks_about_the_normal_course(message: str) -> None:
    assert not triage(message).escalate


@pytest.mark.parametrize(("message", "day"), [
    ("my face is still swollen, how long does the swelling usually last", 6),
    ("my face is swollen and getting worse, how long does swelling last", None),
    ("my face is very swollen, how long till it goes down?", None),
    ("my lips are swollen how long does it last", None)])
def test_a_swollen_face_past_its_days_growing_or_told_as_severe_is_still_escalated_when_asking_how_long(
        message: str, day: int | None) -> None:
    assert triage(message, day).escalate


@pytest.mark.parametrize("message", ["redness was fading yesterday but today it's back and darker than before",
                                     "the swelling had gone down but now it's come back"])
def test_a_sign_told_as_back_after_it_went_is_escalated(message: str) -> None:
    assert triage(message, 4).escalate


@pytest.mark.parametrize("message", ["redness is gone and my skin is back to normal", "the redness is finally back down"])
def test_skin_told_as_back_to_normal_is_not_a_sign_come_back(message: str) -> None:
    assert not triage(message, 3).escalate


@pytest.mark.parametrize("question", ["is an allergic reaction possible from microneedling?",
                                      "is infection possible after microneedling?",
                                      "My friend asked me: can microneedling cause cold sores?"])
def test_asking_whether_a_sign_is_possible_or_after_a_colon_asks_about_it_in_general(question: str) -> None:
    assert not triage(question).escalate


@pytest.mark.parametrize("message", ["update: my face has pus now", "quick question: will my lips swell?"])
def test_a_report_after_a_colon_or_the_airway_asked_about_is_still_escalated(message: str) -> None:
    assert triage(message).escalate


@pytest.mark.parametrize("question", ["how long will the pus last?", "how long will my lips be swollen?"])
def test_asking_how_long_a_red_flag_lasts_is_still_escalated(question: str) -> None:
    assert triage(question).escalate


@pytest.mark.parametrize("question", [
    "there's a hot, hard swollen patch on my cheek and it's spreading",
    "I have a red patch near my nose that seems to be slowly spreading",
])
def test_a_sign_said_to_spread_further_on_in_the_sentence_escalates(question: str) -> None:
    assert triage(question).escalate


def test_spreading_a_cream_on_is_no_spreading_sign() -> None:
    assert not triage("I am spreading the serum on my face twice a day, is that ok?").escalate


@pytest.mark.parametrize("question", [
    "I have a rash with itchy bumps after the serum",
    "my face is itchy, burning, lumpy after the balm",
])
def test_a_rash_or_itchy_lumps_escalate_as_a_reaction(question: str) -> None:
    assert triage(question).reasons == ("allergic reaction",)


@pytest.mark.parametrize("question", [
    "what are the signs of an infection?",
    "what does an allergic reaction look like?",
    "what does an allergic reaction to microneedling look like?",
    "which parts of the face hurt more?",
    "can microneedling cause a rash?",
])
def test_asking_what_a_sign_looks_like_is_a_general_question(question: str) -> None:
    assert not triage(question).escalate


def test_lash_extensions_are_not_read_as_a_misspelt_rash() -> None:
    assert not triage("how long do i have to wait after microneedling to get lash extensions").escalate


@pytest.mark.parametrize("question", ["Just got home from my appointment and my face feels hot, like a sunburn. Is that normal?",
                                      "got back from the clinic an hour ago and my skin feels hot and tight"])
def test_warmth_on_the_way_home_from_the_appointment_is_the_normal_course(question: str) -> None:
    assert not triage(question).escalate


def test_still_red_three_days_later_is_within_the_72_hours_the_guides_give() -> None:
    assert not triage("I've got sensitive skin and I'm still red three days later. Normal?").escalate


@pytest.mark.parametrize("question", ["I'm still red 5 days later", "my face is still swollen a week later"])
def test_still_red_or_swollen_four_days_or_more_later_escalates(question: str) -> None:
    assert triage(question).escalate


def test_tender_and_sensitive_to_touch_the_day_after_is_the_normal_course() -> None:
    assert not triage("skin feels tender and sensitive to touch the day after, should I call someone?").escalate


def test_tender_and_sensitive_to_touch_on_day_5_still_escalates() -> None:
    assert triage("my skin is tender and sensitive to touch", 5).escalate


def test_asking_how_long_redness_lasts_on_day_4_asks_what_is_normal() -> None:
    assert not triage("how long does redness last after microneedling?", 4).escalate


def test_still_red_on_day_6_told_beside_a_how_long_question_escalates() -> None:
    assert triage("how long does redness last? I'm still red", 6).escalate


@pytest.mark.parametrize("question", [
    "woke up with my face puffy and swollen the morning after microneedling, is this an allergic reaction??",
    "I broke out in a bunch of small pimples a week after my session. Did it give me an infection?",
])
def test_a_diagnosis_asked_about_beside_normal_signs_is_a_worry_not_a_red_flag(question: str) -> None:
    assert not triage(question).escalate


@pytest.mark.parametrize("question", ["my skin is oozing yellow stuff, is this an infection?",
                                      "is this an allergic reaction? my lips are swelling",
                                      "I think I have an infection"])
def test_a_diagnosis_asked_about_beside_red_flag_signs_or_told_as_had_still_escalates(question: str) -> None:
    assert triage(question).escalate


def test_cold_sores_told_as_history_are_no_outbreak() -> None:
    assert not triage("I get cold sores sometimes - should I ask for an antiviral before my session?").escalate


@pytest.mark.parametrize("question", ["I get cold sores and now I have one on my lip", "I have a cold sore on my lip"])
def test_a_cold_sore_told_as_there_now_escalates(question: str) -> None:
    assert triage(question).escalate


def test_a_sign_told_as_there_now_inside_a_question_about_how_common_it_is_escalates() -> None:
    assert triage("how common is it to have pus now?").escalate


def test_skin_hot_to_the_touch_on_the_evening_of_treatment_is_the_normal_course() -> None:
    assert not triage("tonight my skin feels super tight and kind of hot to the touch", 0).escalate


def test_skin_hot_to_the_touch_two_days_after_escalates() -> None:
    assert triage("my cheek is hot to the touch", 2).escalate


def test_skin_hot_to_the_touch_on_a_day_not_known_escalates() -> None:
    assert triage("my cheek is hot to the touch").escalate


@pytest.mark.parametrize("question", [
    "my friend said it was absolute agony. is it actually painful?",
    "My sister had it done and she was bright red for like a week after. Will I be red that long?",
    "my sister said she got an infection afterwards and now I'm nervous about mine. How common is that?"])
def test_what_happened_to_someone_else_is_no_report_when_the_client_asks_about_their_own_case(question: str) -> None:
    assert not triage(question).escalate


@pytest.mark.parametrize("question", ["my son had it done and he got pus in it, should i take him in?",
                                      "my wife had it friday and she's got a fever now, will i need to call?"])
def test_a_sign_told_of_someone_else_asked_about_for_them_or_there_now_escalates(question: str) -> None:
    assert triage(question).escalate


def test_a_little_tenderness_to_the_touch_on_day_four_is_the_normal_course() -> None:
    assert not triage("it's still a bit tender to touch, is that normal?", 4).escalate


def test_skin_really_sore_to_the_touch_and_swollen_on_day_five_escalates() -> None:
    assert triage("my cheek is really sore to the touch and swollen on day 5", 5).escalate


def test_a_little_swelling_without_the_a_is_still_mild() -> None:
    assert not triage("My face is very red and little swell after the needle, this is normal thing?").escalate


@pytest.mark.parametrize("question", ["my skin is red day 1, its not spreading or anything, when can I exercise?",
                                      "the redness on my cheeks is not spreading, is that ok?"])
def test_a_sign_denied_right_before_its_last_word_is_no_report(question: str) -> None:
    assert not triage(question, 1).escalate


def test_a_negation_further_back_does_not_hide_spreading_swelling() -> None:
    assert triage("swelling not down and spreading").escalate


@pytest.mark.parametrize("question", ["no signs of pus or fever, just red on day 1, normal?",
                                      "no swelling or heat or pus, only pink on day 1"])
def test_a_negation_reaches_along_a_list_joined_by_or(question: str) -> None:
    assert not triage(question, 1).escalate


@pytest.mark.parametrize("question", ["no fever but pus coming out of a spot", "no swelling, fever of 39 since last night"])
def test_a_negation_does_not_reach_past_a_but_or_a_comma(question: str) -> None:
    assert triage(question, 2).escalate


def test_zero_denies_a_sign_as_no_does() -> None:
    assert not triage("Zero pain, zero pus, zero fever, just wondering when I'll actually see results").escalate


def test_zero_of_one_sign_does_not_deny_another_told_after_a_but() -> None:
    assert triage("zero fever but there's yellow pus coming out", 4).escalate


def test_lips_swelling_after_other_signs_denied_gets_emergency_services() -> None:
    assert triage("no fever or chills but lips swelling").emergency


def test_signs_named_in_the_clinics_condition_and_then_denied_are_no_report() -> None:
    assert not triage("The nurse said to call if I get a fever or pus - I have neither, just tight dry skin on day 1. "
                      "That's fine right?", 1).escalate


def test_asking_what_to_do_if_a_sign_comes_still_escalates() -> None:
    assert triage("what do I do if I get a fever").escalate


def test_asking_whether_an_infection_is_coming_is_a_worry_not_a_sign() -> None:
    assert not triage("i accidentally touched my face with dirty hands lol am i going to get an infection").escalate


@pytest.mark.parametrize("question", ["day 3 and there are these little white heads full of gunk where the needles went",
                                      "there's gunk coming out of a spot on my chin"])
def test_spots_full_of_gunk_or_gunk_coming_out_escalate(question: str) -> None:
    assert triage(question, 3).escalate


def test_a_sign_told_of_on_the_first_evening_is_no_lasting_sign_days_later() -> None:
    assert not triage("So I got it done Monday, bit red that evening but nothing crazy. Which of my products can I keep "
                      "using?", 4).escalate


def test_a_sign_told_of_on_the_first_night_and_still_there_escalates() -> None:
    assert triage("I was red the night after and I'm still red now", 6).escalate


def test_some_leftover_redness_in_the_second_week_is_the_guides_pinkish_hue() -> None:
    assert not triage("still some redness, is that expected?", 14).escalate


def test_a_part_of_the_face_called_the_bit_is_no_mild_sign() -> None:
    assert triage("the bit by my nose is still bright red", 6).escalate


def test_fever_in_spanish_escalates() -> None:
    assert triage("I have fiebre since yesterday after the treatment", 3).escalate


@pytest.mark.parametrize("question", ["the pain is more strong every day, not less",
                                      "the skin is very painful, I cannot touch, is worst than yesterday"])
def test_pain_growing_day_by_day_in_other_words_escalates(question: str) -> None:
    assert triage(question, 3).escalate


def test_a_general_question_after_and_in_the_same_sentence_is_not_a_report() -> None:
    assert not triage("what does it feel like during the treatment, and will my forehead hurt more than my cheeks?").escalate


@pytest.mark.parametrize("question", ["will the pus go away?", "is this normal, and will the pus go away?",
                                      "will my blisters heal?"])
def test_a_question_that_takes_the_sign_as_had_is_a_report_of_it(question: str) -> None:
    assert triage(question).escalate


def test_a_cold_sore_on_the_lip_goes_to_the_clinic_not_emergency_services() -> None:
    flags = triage("I have a cold sore on my lip")
    assert flags.escalate and not flags.emergency


def test_swelling_lips_still_lead_with_emergency_services() -> None:
    assert triage("my lips are swelling up").emergency


@pytest.mark.parametrize("question", ["my throat is closing up", "feels like my airway is narrowing", "my tongue feels thick"])
def test_a_closing_throat_or_thick_tongue_is_an_emergency(question: str) -> None:
    flags = triage(question)
    assert flags.escalate and flags.emergency


def test_asking_how_long_after_and_for_is_asking_what_is_normal() -> None:
    assert not triage("and for how long face swell?").escalate


@pytest.mark.parametrize("question", ["is redness normal after microneedling", "is swelling normal after microneedling?"])
def test_a_general_question_sent_with_a_treatment_date_is_no_lasting_sign(question: str) -> None:
    assert not triage(question, 6).escalate


def test_still_red_after_microneedling_on_day_6_is_a_lasting_sign() -> None:
    assert triage("still red after microneedling", 6).escalate


def test_a_misspelt_temperature_reading_in_the_fever_range_escalates() -> None:
    assert triage("got a temprature of 39 and my cheeks r burnin up", 2).escalate


@pytest.mark.parametrize("question", ["it hurts way more today than it did yesterday, is that normal?",
                                      "my face is more swollen today than yesterday"])
def test_a_sign_growing_since_yesterday_in_other_words_escalates(question: str) -> None:
    assert triage(question, 3).escalate


def test_asking_when_to_worry_about_infection_is_a_worry_not_a_sign() -> None:
    assert not triage("when should I worry about infection?").escalate


def test_one_part_of_the_face_hurting_more_than_another_is_how_the_procedure_feels() -> None:
    assert not triage("Why did my forehead and upper lip hurt way more than my cheeks??").escalate


def test_a_general_question_after_a_comma_is_not_a_report() -> None:
    assert not triage("had it done today, will my face swell up tomorrow?? big meeting at 9").escalate


def test_a_sign_told_before_a_general_question_after_a_comma_still_escalates() -> None:
    assert triage("my lips are swelling, will it go down?").escalate


@pytest.mark.parametrize("question", ["treated last friday, is it ok to go to hot yoga tomorrow?",
                                      "had it done a week ago, can I do a hot yoga class tomorrow?"])
def test_the_heat_of_an_activity_a_week_later_is_no_lasting_sign(question: str) -> None:
    assert not triage(question, 7).escalate


def test_a_face_still_hot_on_day_6_is_a_lasting_sign() -> None:
    assert triage("face hot day 6", 6).escalate


def test_being_ill_on_the_day_of_a_booking_is_no_sign_after_treatment() -> None:
    assert not triage("what's your cancellation policy if I'm ill on the day").escalate


def test_a_mates_infection_told_as_a_story_is_no_report_when_the_client_asks_about_their_own_case() -> None:
    assert not triage("my mate got an infection after having it done somewhere cheap. how do I make sure that doesnt "
                      "happen to me?").escalate


@pytest.mark.parametrize("question", [
    "day 3 and my face looks worse than before i went in, dry and flaky",
    "is it normal for my face to be swollen the day after",
    "my friend got an infection after hers so im paranoid lol. mine is just pink and tight, had it done this morning",
    "i'm day 3 and still a little red - nothing like the horror stories with blisters and pus i read online",
])
def test_a_sign_compared_with_before_the_treatment_or_told_of_others_is_no_red_flag(question: str) -> None:
    assert not triage(question).escalate


@pytest.mark.parametrize("question", [
    "my redness looks worse than before",
    "my friend got pus after hers and mine is oozing yellow now",
    "I read about pus and now I have pus on my chin",
])
def test_the_same_signs_told_as_growing_or_as_the_clients_own_still_escalate(question: str) -> None:
    assert triage(question).escalate


def test_asking_whether_a_sign_will_still_be_there_on_a_later_day_is_no_report_of_it() -> None:
    assert not triage("I had my treatment on Tuesday and have a wedding Saturday - will I still be red for the photos?",
                      day=4).escalate


@pytest.mark.parametrize("question", [
    "I have a job interview on Friday. Is my face still going to be red by then?",
    "am I going to be red for my party?",
])
def test_asking_whether_a_sign_is_going_to_be_there_later_is_no_report_of_it(question: str) -> None:
    assert not triage(question, day=5).escalate


def test_a_sign_told_as_still_there_before_asking_if_it_is_going_to_stay_escalates() -> None:
    assert triage("I'm still really red, is it going to stay like this?", day=5).escalate


def test_the_same_sign_told_as_still_there_now_escalates() -> None:
    assert triage("had it tuesday, will I still be red? it's still bright red now", day=4).escalate


def test_bleeding_told_as_not_stopping_further_on_in_the_sentence_escalates() -> None:
    assert triage("I'm bleeding from a spot near my nose and it wont stop, been 20 min now").escalate


@pytest.mark.parametrize("question", [
    "how do I know if it's infected?",
    "what if it gets infected?",
    "does the red mean its infected?? freaking out, did it 3 hrs ago",
    "I've got a big presentation monday and im getting it done friday, will my face still be swollen??",
])
def test_asking_how_to_tell_or_what_if_or_whether_a_sign_will_still_be_there_is_no_report(question: str) -> None:
    assert not triage(question).escalate


@pytest.mark.parametrize("question, day", [
    ("I'm a bit worried - my face feels hot and tight tonight after my session this afternoon. No fever, no pus, nothing "
     "like that, just hot and tight. Is that ok?", None),
    ("had it done monday, first two days I was red like a tomato, then wednesday it calmed down, but now today my cheeks "
     "are all flaky and rough, should I scrub it?", 5),
    ("got my 2nd session on the 28th. how red will i be on the 31st?", 7),
])
def test_signs_denied_by_name_told_of_the_first_days_or_asked_of_a_later_day_are_no_red_flag(question: str,
                                                                                            day: int | None) -> None:
    assert not triage(question, day=day).escalate


@pytest.mark.parametrize("question", [
    "its been bleeding on and off all day from my forehead",
    "nicked a treated spot shaving and its bleeding loads, cant get it to stop",
])
def test_bleeding_told_as_going_on_or_not_stopped_by_the_client_escalates(question: str) -> None:
    assert triage(question).reasons == ("bleeding that does not stop",)


def test_a_face_blown_up_with_eyes_that_barely_open_escalates() -> None:
    assert set(triage("my whole face has blown up, i can barely open my eyes").reasons) == {
        "allergic reaction", "eyes or vision"}


def test_asking_whether_bleeding_is_normal_reports_no_bleeding() -> None:
    assert not triage("is bleeding normal after microneedling?").escalate


def test_asking_how_a_friends_infection_came_about_reports_no_sign() -> None:
    assert not triage("my friend got an infection after microneedling somewhere else, how does that happen?").escalate


def test_asking_what_to_do_for_a_friend_with_an_infection_still_escalates() -> None:
    assert triage("my friend got an infection after microneedling, should I take her to the doctor?").escalate


@pytest.mark.parametrize("question", [
    "had it yesterday, my skin feels tight and warm. My roommate said that's an infection starting. is it???",
    "day 2 and my face is a bit swollen, only mildly. my sister is convinced I'm having an allergic reaction",
])
def test_a_diagnosis_a_friend_or_relative_guesses_at_is_no_sign(question: str) -> None:
    assert not triage(question, day=1).escalate


def test_a_diagnosis_a_relative_guesses_at_beside_a_red_flag_still_escalates() -> None:
    assert triage("my sister said it's an infection, there's pus").escalate


def test_heat_that_spreads_escalates() -> None:
    assert triage("it's hot and spreading").reasons == ("infection",)


def test_an_emoji_ends_the_clause_of_a_coworkers_story() -> None:
    assert not triage("my coworker said her face blew up like a balloon after hers 🎈 will I swell up too?").escalate


@pytest.mark.parametrize(("question", "reason"), [
    ("my face is like a balloon this morning is that normal??", "allergic reaction"),
    ("lips feel weird and fat and kinda tingly", "allergic reaction"),
    ("my eye is closing up on the left side", "eyes or vision"),
    ("can i go to the gym tmrw, been feeling feverish tho", "infection"),
    ("glands in my neck are swollen and my face is red n sore", "infection"),
    ("sweats n shakes all night, is that from the needling or just flu?", "infection"),
    ("lol my face is a tomato and boiling hot and swelling more by the hour, day 3", "infection"),
    ("it wont clot, keeps dripping", "bleeding that does not stop"),
    ("is it normal my face is puffy and im feeling hot and cold?", "infection"),
    ("its bigger now than when i woke up", "infection"),
])
def test_a_red_flag_in_everyday_words_escalates(question: str, reason: str) -> None:
    assert reason in triage(question).reasons


def test_asking_whether_lips_go_numb_reports_nothing() -> None:
    assert not triage("will my lips feel numb?").escalate


def test_pores_on_the_cheeks_told_as_huge_are_no_swelling() -> None:
    assert not triage("the pores on my cheeks are huge, will microneedling help?").escalate


@pytest.mark.parametrize(("question", "reason"), [
    ("bleding dont stop from cheek", "bleeding that does not stop"),
    ("its bleding and bleding", "bleeding that does not stop"),
    ("my face is burning like fire and growing", "infection"),
    ("i have hot in body since night", "infection"),
    ("redness spred to my ear now", "infection"),
    ("the skin is making water and yellow", "infection"),
    ("my face swel after 3 day, more big every day", "infection"),
    ("tounge swelling after numbing cream", "allergic reaction"),
    ("and now is very big and my eye close", "eyes or vision"),
])
def test_a_red_flag_misspelt_or_told_word_for_word_from_another_language_escalates(question: str, reason: str) -> None:
    assert reason in triage(question).reasons


@pytest.mark.parametrize("question", ["warm and a bit tight on day 2, all chill?", "do I keep my eyes closed during the treatment?"])
def test_slang_or_a_question_about_the_procedure_reports_no_sign(question: str) -> None:
    assert not triage(question).escalate


@pytest.mark.parametrize("question", ["been flaking for 3 weeks now", "is it normal to still be peeling after 5 weeks",
                                      "red and hot since wednesday and its not calming down at all"])
def test_flaking_told_as_lasting_weeks_or_redness_not_calming_escalates(question: str) -> None:
    assert triage(question).escalate


def test_asking_whether_flaking_lasts_weeks_reports_nothing() -> None:
    assert not triage("will I be flaking for 3 weeks?").escalate


def test_tender_to_touch_is_the_guides_sensitivity_to_touch_unless_told_as_severe() -> None:
    assert not triage("tender to touch, like a bruise but no bruise. fine?").escalate
    assert triage("my cheek is really tender to the touch").escalate


@pytest.mark.parametrize("question", [
    "I don't want to bother anyone but my lip looks bigger than it did yesterday",
    "smells a bit funny around my nose area, like off",
    "there's a white-headed bump that is hot and sore",
    "one spot on my cheek has gone hard, hot and yellowish",
    "there's a funky smell coming from my forehead and it's kinda wet",
])
def test_a_red_flag_told_in_passing_or_hedged_escalates(question: str) -> None:
    assert triage(question).escalate


def test_a_product_that_smells_odd_is_no_sign() -> None:
    assert not triage("the lady was lovely and the numbing cream smelled a bit weird lol").escalate


@pytest.mark.parametrize("question", [
    "chest pain after microneedling is that normal", "cant catch my breath and my face is burning", "chest feels tight",
    "can't stop shaking", "my face is drooping on one side", "my arm went numb", "my lips r blue", "heart racing",
    "vision gone blurry on one side", "worst headache of my life",
])
def test_a_sign_of_a_medical_emergency_gets_emergency_services_first(question: str) -> None:
    flags = triage(question)
    assert flags.escalate and flags.emergency


@pytest.mark.parametrize(("question", "reason"), [
    ("I put on the serum they gave me and now I'm itchy and puffy", "allergic reaction"),
    ("bleeding from the spots on my forehead hasn't stopped for an hour", "bleeding that does not stop"),
])
def test_itching_with_puffiness_or_bleeding_that_has_not_stopped_escalates(question: str, reason: str) -> None:
    assert reason in triage(question).reasons


def test_fainting_at_another_occasion_told_beside_a_question_is_history() -> None:
    assert not triage("I nearly fainted at my last blood test, but what does it actually feel like while they're doing"
                      " it?").escalate


def test_fainting_told_as_now_after_another_occasion_still_escalates() -> None:
    assert triage("I fainted at my blood test last year and now I feel faint again, help?").emergency


def test_fainting_at_a_past_session_of_the_treatment_still_escalates() -> None:
    assert triage("I nearly fainted at my last session, is that normal?").escalate


@pytest.mark.parametrize("question", [
    "how do i make sure i dont get infected afterwards",
    "infection only happens if the clinic was dirty, nothing I do matters right?",
])
def test_asking_how_infection_comes_about_or_is_prevented_reports_no_sign(question: str) -> None:
    assert not triage(question).escalate


def test_preventing_infection_asked_beside_a_sign_still_escalates() -> None:
    assert triage("how do i make sure it doesnt get infected, its oozing yellow").escalate


@pytest.mark.parametrize("question", [
    "hot all over and my temp is high", "my temp is up a bit", "high temp since last night",
])
def test_a_temperature_told_as_high_without_a_reading_escalates(question: str) -> None:
    assert triage(question).reasons == ("infection",)


@pytest.mark.parametrize("question", [
    "slight swelling under my eyes the morning after, should i be concerned or is that expected",
    "Bit swollen under the eyes this morning, which the nurse said could happen",
])
def test_slight_puffiness_under_the_eyes_on_the_first_days_is_the_normal_course(question: str) -> None:
    assert not triage(question, day=1).escalate


@pytest.mark.parametrize(("question", "day"), [
    ("my eyes are swelling shut", 1), ("slightly puffy under my eyes and my lips are swelling", 1),
    ("slight swelling under my eyes", 5),
])
def test_eye_swelling_that_closes_touches_the_airway_or_lasts_still_escalates(question: str, day: int) -> None:
    assert triage(question, day=day).escalate


@pytest.mark.parametrize("question", [
    "flu-ish since last night, had it done tuesday", "feel like im coming down with something, day 2",
    "feel grotty and achey, prob nothing?", "teeth chattering and goosebumps, is it the needles?",
    "feeling a bit off in myself today, not just the skin", "come over all hot and cold",
    "spots with white heads that hurt on my cheeks", "weepy patches on forehead, kinda sticky",
])
def test_feeling_ill_or_an_infected_spot_told_in_everyday_words_escalates(question: str) -> None:
    assert triage(question).reasons == ("infection",)


@pytest.mark.parametrize("question", [
    "my tongue is tingling", "my mouth feels weird, like fuzzy and swollen on the inside",
    "bit of swelling which is fine but my voice has gone all hoarse", "tight skin and a tight throat lol is this a thing",
    "my throat feels funny and a bit itchy after the treatment",
])
def test_a_sign_of_the_mouth_throat_or_voice_gets_emergency_services_first(question: str) -> None:
    flags = triage(question)
    assert flags.reasons == ("allergic reaction",) and flags.emergency


@pytest.mark.parametrize("question", [
    "ok this feels like when I react to shellfish", "mild swelling and warmth which i expected, but I'm itchy all over my arms",
    "only my right cheek is puffed up, the other side looks normal", "left side of my face is swollen but the right side is fine??",
    "woke up and my eyes are so puffy I can barely open them",
])
def test_a_reaction_told_in_the_clients_own_terms_escalates(question: str) -> None:
    assert "allergic reaction" in triage(question, day=1).reasons


@pytest.mark.parametrize("question", ["face is swollen and i feel dizzy and lightheaded", "I'm covered in hives and my lips are huge"])
def test_a_reaction_with_dizziness_or_the_lips_gets_emergency_services_first(question: str) -> None:
    assert triage(question).emergency


def test_tingling_lips_put_down_to_the_numbing_cream_are_no_sign() -> None:
    assert not triage("the numbing cream made my lips tingle a bit, normal?").escalate


def test_puffy_eyes_with_itching_denied_are_the_normal_course_of_the_first_days() -> None:
    assert not triage("face a bit swollen, mostly around the eyes, day after. no itching or anything", day=1).escalate


def test_asking_whether_feeling_hot_afterwards_is_normal_reports_nothing() -> None:
    assert not triage("is it normal to feel hot afterwards?").escalate


def test_asking_whether_pus_afterwards_is_normal_still_escalates() -> None:
    assert triage("is it normal to have pus afterwards?").escalate


@pytest.mark.parametrize("question", [
    "needles make me pass out, can I bring my mum in with me?",
    "I used to get infected piercings, what are the chances of infection with this?",
    "last time i had microneedling i got infected. this time so far so good, day 2, just red and kinda tight",
])
def test_what_usually_happens_to_the_client_or_happened_another_time_is_history(question: str) -> None:
    assert not triage(question, day=2).escalate


def test_a_sign_told_as_there_now_after_a_history_still_escalates() -> None:
    assert triage("I got an infection at another clinic last year and now there's pus").escalate


def test_asking_whether_a_rule_still_holds_tells_no_cold_sore_as_there() -> None:
    assert not triage("i get cold sores a lot - can i still put vaseline-type moisturizer on after?").escalate


def test_a_cold_sore_told_as_there_now_after_the_history_still_escalates() -> None:
    assert triage("i get cold sores a lot and now there's one on my lip, can i still go?").escalate


@pytest.mark.parametrize("question", [
    "siento que se me cierra la garganta", "j'ai du mal à respirer depuis le soin", "cant breth proply",
])
def test_breathing_or_the_throat_told_in_another_language_or_misspelt_gets_emergency_services_first(question: str) -> None:
    assert triage(question).emergency


@pytest.mark.parametrize(("question", "reason"), [
    ("i think im haveing an alergic reacton", "allergic reaction"),
    ("the skin on my nose is raw and shiny like a burn and it stings like hell", "blisters, open sores or crusting"),
    ("skin is coming off in sheets and it's raw and wet underneath", "blisters, open sores or crusting"),
    ("it's like there's a golf ball under my cheek", "infection"),
    ("skin on my cheek turned blackish and is numb", "fainting, dizziness or skin turning dark"),
])
def test_a_sign_told_without_its_usual_words_escalates(question: str, reason: str) -> None:
    assert reason in triage(question).reasons


@pytest.mark.parametrize("question", [
    "Has anyone gotten an infection from this", "could I have an allergic reaction to the numbing cream?",
])
def test_asking_about_others_or_what_could_happen_reports_no_sign(question: str) -> None:
    assert not triage(question).escalate


def test_breathing_told_as_fine_is_no_sign_of_the_airway() -> None:
    assert not triage("my face is swollen, breathing is fine").emergency


def test_slight_puffiness_round_the_eyes_without_a_day_is_taken_as_the_first_days() -> None:
    assert not triage("bit swollen round the eyes, can I wear makeup tomorrow?").escalate


def test_blood_told_by_what_it_marks_escalates() -> None:
    assert triage("it keeps spotting through the tissue").reasons == ("bleeding that does not stop",)


def test_a_red_flag_asked_about_in_general_is_kept_for_the_answer_to_name() -> None:
    flags = triage("would a fever mean something's wrong?")
    assert not flags.escalate and red_flag_words(flags.asked_of) == {"fever"}


def test_a_normal_effect_asked_about_names_no_red_flag() -> None:
    assert red_flag_words(triage("will my face swell?").asked_of) == frozenset()


def test_asking_whether_a_normal_effect_means_infection_is_a_worry_not_a_sign() -> None:
    assert not triage("does warmth mean its infected? mine feels warm day 1", day=1).escalate


@pytest.mark.parametrize(("question", "reason"), [
    ("faint", "fainting, dizziness or skin turning dark"), ("very painful day 3", "severe or worsening pain"),
    ("bled thru bandage", "bleeding that does not stop"),
])
def test_a_sign_told_in_a_word_or_two_escalates(question: str, reason: str) -> None:
    assert triage(question).reasons == (reason,)


def test_heat_likened_to_the_guides_sunburn_without_a_day_is_the_normal_course() -> None:
    assert not triage("my face feels hot like a sunburn").escalate


def test_heat_likened_to_a_sunburn_on_day_six_is_lasting() -> None:
    assert triage("my face feels hot like a sunburn", day=6).escalate


@pytest.mark.parametrize("question", ["no puedo respirar bien y tengo la cara hinchada", "no puedo respirar bien"])
def test_cannot_breathe_in_spanish_is_no_english_negation_and_gets_emergency_services_first(question: str) -> None:
    assert triage(question).emergency


@pytest.mark.parametrize("question", [
    "bit of a temp, nothing major, 38.2. can i go to yoga?", "thermometer says 39.4", "temp of 39 degrees",
])
def test_a_temperature_told_by_its_reading_alone_escalates(question: str) -> None:
    assert triage(question).reasons == ("infection",)


def test_blisters_told_in_german_escalate() -> None:
    assert triage("Gesicht voller Blasen, tut sehr weh").reasons == ("blisters, open sores or crusting",)


@pytest.mark.parametrize(("question", "day"), [
    ("crusty flakes round my nose", 4), ("throbbing a little and warm", 1),
    ("my face is swollen a bit, I can breathe fine, just puffy", 1),
    ("bit of swelling under my eyes, can I do yoga tomorrow?", 1),
])
def test_a_normal_effect_told_in_a_scary_word_but_told_as_slight_is_the_normal_course(question: str, day: int) -> None:
    assert not triage(question, day=day).escalate


def test_crust_as_such_still_escalates() -> None:
    assert triage("yellow crust on my chin", day=4).escalate


@pytest.mark.parametrize("question", ["ela desmaiou agora", "mam duszności po zabiegu", "er bekommt schlecht Luft", "è svenuta"])
def test_fainting_or_breathlessness_in_another_language_gets_emergency_services_first(question: str) -> None:
    assert triage(question).emergency


@pytest.mark.parametrize(("question", "reason"), [
    ("sangra sin parar", "bleeding that does not stop"), ("Schüttelfrost seit gestern", "infection"),
])
def test_bleeding_or_chills_in_another_language_escalates(question: str, reason: str) -> None:
    assert triage(question).reasons == (reason,)


@pytest.mark.parametrize("question", [
    "he doesn't have a temperature, just flaky", "I read online about throat swelling, can that happen?",
])
def test_a_sign_denied_or_read_about_is_no_report(question: str) -> None:
    assert not triage(question).escalate


def test_skin_that_keeps_dripping_escalates() -> None:
    assert triage("its been 3 hours and it keeps dripping").reasons == ("bleeding that does not stop",)


@pytest.mark.parametrize("question", [
    "i get cold sores, can this set one off", "I have a history of herpes, is microneedling ok for me?",
])
def test_a_history_of_cold_sores_asked_about_is_no_outbreak(question: str) -> None:
    assert not triage(question).escalate


def test_herpes_told_as_there_now_escalates() -> None:
    assert triage("I have herpes on my lip right now").escalate


def test_a_sign_told_after_a_question_of_care_escalates() -> None:
    assert triage("can i put sudocrem on the weepy bits? theyre oozing yellowish stuff").escalate


def test_a_question_naming_what_they_are_doing_is_no_report_without_a_sign() -> None:
    assert not triage("can i use my retinol, they are peeling a bit").escalate


@pytest.mark.parametrize("question", ["6 weeks on and i've got hard lumps under the skin on my cheek",
                                      "my cheek is still numb 3 days later, is that normal",
                                      "pins and needles in my chin that hasnt gone away, its been a week",
                                      "theres dark brown patches coming up on my cheeks, 3 weeks since my session",
                                      "white blotchy patches where they needled, skin looks lighter than the rest"])
def test_lumps_lasting_numbness_and_new_patches_of_colour_escalate(question: str) -> None:
    assert triage(question).escalate


@pytest.mark.parametrize("question", ["how many sessions for my dark spots?", "when will my dark spots fade",
                                      "face still numb from the cream, can I eat?", "can microneedling cause numbness?"])
def test_dark_spots_the_treatment_is_for_and_the_numbing_cream_wearing_off_do_not_escalate(question: str) -> None:
    assert not triage(question).escalate


def test_a_bubble_bath_is_no_blister() -> None:
    assert not triage("is a bubble bath with bath bombs ok on day 2", 2).escalate


@pytest.mark.parametrize("question", [
    "I don't think it's infected. Can I wear makeup tonight?",
    "now I'm convinced it's infected (no pus, no fever, just red). When should the redness be gone?",
    "I'm scared it's getting infected because my skin is peeling, but there's no pus, no swelling, nothing oozing",
])
def test_an_infection_denied_or_feared_with_its_signs_denied_is_no_report(question: str) -> None:
    assert not triage(question, 2).escalate


@pytest.mark.parametrize("question", ["I'm worried it's infected", "I'm scared it's infected, there's pus",
                                      "nothing but pus coming out"])
def test_an_infection_feared_without_its_signs_denied_still_escalates(question: str) -> None:
    assert triage(question, 2).escalate


def test_redness_told_as_gone_within_a_week_is_not_lasting() -> None:
    assert not triage("All the redness went within a week after my treatment. How many weeks between sessions?", 25).escalate


@pytest.mark.parametrize("question", ["the dryness is still there 3 weeks later, my skin is cracking",
                                      "the flaking stopped days ago but now on day 12 my skin is peeling in big sheets",
                                      "skin's gone blotchy and darker in patches 2 weeks after"])
def test_cracking_skin_peeling_in_sheets_and_patches_going_darker_escalate(question: str) -> None:
    assert triage(question).escalate


def test_what_went_on_at_another_occasion_is_of_then_in_the_clause_that_goes_on_with_it() -> None:
    assert not triage("I had a TCA peel last year and shed in big sheets for a week. "
                      "Am I going to peel like that after microneedling?").escalate


@pytest.mark.parametrize("question", ["should i stop the serum? face is bright red raised and itchy",
                                      "itching so bad i cant sleep, been using the hyaluronic serum you gave me",
                                      "my face is really itchy since i started the new moisturiser",
                                      "burning sensation that's getting stronger after applying the post care cream",
                                      "face burning like fire after sunscreen, washed it off and it still wont calm down"])
def test_a_reaction_to_a_product_escalates(question: str) -> None:
    assert triage(question).reasons == ("allergic reaction",)


@pytest.mark.parametrize("question", ["it stings a bit when i put moisturiser on", "does it burn when they put the numbing cream on?"])
def test_the_sensitivity_when_applying_products_the_guides_describe_does_not_escalate(question: str) -> None:
    assert not triage(question, 1).escalate


@pytest.mark.parametrize("question", ["should I take valtrex before my appointment? i get fever blisters",
                                      "on doxycycline for a chest infection, can I still go ahead tomorrow?",
                                      "im taking antibiotics now so I cant get an infection after right?",
                                      "had a fever last week with the flu, all better now - ok to keep my appointment on monday?"])
def test_an_illness_of_another_time_or_place_told_before_a_question_is_no_red_flag(question: str) -> None:
    assert not triage(question).escalate


def test_fever_blisters_told_as_there_are_a_cold_sore() -> None:
    assert triage("I have fever blisters on my lip").reasons == ("cold sore outbreak",)


@pytest.mark.parametrize("question", ["I get cold sores - should I have taken Valtrex before my MN session?",
                                      "a TikTok dermatologist said to ice your face right after microneedling to stop swelling, should I?"])
def test_a_habit_or_a_purpose_told_in_a_question_is_no_report(question: str) -> None:
    assert not triage(question).escalate


def test_swelling_with_the_or_my_in_a_purpose_is_still_told_as_there() -> None:
    assert triage("took an antihistamine to stop the swelling of my lips").emergency


def test_an_open_cut_before_the_appointment_asks_whether_to_be_treated() -> None:
    assert not triage("I nicked myself shaving and have a small open cut on my jaw. "
                      "Should I still go to my appointment tomorrow?").escalate


@pytest.mark.parametrize("question", ["i have an open sore on my chin, should i still go to my next session?",
                                      "I have an open sore since my treatment, should I still go?",
                                      "i have a cold sore, is it ok to still have my treatment on friday?"])
def test_a_sore_once_treated_or_a_cold_sore_is_still_a_red_flag(question: str) -> None:
    assert triage(question).escalate


@pytest.mark.parametrize("question", ["blood from my cheek not stop since this morning",
                                      "little bumps with white top very pain and hot",
                                      "my face is very hot and have water coming"])
def test_signs_told_without_their_usual_words_escalate(question: str) -> None:
    assert triage(question, 4).escalate


@pytest.mark.parametrize("question", ["im on warfarin and it hasnt stopped bleeding since the appointment",
                                      "the redness was just my cheeks but now its creeping down onto my neck",
                                      "my face is soooo itchy I can't stop scratching it, day 2",
                                      "really sharp stabbing pain in one spot"])
def test_more_ways_of_telling_a_red_flag_escalate(question: str) -> None:
    assert triage(question).escalate


@pytest.mark.parametrize("question", [
    "my friend got an infection after hers at some cheap place, how does that even happen",
    "a girl on tiktok said she got an infection from microneedling, should I be scared?",
    "my friends face swelled up and she couldnt breathe after hers last year, could that happen to me?",
    "my mum got shingles after a procedure once, can microneedling trigger that?",
    "I read online some people get a fever after, is that true?",
    "what would pus mean after microneedling?",
    "got hives from a facial back in 2019, will this do the same?",
    "I had a cold sore last month, is that a problem now?",
    "ok so yesterday i thought there was pus but it was just leftover serum lol. everything's fine, just a bit red",
    "It's day 2, still red but no pus, no fever, nothing spreading",
])
def test_others_stories_history_general_questions_and_signs_taken_back_do_not_escalate(question: str) -> None:
    assert not triage(question, 2).escalate


def test_warmth_on_the_day_with_a_fever_denied_is_the_normal_course_but_not_one_that_is_not_getting_better() -> None:
    assert not triage("feel hot and flushed, not feverish at all, just my face", 0).escalate
    assert triage("feel hot and not getting better", 0).escalate


def test_a_sore_throat_is_no_open_sore() -> None:
    assert not triage("I woke up with a cold and a sore throat, my appointment is this afternoon. should I still come?").escalate


@pytest.mark.parametrize("question", [
    "there are dark brown patches on my cheeks that weren't there before the session",
    "one spot on my cheek has gone white-grey and feels cold",
    "purple blotches like bruises came up all over the treated area",
    "bruises all over my cheeks",
    "my skin has gone a weird lacy purple pattern",
    "my eye is red, watering and stinging since the session",
])
def test_skin_changing_colour_bruising_all_over_and_a_sore_eye_escalate(question: str) -> None:
    assert triage(question, 1).escalate


@pytest.mark.parametrize("question", ["will the dark spots I got after microneedling fade on their own?",
                                      "I got brown spots after my treatment, how long until they go away?",
                                      "got some dark patches since my second session"])
def test_dark_spots_the_client_got_from_a_session_are_the_guides_hyperpigmentation(question: str) -> None:
    assert triage(question, 10).reasons == ("pigmentation changes",)


@pytest.mark.parametrize("question", ["I have dark spots after years of sun, will microneedling help?",
                                      "will MN help the dark marks I got from old pimples",
                                      "can microneedling give you dark spots?"])
def test_dark_spots_the_treatment_is_for_or_asked_of_do_not_escalate(question: str) -> None:
    assert not triage(question, 10).escalate


@pytest.mark.parametrize("question", ["red around my eyes on day 1", "my skin looks pale and dry"])
def test_redness_round_the_eyes_and_pale_dry_skin_do_not_escalate(question: str) -> None:
    assert not triage(question, 1).escalate


@pytest.mark.parametrize("question", [
    "my sister's face was swollen for a week after hers, will mine be like that?",
    "I had a fever last week before my treatment but im fine now, does that matter",
    "my mum's face swelled up and she couldnt breathe after fillers once, that wont happen with this will it?",
    "read online microneedling can trigger herpes outbreaks, true?",
    "my friend's face got infected after she used a derma roller at home. is DIY risky?",
    "my friend had pus after hers, what causes that?",
    "I had a skin infection on my face 2 yrs ago, totally healed. can i still do microneedling?",
])
def test_more_stories_and_history_told_beside_a_question_of_the_clients_own_do_not_escalate(question: str) -> None:
    assert not triage(question).escalate


def test_someone_else_reported_as_now_still_escalates() -> None:
    assert triage("my sister's face is swollen and she can't breathe, what do we do").emergency


@pytest.mark.parametrize("question", ["mam ropa on my cheek yellow and hurt", "vermelhidão espalhando pro pescoço and hot",
                                      "la rougeur s etend vers le cou"])
def test_pus_and_spreading_in_other_languages_escalate(question: str) -> None:
    assert triage(question).escalate


def test_how_to_tell_an_infection_asked_in_broken_english_is_a_question() -> None:
    assert not triage("how i know if is infection").escalate


@pytest.mark.parametrize("question", ["my nose started bleeding and its been 30 mins",
                                      "still pinpoint bleeding on day 3, is that ok",
                                      "lump under my jaw is swollen and sore since the treatment",
                                      "the lymph nodes behind my ear feel like marbles",
                                      "some of the serum got in my eye and it's stinging loads and still red hours later"])
def test_bleeding_by_how_long_glands_and_something_in_the_eye_escalate(question: str) -> None:
    assert triage(question, 3).escalate


def test_a_swollen_face_beside_puffy_eyes_the_morning_after_is_the_normal_course() -> None:
    assert not triage("my face is a bit swollen and my eyes are puffy this morning", 1).escalate


def test_breathing_told_fine_without_is_keeps_swelling_off_the_emergency_line() -> None:
    assert not triage("my face is swollen like a balloon haha but breathing totally fine", 0).emergency


@pytest.mark.parametrize("question", [
    "my mum had an awful allergic reaction to a facial once, face swelled up and she couldnt breathe. could that happen with this?",
    "my friend said her face swelled up so much she ended up in A&E, does that happen a lot?",
])
def test_the_clauses_that_go_on_with_someone_elses_story_are_theirs(question: str) -> None:
    assert not triage(question).escalate


@pytest.mark.parametrize("question", ["part of my cheek is purple-black", "cant feel the left side of my face",
                                      "face feels like it's on fire and it's spreading",
                                      "lines that aren't fading after a month",
                                      "bleeding every time i wash my face, day 2",
                                      "is it normal for the dots to have yellow heads in them?",
                                      "my eye is red, gritty and watering"])
def test_signs_told_as_if_normal_escalate(question: str) -> None:
    assert triage(question).escalate


@pytest.mark.parametrize("question", ["my fine lines aren't fading after a month", "I have black skin, is it safe?",
                                      "is the swelling going to go down fast?"])
def test_fine_lines_skin_colour_and_a_question_of_speed_do_not_escalate(question: str) -> None:
    assert not triage(question).escalate


def test_swelling_spreading_fast_is_an_emergency() -> None:
    assert triage("whole face swollen, spreading to my neck fast").emergency


def test_bleeding_the_client_cannot_stop_escalates_whatever_the_words_between() -> None:
    assert triage("i can't get a spot on my chin to stop bleeding").escalate


def test_an_infection_someone_says_the_client_will_get_is_no_report() -> None:
    assert not triage("my mum keeps saying I'll get an infection if I wear makeup").escalate


@pytest.mark.parametrize("question", ["my right eye has been red and watery since the session",
                                      "feels like theres sand in my eye and it's all goopy this morning"])
def test_an_eye_told_watering_goopy_or_gritty_in_more_words_escalates(question: str) -> None:
    assert "eyes or vision" in triage(question, 1).reasons


def test_an_eye_cream_that_stings_is_no_eye_sign() -> None:
    assert not triage("can I use my eye cream, it was stinging", 1).escalate


@pytest.mark.parametrize("question", ["should i be worried that it's sorer every day? its been 5 days",
                                      "it's getting achier every day"])
def test_pain_told_as_growing_in_one_word_escalates(question: str) -> None:
    assert triage(question, 5).escalate


def test_a_place_sorer_than_another_during_the_treatment_is_no_growing_pain() -> None:
    assert not triage("my forehead was sorer than my cheeks during it").escalate


def test_lips_tingling_as_a_cold_sore_comes_go_to_the_clinic_not_emergency_services() -> None:
    flags = triage("ugh my lip is tingling and theres a cold sore coming up right where she needled, can I put my "
                   "usual lip balm on it", 2)
    assert flags.escalate and "cold sore outbreak" in flags.reasons and not flags.emergency


@pytest.mark.parametrize("question", ["I had a staph infection a few years back, does that matter?",
                                      "I got hives from a face mask once, should I tell them before my next one?",
                                      "I had hives last time, will I get them again?"])
def test_a_sign_at_another_time_is_history_not_a_report(question: str) -> None:
    assert not triage(question).escalate


@pytest.mark.parametrize("question", ["I got hives once, now again today", "I got hives 2 years ago, and it came back this morning"])
def test_a_sign_of_then_told_as_back_now_escalates(question: str) -> None:
    assert triage(question).escalate


def test_asking_whether_a_place_hurt_more_for_others_is_no_growing_pain() -> None:
    assert not triage("did the forehead hurt more for anyone else? mine was way worse there").escalate


def test_lips_a_bit_puffy_with_breathing_told_fine_go_to_the_clinic_not_emergency_services() -> None:
    flags = triage("my lips are a bit puffy where they did round the mouth, breathing totally fine", 0)
    assert flags.escalate and not flags.emergency


def test_lips_swelling_with_breathing_fine_for_now_still_get_emergency_services() -> None:
    assert triage("my lips are swelling up, breathing fine for now", 0).emergency


def test_skin_gone_white_for_a_moment_under_the_numbing_cream_is_no_colour_change() -> None:
    assert not triage("numbing cream tingled loads and my skin went white for a bit", 0).escalate


def test_skin_that_feels_like_it_cracked_is_tightness_not_a_crack() -> None:
    assert not triage("face super tight and dry, like it cracked when i smiled", 1).escalate


@pytest.mark.parametrize("question", ["deep cracks across my forehead, guess its just the cold dry weather?",
                                      "one spot near my jaw looks a bit white and pale compared to the rest, no biggie",
                                      "theres a blackish bit on my chin, must be leftover serum stain i guess? day 5"])
def test_cracks_and_spots_gone_white_or_black_escalate_whatever_the_guess_at_the_cause(question: str) -> None:
    assert triage(question, 3).escalate


def test_a_dark_spot_looking_lighter_is_no_colour_change() -> None:
    assert not triage("my dark spot looks lighter already", 3).escalate


@pytest.mark.parametrize("question", ["my cheek is numb", "skin feels great, just can't really feel my left cheek properly",
                                      "pins and needles in my jaw since yesterday, treated wednesday",
                                      "can i have a glass of wine tonight? my chin has been numb since wednesday"])
def test_numbness_not_put_down_to_the_numbing_cream_escalates(question: str) -> None:
    assert triage(question).reasons == ("numbness that lasts",)


def test_numbness_on_day_three_escalates_even_when_put_down_to_the_numbing_cream() -> None:
    assert triage("still no feeling on the left side of my face, thats just the numbing cream lasting longer right?",
                  3).escalate


def test_numb_from_the_numbing_cream_on_the_day_is_no_report() -> None:
    assert not triage("my face is still numb from the numbing cream, can I wash it?", 0).escalate


def test_a_numb_lip_goes_to_the_clinic_not_emergency_services() -> None:
    flags = triage("half my top lip is still numb two days later", 2)
    assert flags.escalate and not flags.emergency


@pytest.mark.parametrize("question", ["can i wear lipstick to the party saturday? got a cold sore since yesterday",
                                      "can i work out tomorrow? running a temp of 38.5 since last night"])
def test_a_sign_told_after_an_ordinary_question_escalates(question: str) -> None:
    assert triage(question, 3).escalate


@pytest.mark.parametrize("question", ["i cant stop the bleeding from a spot on my forehead, its been an hour",
                                      "can't stop it bleeding"])
def test_bleeding_the_client_cannot_stop_told_stop_first_escalates(question: str) -> None:
    assert triage(question).reasons == ("bleeding that does not stop",)


@pytest.mark.parametrize("question", [
    "last time the serum they used gave me an itchy rash, could that happen again",
    "had microneedling a year ago elsewhere and got a bad infection. anything I should do differently this time?",
    "how would i know if im having an allergic reaction to the stuff they put on?"])
def test_a_reaction_of_another_time_or_asked_how_to_recognise_is_no_report(question: str) -> None:
    assert not triage(question).escalate


def test_a_face_told_bigger_than_yesterday_escalates() -> None:
    assert triage("my husband says my face is bigger today than it was yesterday", 3).escalate


def test_asking_whether_the_face_will_look_bigger_is_no_report() -> None:
    assert not triage("will my face look bigger?").escalate


def test_blood_soaking_through_a_tissue_escalates() -> None:
    assert triage("blood keeps soaking through the tissue, its been hours now").reasons == ("bleeding that does not stop",)


def test_a_black_spot_escalates() -> None:
    assert triage("there's a black spot on the side of my nose", 3).escalate


def test_eyes_swollen_shut_get_emergency_services_first() -> None:
    assert triage("my eyes have swelled shut and im feeling dizzy and weird").emergency


@pytest.mark.parametrize("question", ["day 0, my face is redder than before I went in, normal?",
                                      "Im puffier than after my last session, is something wrong?",
                                      "why is my skin redder than last time?",
                                      "sessions only 2 weeks apart and this time I'm redder and more irritated than last time, why?",
                                      "compared to last time I'm way redder"])
def test_skin_compared_with_before_the_treatment_or_another_session_is_no_growing_sign(question: str) -> None:
    assert not triage(question, 0).escalate


def test_redder_than_yesterday_still_escalates() -> None:
    assert triage("it's redder than yesterday", 3).escalate


def test_redder_than_last_night_still_escalates() -> None:
    assert triage("it's getting redder than last night", 2).escalate


def test_asking_whether_a_normal_sign_means_infection_is_no_report() -> None:
    assert not triage("could this flaking mean it's infected? day 4", 4).escalate


@pytest.mark.parametrize("question", ["will it scar??", "how long will it take to heal", "do you think its from the treatment",
                                      "is that normal after microneedling"])
def test_a_question_about_the_sign_pointed_at_asks_of_it(question: str) -> None:
    assert asks_of_it(question)


def test_is_it_ok_to_points_at_nothing() -> None:
    assert not asks_of_it("is it ok to wear makeup tomorrow?")


def test_what_the_clinic_said_is_no_part_of_the_question_after_it() -> None:
    assert without_clearance("ok the nurse checked it and says its a normal reaction, nothing to worry about. so when "
                             "should i book session 2") == "when should i book session 2"


def test_a_sign_told_after_what_the_clinic_said_is_kept() -> None:
    assert "pus" in without_clearance("doctor said its fine, but now there's pus, should I go back?")


def test_redness_creeping_out_toward_the_ear_inside_a_long_message_escalates() -> None:
    assert triage("So day 4 and mostly fine, the flaking around my nose is annoying but expected I guess. One patch on my "
                  "left cheek has gotten kind of hot and the redness is creeping out toward my ear since yesterday. When "
                  "can I go back to my normal moisturizer?", 4).escalate


def test_blacking_out_gets_emergency_services_first_whatever_the_guess_at_the_cause() -> None:
    assert triage("Stood up after lunch and blacked out for a sec, came round on the kitchen floor. Probably didn't eat "
                  "enough. Face still red from yesterday's microneedling, is that ok?", 1).emergency


def test_swallowing_told_as_hard_gets_emergency_services_first() -> None:
    assert triage("Bit of swelling under my jaw since the treatment and swallowing is hard now, feels like there's a lump "
                  "in my throat.").emergency


def test_a_lopsided_smile_gets_emergency_services_first() -> None:
    assert triage("the left side of my face still feels totally numb and my smile looks a bit lopsided in the mirror, "
                  "probably the cream lingering", 1).emergency


def test_raised_ridges_where_the_pen_went_escalate() -> None:
    assert triage("A month out and there are raised, firm ridges along where the pen went on my forehead, like little "
                  "track marks", 30).escalate


def test_honey_coloured_crusts_escalate_even_taken_for_peeling() -> None:
    assert triage("honey-coloured crusty patches around my nostrils at day 6, I'm guessing it's the normal peeling "
                  "around the nose? Can I pick them off", 6).escalate


def test_an_eye_told_gunky_with_an_apostrophe_escalates() -> None:
    assert "eyes or vision" in triage("and mascara? my eye's been gunky and red since yesterday too", 2).reasons


@pytest.mark.parametrize("question", [
    "my mum had her microneedling yesterday and today she's been really muddled, kept calling me by my sister's name",
    "I keep losing my train of thought today and I got lost driving home on a route I do every day",
    "My husband had it done today and he's been super drowsy since, I could hardly wake him from his nap",
    "I've had a pounding headache and a stiff neck since my treatment and the light hurts my eyes"])
def test_confusion_drowsiness_or_a_stiff_neck_in_everyday_words_get_emergency_services_first(question: str) -> None:
    assert triage(question, 1).emergency


@pytest.mark.parametrize("question", ["sorry im confused, so can I wear makeup or not?",
                                      "I'm a bit confused about when to use sunscreen"])
def test_confused_about_the_answer_is_no_sign(question: str) -> None:
    assert not triage(question, 1).escalate


def test_bleeding_that_started_again_and_trickles_down_the_cheek_escalates() -> None:
    assert triage("The little pinpoint bleeding stopped right after the session, but it started again tonight and now "
                  "it's trickling down my cheek whenever I move my face.").reasons == ("bleeding that does not stop",)


def test_a_story_the_client_saw_online_is_no_report() -> None:
    assert not triage("I saw a TikTok where someone's face turned purple and swelled up after microneedling and she ended "
                      "up in hospital. Mine is nothing like that, just pinkish and a bit dry. Is that kind of reaction "
                      "common?").escalate


def test_redder_than_with_a_home_roller_is_no_growing_sign() -> None:
    assert not triage("Now I did it in clinic and my skin's way redder than with the roller ever was. Is the clinic one "
                      "just deeper?").escalate


def test_eyelids_puffed_up_after_botox_once_are_history() -> None:
    assert not triage("I'm only asking because my eyelids puffed up loads after botox once and it freaked me out. How "
                      "long does it normally last?").escalate


@pytest.mark.parametrize("question", [
    "my sister is talking weird and not making sense, she had microneedling this morning. what do i do",
    "heart is going like crazy since i got home, really pounding in my chest",
    "my daughter had it done on the 2nd, her lips are going a bluey colour and she's breathing funny",
    "sudden splitting headache and i've just been sick",
    "my whole body is trembling and i can't make it stop, feel really weird",
    "my dad had his done yesterday and he just had a fit, all jerky and wasnt responding",
    "half my face is numb and tingly and kind of saggy, 6 hours after, is that still the numbing?",
    "my partner can't get his words out, keeps saying the wrong words for things",
    "seeing double and my head is killing me",
    "my boyfriend's face and hand on the left went weak and floppy about 20 min ago"])
def test_signs_of_the_brain_heart_or_breathing_in_everyday_words_get_emergency_services_first(question: str) -> None:
    assert triage(question, 0).emergency


@pytest.mark.parametrize("question", ["my face looks saggy, will microneedling tighten it?",
                                      "my hands are shaking im so nervous about tomorrow"])
def test_saggy_skin_or_nervous_hands_are_no_emergency(question: str) -> None:
    assert not triage(question).escalate


def test_a_nosebleed_that_wont_stop_escalates() -> None:
    assert triage("got a nosebleed that won't stop, been going 30 mins", 1).reasons == ("bleeding that does not stop",)


@pytest.mark.parametrize("question", ["i am having difficult for breath after the needle treatment, what I do",
                                      "after the treatment i have problem to breathing and my face is big, please help",
                                      "mi madre tiene la cara hinchada y no puede respirar bien after microneedling"])
def test_trouble_breathing_in_a_second_languages_english_or_in_spanish_gets_emergency_services_first(question: str) -> None:
    assert triage(question).emergency


def test_itching_that_has_moved_to_the_body_escalates() -> None:
    assert triage("itching started on my cheeks and now its on my arms and back too").escalate


def test_hard_bumps_still_there_after_a_month_escalate() -> None:
    assert triage("bumps still there after a month and they're hard").escalate


def test_skin_still_burnt_and_raw_two_weeks_on_is_lasting() -> None:
    assert triage("my face still looks burnt and raw two weeks on", 14).escalate


@pytest.mark.parametrize("question", [
    "I felt faint-hearted about booking but I did it on monday! when will I actually see a difference?",
    "the price made me dizzy ngl. how many sessions am i realistically looking at",
    "been bleeding money on skincare lately, what products do I actually need after?",
    "the redness spread my foundation around and it looked blotchy — should I just not wear foundation yet?",
    "im burning to know when i can book the next one",
    "gonna pass out from excitement lol when does my skin look its best",
    "throbbing headache from planning all these sessions lol. how far apart should they be",
    "excitement at fever pitch over here when can I put makeup back on?",
    "can't breathe from laughing at my husband in a sheet mask, can he use my retinol the night after his needling?",
    "I nearly fainted when she said the needle length lol. does deeper mean better results?",
    "I almost passed out laughing at my selfie, I look like a lobster. day 0, this is normal yeah?",
    "heart's pounding out of my chest with excitement, when will I see a difference?",
    "I can't breathe I'm laughing so hard at my red face, how long does the redness last?"])
def test_sign_words_as_figures_of_speech_are_no_report(question: str) -> None:
    assert not triage(question, 3).escalate


def test_the_serum_making_the_client_dizzy_is_still_a_report() -> None:
    assert triage("the serum made me dizzy").escalate


def test_lips_tight_and_dry_are_chapped_not_a_reaction() -> None:
    assert not triage("my lips feel tight and dry", 1).escalate


def test_a_throat_tight_and_dry_still_gets_emergency_services() -> None:
    assert triage("my throat feels tight and dry", 1).emergency


def test_nearly_fainting_on_standing_up_is_still_a_report() -> None:
    assert triage("i nearly fainted when i stood up").emergency


@pytest.mark.parametrize("question", [
    "is infection common after",
    "is an infection likely after microneedling",
    "is it common to get an infection from this?"])
def test_asking_whether_a_sign_is_common_is_a_question_not_a_report(question: str) -> None:
    assert not triage(question).escalate


def test_asking_whether_this_pus_is_common_is_still_a_report() -> None:
    assert triage("is this pus common").escalate


@pytest.mark.parametrize("question", [
    "how common is pus? i have some on my chin",
    "will i get pus? i've got some on my cheek now",
    "is infection common? i think i have one"])
def test_a_general_question_then_having_what_it_asked_of_is_a_report(question: str) -> None:
    assert triage(question).escalate


def test_a_general_question_then_some_questions_of_the_client_is_no_report() -> None:
    assert not triage("will I get pus? I have some questions").escalate


@pytest.mark.parametrize("question", ["a couple of the spots have a greenish head", "my spots are going green",
                                      "how do i know if its infected? a couple of the spots have a greenish head"])
def test_green_heads_or_spots_are_pus(question: str) -> None:
    assert triage(question, 3).escalate


def test_a_green_colour_corrector_is_no_sign() -> None:
    assert not triage("can i use a green colour corrector on the red", 1).escalate


def test_a_story_of_someone_elses_swelling_with_a_question_whether_it_is_common_is_no_report() -> None:
    assert not triage("my sister's face swelled up after hers, is swelling common?").escalate


def test_redder_compared_first_with_the_last_session_is_no_report() -> None:
    assert not triage("compared to my last session im way redder this time, is that bad", 0).escalate


def test_a_sign_told_beside_a_comparison_with_the_last_session_is_still_a_report() -> None:
    assert triage("compared to my last session im way redder and there is pus", 0).escalate


def test_puffy_eyes_and_a_face_a_bit_swollen_the_morning_after_are_the_normal_course() -> None:
    assert not triage("morning after, eyes are puffy and face a bit swollen", 1).escalate


def test_eyes_swollen_are_still_a_report() -> None:
    assert triage("my eyes are swollen", 1).escalate


@pytest.mark.parametrize("question", [
    "redness is worse than after my last session, normal?",
    "compared to my first session the redness is way worse this time, but it's only been a few hours. normal?"])
def test_redness_worse_than_at_another_session_on_the_day_is_no_report(question: str) -> None:
    assert not triage(question, 0).escalate


def test_redness_worse_with_nothing_compared_is_still_a_report() -> None:
    assert triage("redness is worse today", 0).escalate


def test_a_sign_asked_of_and_denied_in_the_next_word_is_no_report() -> None:
    assert not triage("Red streaks? nope none of that, just normal pink. When can I get back to the gym?", 1).escalate


@pytest.mark.parametrize("question", ["pus? no idea, there is yellow stuff", "red streaks? yes a few",
                                      "pus? nope. fever? yes 38.5"])
def test_a_sign_asked_of_and_confirmed_or_another_told_is_still_a_report(question: str) -> None:
    assert triage(question, 1).escalate


def test_asking_whether_an_area_is_more_painful_is_a_question() -> None:
    assert not triage("is the forehead more painful").escalate


def test_telling_ones_own_forehead_more_painful_is_still_a_report() -> None:
    assert triage("is my forehead more painful today").escalate


def test_an_open_cut_before_a_treatment_still_to_come_asks_whether_to_be_treated() -> None:
    assert not triage("my cat scratched my cheek and theres an open cut, treatment is on thursday").escalate


@pytest.mark.parametrize("question", ["my cat scratched my cheek and theres an open cut, had treatment thursday",
                                      "my cat scratched my cheek and theres an open cut, treatment thursday"])
def test_an_open_cut_after_a_treatment_had_or_not_told_as_ahead_is_still_a_report(question: str) -> None:
    assert triage(question).escalate


@pytest.mark.parametrize("question", ["its not red like a sunburn, more purple-ish and spreading", "its purple and spreading"])
def test_skin_purple_and_spreading_is_a_report(question: str) -> None:
    assert triage(question, 2).escalate


def test_a_face_that_was_swollen_the_morning_after_and_is_going_down_is_the_normal_course() -> None:
    assert not triage("face was swollen the morning after but its already going down", 1).escalate


def test_a_face_that_was_swollen_before_the_lips_tingle_still_gets_emergency_services() -> None:
    assert triage("my face was swollen and now my lips are tingling", 1).emergency


@pytest.mark.parametrize("message", ["swelling has settled", "swelling has settled, just a bit dry"])
def test_a_sign_told_as_over_is_no_flag_for_the_embedding_net(message: str) -> None:
    assert tells_only_a_mild_sign(message)


@pytest.mark.parametrize("question", ["is microneedling ok if I have an open cut on my cheek",
                                      "can i get microneedling if i have an open sore"])
def test_asking_whether_to_be_treated_with_an_open_cut_is_no_report(question: str) -> None:
    assert not triage(question).escalate


@pytest.mark.parametrize("question", ["is it ok if i have an open sore after microneedling",
                                      "is it ok if i have open sores from it"])
def test_an_open_sore_after_the_treatment_asked_about_is_still_a_report(question: str) -> None:
    assert triage(question).escalate


def test_it_moving_down_the_neck_is_a_report() -> None:
    assert triage("cos its kind of going down my neck now and it's hot").escalate


def test_swelling_going_down_is_no_report() -> None:
    assert not triage("the swelling is going down now", 2).escalate


@pytest.mark.parametrize("told", ["I think I might have one", "pretty sure i have one", "i might have one"])
def test_thinking_one_has_the_sign_asked_about_confirms_it(told: str) -> None:
    assert signs_confirmed("how common is infection after microneedling?", told).escalate


def test_skin_rough_as_sandpaper_on_day_four_is_the_normal_course() -> None:
    assert not triage("skin feels rough as sandpaper, day 4", 4).escalate


def test_feeling_rough_as_in_oneself_is_still_a_report() -> None:
    assert triage("i feel rough as, think im coming down with something").escalate


def test_whats_the_chance_it_gets_infected_is_a_question() -> None:
    assert not triage("what's the chance it gets infected").escalate


@pytest.mark.parametrize("told", ["I can barely breathe", "ok well its really bad now, I can barely breathe",
                                  "i can hardly breathe", "can barely swallow"])
def test_barely_able_to_breathe_or_swallow_gets_emergency_services(told: str) -> None:
    assert triage(told).emergency


def test_a_nose_blocked_by_a_cold_is_no_airway_sign() -> None:
    assert not triage("i can't really breathe through my nose with this cold, can i still come in").escalate


def test_someone_elses_fever_told_with_ran_and_a_question_whether_it_is_common_is_no_report() -> None:
    assert not triage("my sister ran a fever after her microneedling at some cheap place, does that happen a lot?").escalate


def test_a_fever_of_excitement_is_a_figure_of_speech() -> None:
    assert not triage("running a fever of excitement for my wedding saturday lol will my skin be ok by then?").escalate


def test_a_fear_of_getting_an_infection_is_no_report() -> None:
    assert not triage("im honestly terrified of getting an infection, what can I do to avoid it").escalate


def test_a_fear_of_infection_told_beside_oozing_is_still_a_report() -> None:
    assert triage("im scared of getting an infection, my cheek is oozing yellow stuff").escalate


@pytest.mark.parametrize("told", ["crushing feeling in my chest and sweating, do i still avoid the gym tomorrow?",
                                  "I can not breathe well", "i can not breath good, face and neck is big, help",
                                  "my husband wont wake up properly, hes very drowsy and mumbling",
                                  "my son is very drowsy and mumbling", "i am fall down and not remember",
                                  "i fell down and cant remember anything", "i keep nearly blacking out when i stand up"])
def test_emergencies_in_everyday_and_second_language_words_get_emergency_services(told: str) -> None:
    assert triage(told).emergency


@pytest.mark.parametrize("message", ["i cant remember if i used retinol", "the antihistamine made me a bit drowsy",
                                     "blackout curtains help me sleep?", "my face is a bit swollen, breathing is fine"])
def test_the_same_words_in_everyday_use_are_no_emergency(message: str) -> None:
    assert not triage(message).emergency


def test_a_report_after_a_care_question_is_still_a_report() -> None:
    assert triage("can i put aloe on it? a couple of spots are oozing yellowish stuff and crusting over", 4).escalate


@pytest.mark.parametrize("told", ["my kid touched my face and now I've got a huge painful boil on my cheek with a white head",
                                  "got a boil on my chin"])
def test_a_boil_is_a_report(told: str) -> None:
    assert triage(told).escalate


def test_a_kettle_brought_to_a_boil_is_no_sign() -> None:
    assert not triage("bring the kettle to a boil").escalate


@pytest.mark.parametrize("question", ["what happens if it gets infected?", "is a fever a normal side effect?"])
def test_asking_what_happens_if_or_whether_a_sign_is_a_side_effect_is_a_question(question: str) -> None:
    assert not triage(question).escalate


@pytest.mark.parametrize("told", ["she's shaking and twitching and not answering me",
                                  "he's jerking all over and his eyes rolled back", "my mum is talking gibberish",
                                  "dusky bluish patch on my cheek that hurts loads", "greyish-blue around the lips",
                                  "it hurts to swallow and my tongue feels fat"])
def test_a_fit_gibberish_a_grey_blue_or_dusky_colour_and_a_fat_tongue_get_emergency_services(told: str) -> None:
    assert triage(told).emergency


@pytest.mark.parametrize("told", ["blood just keeps coming back, treatment was 3 hours ago",
                                  "face is burning and hes been vomiting all night"])
def test_bleeding_that_keeps_coming_back_and_vomiting_are_reports(told: str) -> None:
    assert triage(told, 0).escalate


@pytest.mark.parametrize("message", ["my hands shake when im nervous", "i keep coming back to the same question",
                                     "dusky pink blush ok after?"])
def test_everyday_shaking_coming_back_and_a_dusky_pink_are_no_sign(message: str) -> None:
    assert not triage(message).escalate


def test_dusky_skin_told_as_a_skin_tone_is_no_sign() -> None:
    assert not triage("I am Indian with dusky skin colour. Will the doctor change the machine setting?").escalate


def test_a_sign_in_an_if_clause_asking_what_to_do_is_a_question() -> None:
    assert not triage("if i get an infection what antibiotic do you prescribe").escalate


def test_a_sign_in_an_if_clause_beside_a_report_is_still_a_report() -> None:
    assert triage("if i get an infection what do i do? my cheek is oozing").escalate


@pytest.mark.parametrize("told", ["she is shaking and jerking and her eyes roll back, please what do i do",
                                  "bf went all floppy and dropped on the floor, eyes open but not with it",
                                  "bro keeps throwing up and his whole face is massively swole",
                                  "her whole face blew up huge and she keeps vomiting"])
def test_a_fit_a_collapse_and_a_swollen_face_with_vomiting_get_emergency_services(told: str) -> None:
    assert triage(told, 1).emergency


@pytest.mark.parametrize("message", ["its so pricey i nearly passed out, is 2-3 sessions enough for a glow?",
                                     "when can I go back to hot yoga? I get sweaty and out of breath",
                                     "can I do cardio tomorrow, running gets me breathless and sweaty",
                                     "i dropped my serum on the floor",
                                     "total fever dream lol, when can i go back to the gym?",
                                     "is it bad if my face gets hot after?"])
def test_prices_exercise_fears_and_figures_of_speech_are_no_report(message: str) -> None:
    assert not triage(message, 1).escalate


@pytest.mark.parametrize("told", ["i get out of breath walking up stairs since the treatment and my chest hurts",
                                  "is it bad if my lips are swelling?"])
def test_breathlessness_with_chest_pain_and_swelling_lips_asked_about_still_get_emergency_services(told: str) -> None:
    assert triage(told).emergency


def test_a_face_a_bit_puffy_on_day_1_with_no_trouble_breathing_is_the_normal_course() -> None:
    message = ("my face is a bit puffy under the eyes today, day 1, no trouble breathing or anything like that, just "
               "puffy. when does it go down?")
    assert not triage(message, 1).escalate


@pytest.mark.parametrize("told", ["my lips are swelling up, no trouble breathing yet",
                                  "my face is swelling fast, no trouble breathing"])
def test_swelling_of_the_lips_or_growing_fast_told_with_no_trouble_breathing_still_gets_emergency_services(told: str) -> None:
    assert triage(told, 1).emergency


def test_skin_looking_worse_than_before_the_treatment_on_day_5_is_no_sign_worsening() -> None:
    assert not triage("my face looks worse than before, bumpy and dry on day 5. did it not work?? when does it get better",
                      5).escalate


@pytest.mark.parametrize("told", ["my face looks worse than yesterday", "the rash looks worse than before"])
def test_a_face_worse_than_yesterday_or_a_rash_worse_than_before_is_a_sign_worsening(told: str) -> None:
    assert triage(told, 5).escalate


@pytest.mark.parametrize("asked", ["infection chance??", "odds of infection", "scarring risk?"])
def test_a_sign_and_its_odds_ask_how_likely_it_is(asked: str) -> None:
    assert not triage(asked).escalate


def test_the_odds_of_a_sign_asked_beside_having_it_is_still_a_report() -> None:
    assert triage("chance of infection, I have pus on my cheek").escalate


def test_bleeding_from_a_spot_that_wont_stop_told_further_on_in_the_sentence_is_escalated() -> None:
    assert triage("way worse than a sunburn - it's bleeding from a spot on my forehead and won't stop even after pressing "
                  "for 20 min", 1).escalate


@pytest.mark.parametrize("told", ["redness on my cheeks is almost gone, is that ok?",
                                  "Hi, the redness on my neck is mostly gone, just some dry patches left"])
def test_redness_told_as_nearly_gone_on_day_4_is_the_normal_course_ending(told: str) -> None:
    assert not triage(told, 4).escalate


def test_redness_nearly_gone_beside_swelling_still_there_on_day_4_is_escalated() -> None:
    assert triage("redness is almost gone but still really swollen", 4).escalate


@pytest.mark.parametrize("asked", ["is it more painful there", "is it more painful on the lips?",
                                   "is it more painful through beard stubble", "is it more painful with a beard",
                                   "is it more painful on the forehead or cheeks?",
                                   "is it more painful on the forehead than the cheeks?"])
def test_asking_whether_a_place_is_more_painful_is_a_question_about_the_procedure(asked: str) -> None:
    assert not triage(asked, 3).escalate


def test_more_painful_there_now_is_a_report() -> None:
    assert triage("is it more painful there now", 3).escalate


def test_more_painful_in_one_place_than_another_and_getting_worse_is_a_report() -> None:
    assert triage("my forehead is more painful than my cheeks and its getting worse", 3).escalate


def test_cheeks_puffier_than_usual_the_day_after_with_breathing_fine_and_no_fever_is_the_normal_course() -> None:
    assert not triage("Is a bit of swelling normal the day after? I woke up today and my cheeks look slightly puffier "
                      "than usual but it's not painful, just like after a big night out. I had the session yesterday "
                      "evening and everything else seems fine, I can breathe fine and no fever.", 1).escalate


@pytest.mark.parametrize(("told", "day"), [("getting puffier than usual every day", 1),
                                           ("my face is redder than usual today", 5)])
def test_puffier_than_usual_growing_or_redder_past_its_days_is_escalated(told: str, day: int) -> None:
    assert triage(told, day).escalate


def test_a_temperature_denied_without_an_apostrophe_beside_sunburn_redness_is_no_report() -> None:
    assert not triage("i dont have a temperature, just red like a sunburn", 1).escalate


def test_a_temperature_told_after_dont_know_why_is_a_report() -> None:
    assert triage("i dont know why but i have a temperature", 1).escalate


@pytest.mark.parametrize("asked", ["how would i even get an infection", "how could i even get infected"])
def test_how_one_would_even_get_an_infection_is_a_question(asked: str) -> None:
    assert not triage(asked, 1).escalate


@pytest.mark.parametrize("told", ["struggling for air since this morning",
                                  "i just cant get enough air in, feels like breathing through a straw",
                                  "not getting enough air"])
def test_breathing_trouble_told_without_the_word_breath_gets_emergency_services(told: str) -> None:
    assert triage(told, 1).emergency


@pytest.mark.parametrize("message", ["i went outside to get some fresh air", "the room has no air con, is sweating ok"])
def test_air_in_everyday_words_is_no_report(message: str) -> None:
    assert not triage(message, 1).escalate


def test_feeling_as_if_ill_with_flu_with_a_swollen_hot_face_is_escalated() -> None:
    assert triage("feel like i have the flu n face is swollen n hot", 1).escalate


@pytest.mark.parametrize("message", ["i had the flu last month, can i still book",
                                     "was feverish with excitement, how many sessions for acne scars"])
def test_flu_in_the_past_and_feverish_with_excitement_are_no_report(message: str) -> None:
    assert not triage(message, 1).escalate


def test_blood_coming_and_not_stopping_told_in_a_second_languages_english_is_escalated() -> None:
    assert triage("blood is coming from one point in my cheek and not stop since 20 minutes", 1).escalate


def test_there_is_risk_for_infection_or_no_asks_about_a_risk() -> None:
    assert not triage("there is risk for infection or no?", 1).escalate


@pytest.mark.parametrize("told", ["my face is burning up (not me lol), is that normal day 1", "my face is burning up, day 1"])
def test_the_face_burning_up_on_day_1_is_the_normal_warmth(told: str) -> None:
    assert not triage(told, 1).escalate


def test_burning_up_with_an_oozing_cheek_is_escalated() -> None:
    assert triage("i'm burning up and my cheek is oozing", 1).escalate


def test_still_looking_like_a_tomato_on_day_9_is_redness_lasting() -> None:
    assert triage("day 9 and i still look like a tomato", 9).escalate


def test_tomato_sauce_on_day_9_is_no_redness() -> None:
    assert not triage("day 9, tomato sauce got on my face, can i wash it", 9).escalate


@pytest.mark.parametrize("told", ["heart going like mad and face hot after treatment, should i just sleep it off",
                                  "my hearts pounding out of my chest and im sweaty since the treatment",
                                  "everything's spinning and my face is swelling, still okay to take a shower?"])
def test_a_racing_heart_and_a_spinning_room_with_swelling_get_emergency_services(told: str) -> None:
    assert triage(told, 0).emergency


@pytest.mark.parametrize("message", ["my pores have ballooned since I turned 40", "the spinning class was hard, can i go tomorrow",
                                     "my heart goes out to you"])
def test_ballooned_pores_a_spinning_class_and_a_heart_going_out_are_no_report(message: str) -> None:
    assert not triage(message, 0).escalate


def test_how_many_days_redness_lasts_asked_on_day_7_is_a_question() -> None:
    assert not triage("how many days does the redness usually last", 7).escalate


def test_so_lightheaded_the_client_had_to_sit_on_the_floor_gets_emergency_services() -> None:
    assert triage("really lightheaded, had to sit on the bathroom floor", 0).emergency


@pytest.mark.parametrize("message", ["my mate says dark patches can show up after, how do i stop that",
                                     "dark spots may appear after microneedling?"])
def test_dark_patches_that_can_or_may_show_up_are_a_possibility_not_a_report(message: str) -> None:
    assert not triage(message, 5).escalate


@pytest.mark.parametrize("message", ["dark patches have appeared on my cheek", "i think dark patches might be forming"])
def test_dark_patches_that_have_appeared_are_still_a_report(message: str) -> None:
    assert triage(message, 5).escalate


def test_a_quick_question_is_no_quick_change_of_a_sign() -> None:
    assert not triage("kids in bath, quick q - face feels hot n tight after needling this morning normal?", 0).escalate


def test_swelling_that_comes_on_quickly_still_escalates_after_a_quick_question() -> None:
    assert triage("quick question, face is red and swelling quickly", 0).escalate


@pytest.mark.parametrize("message", [
    "friend here - my sister cant catch her breath and her face is huge after microneedling today",
    "struggling to get air in and my cheeks are massive",
    "my face keeps swelling more and more, now my neck too and my voice sounds weird",
])
def test_breathing_or_a_changed_voice_told_in_everyday_words_is_an_emergency(message: str) -> None:
    flags = triage(message, 0)
    assert flags.escalate and flags.emergency


def test_asking_whether_air_gets_through_is_no_report() -> None:
    assert not triage("is it hard to get air through the mask", 0).escalate


def test_a_sign_come_back_escalates_though_told_as_mild() -> None:
    assert triage("its like the redness faded and now a big warm patch is back, a bit puffy too", 25).escalate


def test_a_chemical_peel_asked_about_late_is_no_lasting_peeling() -> None:
    assert not triage("ok to get a chemical peel next week? needling was a month ago", 30).escalate


def test_peeling_still_going_on_day_30_is_still_lasting() -> None:
    assert triage("my face is still peeling", 30).escalate


@pytest.mark.parametrize("message", ["is flaking worse than redness?", "which is worse, the swelling or the redness?",
                                     "the swelling is worse than the redness"])
def test_one_sign_weighed_against_another_is_no_sign_growing(message: str) -> None:
    assert not triage(message, 2).escalate


@pytest.mark.parametrize("message", ["redness is getting better not worse on day 2, so I can stop the sunscreen now?",
                                     "the swelling is no worse than yesterday", "my redness isnt getting any worse"])
def test_a_worsening_denied_is_no_report(message: str) -> None:
    assert not triage(message, 2).escalate


@pytest.mark.parametrize("message", ["my redness is worse than yesterday", "the redness isnt better, its worse",
                                     "redness is getting worse not better"])
def test_redness_growing_worse_still_escalates(message: str) -> None:
    assert triage(message, 2).escalate


def test_a_diagnosis_guessed_from_dry_patches_on_day_4_is_no_report() -> None:
    assert not triage("dry patches on day 4, that means its infected right?", 4).escalate


def test_a_diagnosis_guessed_beside_pus_still_escalates() -> None:
    assert triage("hot and red and pus coming out, that means its infected right?", 4).escalate


@pytest.mark.parametrize("message", ["how long does the numbness last", "how long till the numbness wears off after"])
def test_how_long_numbness_lasts_asked_without_a_later_day_is_a_question(message: str) -> None:
    assert not triage(message).escalate


def test_how_long_numbness_lasts_asked_on_day_2_is_numbness_lasting() -> None:
    assert triage("how long does the numbness last", 2).escalate


@pytest.mark.parametrize("message", ["day 2, face feels warm and tight - normal or infection?",
                                     "is it normal to break out a bit or does that mean infection?"])
def test_infection_offered_as_the_other_answer_to_normal_is_asked_about(message: str) -> None:
    assert not triage(message, 2).escalate


def test_pus_asked_about_as_normal_or_infection_still_escalates() -> None:
    assert triage("pus everywhere, normal or infection?", 2).escalate


def test_a_mild_word_misspelt_still_tells_the_swelling_is_mild() -> None:
    assert not triage("my face littel swelling is normal?").escalate


def test_skin_that_goes_dark_in_summer_is_a_tan_not_a_sign() -> None:
    assert not triage("i've got olive skin that goes dark in summer - will needling leave me with marks?").escalate


def test_pores_getting_bigger_again_months_later_are_no_sign_growing() -> None:
    assert not triage("my pores are getting bigger again 5 months after my last session, is that normal").escalate


def test_a_cheek_getting_bigger_still_escalates() -> None:
    assert triage("my cheek is getting bigger and hot", 3).escalate


@pytest.mark.parametrize("message", ["i heard microneedling is super painful like tattoos",
                                     "heard breakouts after microneedling mean its infected",
                                     "saw on insta that swelling for like 5 days is standard, mine went down after 1 day"])
def test_a_claim_heard_or_read_that_tells_of_no_one_is_no_report(message: str) -> None:
    assert not triage(message, 4).escalate


@pytest.mark.parametrize("message", ["my sister says her lips are swelling and she cant breathe",
                                     "people say fever is normal, i have a fever of 39"])
def test_a_sign_told_of_someone_or_beside_a_claim_still_escalates(message: str) -> None:
    assert triage(message, 4).escalate


def test_a_diagnosis_a_friend_draws_from_flaking_on_day_4_is_no_report() -> None:
    assert not triage("skin flaking around my nose on day 4, friend said that means allergic reaction", 4).escalate


def test_bleeding_named_before_the_stopping_that_wont_come_is_escalated() -> None:
    assert triage("cant get the bleeding to stop where i picked a flake off", 4).escalate


@pytest.mark.parametrize("message", ["my friend says pus after microneedling just means its purging, true?",
                                     "is it true that getting a fever afterwards means the collagen is working?",
                                     "my mum says redness = infection. is she right??"])
def test_a_claim_someone_makes_or_asked_about_as_true_is_no_report(message: str) -> None:
    assert not triage(message, 0).escalate


@pytest.mark.parametrize("message", ["my friend said my face looks infected", "my mum says i have a fever"])
def test_a_claim_about_the_client_still_escalates(message: str) -> None:
    assert triage(message, 4).escalate


def test_swelling_with_pride_is_a_figure_of_speech() -> None:
    assert not triage("swelling with pride, skin already looks amazing! when does it peak?", 15).escalate


@pytest.mark.parametrize("message", ["my sister says a fever after is normal. i have 38.5 right now",
                                     "my friend says pus is normal, I've got it too on both cheeks",
                                     "is it true that a fever means the collagen is working? mine's 38.7",
                                     "someone on tiktok said bleeding for hours is normal, mine's still going after 2 hours"])
def test_a_sign_in_a_claim_the_client_then_says_they_have_escalates(message: str) -> None:
    assert triage(message, 1).escalate


def test_trouble_breathing_told_as_normal_by_someone_is_no_breathing_told_fine() -> None:
    assert triage("my mom says swelling with a bit of trouble breathing is normal after, i have that right now", 1).emergency


@pytest.mark.parametrize("told", ["asking cause that's me rn", "thats me right now"])
def test_that_being_the_client_confirms_the_sign_the_last_question_named(told: str) -> None:
    assert signs_confirmed("what would it mean if I got a fever a day after microneedling?", told).escalate


@pytest.mark.parametrize("message", ["it's bigger now and warm and theres a bump with a head on it",
                                     "it wasn't spreading yesterday but ok it kind of is now",
                                     "still going, soaked 3 cotton pads"])
def test_a_sign_told_by_what_it_did_rather_than_its_name_escalates(message: str) -> None:
    assert triage(message, 3).escalate


def test_pores_looking_bigger_beside_redness_is_no_sign_grown() -> None:
    assert not triage("my pores look bigger and my face is red", 1).escalate


def test_a_partner_thinking_the_redness_is_an_infection_is_a_worry_not_a_sign() -> None:
    assert not triage("my partner thinks my redness is an infection but it's just pink, no pain, day 2", 2).escalate


def test_thats_what_ive_got_confirms_the_sign_the_last_question_named() -> None:
    assert signs_confirmed("is yellow crust normal after microneedling?",
                           "cause thats what I've got, and it keeps coming back").escalate


def test_whether_an_infection_is_normal_to_get_is_a_question_about_a_risk() -> None:
    assert not triage("is it normal to get an infection after").escalate


@pytest.mark.parametrize("message", ["asking cos mine has spread from my cheeks down my whole neck overnight",
                                     "mine is spreading, its gone from my cheek to my neck"])
def test_the_clients_own_sign_moving_from_one_part_to_another_escalates(message: str) -> None:
    assert triage(message, 3).escalate


@pytest.mark.parametrize("message", ["my mom had hers done tuesday and now she's running 101.3, thats just the healing thing right?",
                                     "running 102 since last night", "is 38 a normal temperature? asking cos i'm 38"])
def test_a_temperature_told_without_its_unit_escalates(message: str) -> None:
    assert triage(message, 3).escalate


def test_an_age_is_no_temperature() -> None:
    assert not triage("I'm 38 and wondering how many sessions").escalate


@pytest.mark.parametrize("message", ["pillowcase is soaked in blood and its still going", "mine's soaked a whole towel"])
def test_blood_told_by_what_it_soaks_escalates(message: str) -> None:
    assert triage(message, 1).escalate


def test_eyes_nearly_shut_after_a_myth_escalates() -> None:
    assert triage("swelling that closes your eyes is normal... mine are nearly shut", 1).escalate


def test_the_clients_sign_now_on_the_chest_escalates() -> None:
    assert triage("mine's now on my chest as well", 1).escalate


def test_stretch_marks_on_the_chest_are_no_sign_moved() -> None:
    assert not triage("how many sessions for stretch marks? mine are on my chest").escalate


@pytest.mark.parametrize("message", ["pillowcase has yellow-ish stains", "sheets are stained yellow this morning",
                                     "it was the size of a coin, now half my cheek", "from 2cm to 6cm since this morning",
                                     "tissue keeps soaking through red", "bled right through the plaster",
                                     "its got to my collarbone now", "now its on my neck and chest too",
                                     "gone from my cheeks down to my chest",
                                     "little fluid-filled sacs, is that the peeling bit?"])
def test_a_sign_told_by_its_stain_size_reach_or_shape_escalates(message: str) -> None:
    assert triage(message, 3).escalate


@pytest.mark.parametrize("message", ["my yellow concealer marks", "how long till yellow bruise marks fade"])
def test_yellow_marks_off_cloth_are_no_discharge(message: str) -> None:
    assert not triage(message, 3).escalate


def test_looking_worse_than_before_the_treatment_while_flaky_is_the_normal_course() -> None:
    assert not triage("why do I look WORSE than before?? all flaky and rough", 4).escalate


def test_pain_of_the_session_asked_of_the_next_one_is_no_report() -> None:
    assert not triage("the session was honestly awful, will it hurt this much next time?").escalate


def test_swelling_worse_than_before_still_escalates() -> None:
    assert triage("my swelling is worse than before", 4).escalate


@pytest.mark.parametrize("message", ["the session was agony, is it normal it still throbs on day 4?",
                                     "honestly it feels like it's burning more today than right after",
                                     "my face has been aching more and more since thursday"])
def test_pain_that_throbs_or_grows_told_in_other_words_escalates(message: str) -> None:
    assert triage(message, 4).escalate


@pytest.mark.parametrize(("message", "day"), [
    ("it looks so much worse than I expected, red and blotchy, had it 2 hours ago", 0),
    ("the dryness is getting worse, so tight, is that ok", 4),
    ("my acne scars look more red than before the treatment", 2),
])
def test_the_normal_course_compared_with_an_expectation_or_the_skin_before_is_no_report(message: str, day: int) -> None:
    assert not triage(message, day).escalate


@pytest.mark.parametrize("message", ["dabbed my forehead 20 mins ago and the tissue is still getting soaked red",
                                     "been pressing a tissue on my forehead for half an hour and it keeps coming away red",
                                     "my whole cheek is rock hard and burning"])
def test_bleeding_told_by_the_tissue_and_a_hard_burning_cheek_escalate(message: str) -> None:
    assert triage(message, 0).escalate


def test_skin_going_red_when_washed_is_no_bleeding() -> None:
    assert not triage("it keeps getting red when I wash", 1).escalate


@pytest.mark.parametrize("message", ["having trubble breething", "my throte feels like its closing up",
                                     "my fase is sweling and im havin trubble breething"])
def test_a_misspelt_sign_of_the_airway_is_an_emergency(message: str) -> None:
    assert triage(message, 1).emergency


@pytest.mark.parametrize("message", ["so much redder than I expected", "SO much redder than my sister's was",
                                     "the pain was 10/10 in the chair, is it normal that it's still tender now?"])
def test_redness_beyond_an_expectation_or_a_sisters_and_the_procedures_pain_are_no_report(message: str) -> None:
    assert not triage(message, 1).escalate


@pytest.mark.parametrize("question", ["which parts of the face hurt more", "is the forehead more painful than the cheeks?",
                                      "y did my forehead hurt more", "why did my forehead hurt so much more"])
def test_one_place_weighed_against_another_is_how_the_procedure_feels_not_pain_growing(question: str) -> None:
    flags = triage(question)
    assert not flags.escalate and not flags.asked_of


@pytest.mark.parametrize("question", ["my forehead hurts more than yesterday", "my cheeks are more painful than this morning",
                                      "which area is most painful, it's getting worse every day",
                                      "my forehead did hurt more and now it's throbbing"])
def test_pain_growing_is_still_escalated_beside_a_place(question: str) -> None:
    assert triage(question).escalate


def test_which_part_of_the_face_hurts_more_is_answered_from_the_procedure(client) -> None:
    body = client.post("/v1/answer", json={"question": "which parts of the face hurt more"}).json()
    assert body["answer"].startswith("During the procedure: The forehead and lip area can be a little more sensitive")


def test_a_sign_that_came_back_and_spreads_told_with_it_a_few_words_on_is_escalated() -> None:
    assert triage("Redness was getting better but on day 5 it came back worse and is spreading").escalate


def test_a_sign_told_as_over_is_left_out_of_what_the_embedding_net_reads() -> None:
    assert without_signs_over("my redness went away after one day, is that normal?") == "my after one day, is that normal?"


@pytest.mark.parametrize("message", ["my redness went away but it came back worse today",
                                     "Redness was getting better but on day 5 it came back worse and is spreading"])
def test_a_message_telling_a_sign_growing_after_one_over_is_read_whole_by_the_net(message: str) -> None:
    assert without_signs_over(message) is None


def test_a_sign_told_as_gone_after_a_day_is_answered_not_escalated(client) -> None:
    body = client.post("/v1/answer", json={"question": "my redness went away after one day, is that normal?"}).json()
    assert body["type"] == "answer" and "Redness begins to fade" in body["answer"]


def test_a_red_flag_beside_a_sign_told_as_gone_is_still_escalated(client) -> None:
    assert client.post("/v1/answer", json={"question": "the redness is gone but I have a fever"}).json()["type"] == "escalation"


def test_whether_someone_with_an_infection_may_be_treated_is_a_question_not_a_report() -> None:
    assert not triage("If someone has a skin infection, can they still get microneedling?", None).escalate


@pytest.mark.parametrize("message", ["if anyone has pus after microneedling what should they do",
                                     "can I get microneedling if I have an infection?"])
def test_what_someone_should_do_about_a_sign_or_the_clients_own_infection_still_escalates(message: str) -> None:
    assert triage(message, None).escalate


@pytest.mark.parametrize("message", ["what percentage of your clients get an infection after microneedling?",
                                     "how many people get an infection after microneedling?"])
def test_how_many_clients_get_a_sign_is_a_question_not_a_report(message: str) -> None:
    assert not triage(message, None).escalate


def test_a_sign_told_beside_how_many_people_get_it_still_escalates() -> None:
    assert triage("I have an infection, how many people get this?", None).escalate


def test_a_number_asked_beside_a_count_of_days_is_no_numbness() -> None:
    assert not triage("Confirm the number: exactly 14 days until results show. Yes or no?", None).escalate


def test_numbness_that_lasts_days_still_escalates() -> None:
    assert triage("my cheek has been numb for 3 days", None).escalate


def test_signs_told_of_the_first_day_in_every_clause_are_no_sign_lasting_now() -> None:
    message = ("The first day I was quite swollen and red, like a sunburn, but it all settled and I feel great. When "
               "will my scars start to fade?")
    assert not triage(message, day=5).escalate


def test_a_clause_after_the_first_day_naming_a_time_of_its_own_still_reports_a_lasting_sign() -> None:
    assert triage("The first day I was swollen and red and now it's still bright red", day=5).escalate


def test_a_fever_with_the_flu_before_the_treatment_is_another_occasion() -> None:
    message = "I caught the flu with a high fever ten days ago, before my session. All gone now. Can I wear makeup tomorrow?"
    assert not triage(message, day=1).escalate


def test_someone_elses_past_sign_told_with_an_aside_that_they_are_fine_now_is_their_story() -> None:
    message = "My sister got an infection after hers years ago (she's completely fine now). Will I get one?"
    assert not triage(message, day=1).escalate


def test_the_clients_own_sign_told_after_someone_elses_story_still_escalates() -> None:
    assert triage("my friend got pus after hers (she's fine now). I have pus too, is that normal?", day=3).escalate


def test_a_patch_told_by_one_size_and_then_a_bigger_one_now_escalates() -> None:
    message = ("so my face was red for the first day which was expected. it faded yesterday but now there's this one red "
               "patch by my jaw that's warm to touch, it was the size of a coin this morning and now it's like the size "
               "of my palm. anyway when can i start wearing makeup again?")
    assert triage(message, day=2).escalate


def test_a_patch_told_smaller_now_than_its_size_before_is_no_spreading() -> None:
    message = "the red spot was the size of a coin yesterday and now it's smaller, the size of a pea"
    assert not triage(message, day=3).escalate


def test_asking_whether_a_sting_is_normal_or_a_reaction_is_a_question_not_a_report() -> None:
    message = ("had my session yesterday. this morning washing my face stung a bit and putting on my moisturizer "
               "made it tingle/burn slightly. is that normal or am i reacting to something?")
    assert not triage(message, day=1).escalate


def test_a_reaction_told_as_the_clients_own_still_escalates() -> None:
    assert triage("i'm reacting to the serum, my face is burning", day=1).escalate


def test_more_redness_than_at_the_last_session_is_a_comparison_not_a_sign_growing() -> None:
    message = ("my first session was at 0.5mm and yesterday they went to 1.5mm, and i'm way more red this time than "
               "last. does the deeper one take longer to recover from?")
    assert not triage(message, day=1).escalate


@pytest.mark.parametrize("message", ["my face is red. i have darker skin, will it last longer?",
                                     "im a bit red. is the deeper treatment better?"])
def test_deeper_or_darker_saying_which_of_another_thing_is_no_sign_changing(message: str) -> None:
    assert not triage(message, day=1).escalate


def test_redness_getting_deeper_and_angrier_still_escalates() -> None:
    assert triage("the redness is getting deeper and angrier", day=2).escalate


def test_hay_fever_is_no_fever() -> None:
    assert not triage("i take zyrtec every day for hay fever. does that interfere with healing?", day=5).escalate


def test_a_fever_told_beside_hay_fever_still_escalates() -> None:
    assert triage("i have hay fever but now also a fever of 39", day=2).escalate


@pytest.mark.parametrize("message", ["is swelling worse the next day?", "is redness worse for people with darker skin?",
                                     "is the redness usually worse on day 2?"])
def test_whether_a_normal_sign_is_worse_at_some_time_asked_in_general_is_a_question_not_a_report(message: str) -> None:
    assert not triage(message).escalate


@pytest.mark.parametrize("message", ["is it normal that my face is swelling more today?",
                                     "the swelling is worse today than yesterday"])
def test_a_sign_told_as_growing_beside_such_a_question_still_escalates(message: str) -> None:
    assert triage(message).escalate


@pytest.mark.parametrize("message", ["will my redness be worse if i have darker skin",
                                     "will the swelling be worse if i'm on my period",
                                     "will i peel more if i have sensitive skin?"])
def test_a_question_asked_under_a_condition_that_names_no_sign_is_no_report(message: str) -> None:
    assert not triage(message).escalate


@pytest.mark.parametrize("message", ["will my redness be worse if i have pus", "what should i do if i have a fever",
                                     "will the swelling be worse if im swelling already"])
def test_a_condition_that_names_a_warning_sign_still_escalates(message: str) -> None:
    assert triage(message).escalate


@pytest.mark.parametrize("message", ["how infection happen after microneedling? want to be carefull",
                                     "how infections occur after microneedling"])
def test_how_infections_happen_asked_without_its_auxiliary_is_a_question(message: str) -> None:
    assert not triage(message).escalate


@pytest.mark.parametrize("message", ["how does infection spread, mine is spreading", "how common is pus? mine is oozing"])
def test_mine_told_as_doing_what_a_growing_sign_does_after_asking_of_it_escalates(message: str) -> None:
    assert triage(message).escalate


def test_mine_told_as_fading_after_asking_how_long_redness_lasts_does_not_escalate() -> None:
    assert not triage("how long does redness last? mine is fading").escalate


@pytest.mark.parametrize("message", ["is it normal that my face is swelling more today?",
                                     "face is puffing up more this morning", "it burns more now than yesterday"])
def test_a_normal_sign_told_as_growing_escalates_on_the_day_after(message: str) -> None:
    assert triage(message, day=1).escalate


@pytest.mark.parametrize("message", ["my face is a bit swollen today, is that normal",
                                     "the swelling is going down more today"])
def test_a_normal_sign_told_as_steady_or_settling_on_the_day_after_does_not_escalate(message: str) -> None:
    assert not triage(message, day=1).escalate


@pytest.mark.parametrize("message", [
    "My skin has these darker greyish-brown splotches now that weren't there before, it's been about 10 days since my "
    "treatment.",
    "i have dark patches on my cheeks now, 10 days after",
    "brown splotches on my face since the treatment"])
def test_dark_patches_told_beside_the_time_since_the_session_escalate(message: str) -> None:
    assert triage(message).escalate


@pytest.mark.parametrize("message", ["my dark spots are fading 2 weeks after the session",
                                     "I have dark spots from old acne, 3 days after treatment can i use vitamin c"])
def test_dark_spots_told_as_fading_or_as_old_marks_do_not_escalate(message: str) -> None:
    assert not triage(message).escalate


@pytest.mark.parametrize("message", [
    "My sister got a rash after her microneedling, I don't have anything like that. How long should my redness last?",
    "I had hives once years ago from a new laundry detergent — nothing like that now. Is it ok to go to the gym the day "
    "after treatment?",
    "My friend got an infection after using a derma roller at home. I had mine done at a clinic — how do infections "
    "usually happen?",
    "my sister got a rash after hers, how long should my redness last?"])
def test_someone_elses_or_a_past_sign_the_client_says_they_do_not_have_now_is_no_report(message: str) -> None:
    assert not triage(message).escalate


@pytest.mark.parametrize("message", [
    "my husband got a fever after his treatment, I don't have anything like that, what should he do?",
    "I had hives once years ago — now I have hives again on my neck",
    "my sister got pus after hers, should my sister see a doctor?"])
def test_a_sign_asked_about_for_the_other_person_or_back_now_still_escalates(message: str) -> None:
    assert triage(message).escalate


def test_the_day_and_pace_told_beside_a_sign_gone_are_left_out_of_what_the_net_reads_with_it() -> None:
    assert without_signs_over("Day 3 and my redness is mostly gone already — is that normal or too fast?") == (
        "Day 3 and my already — is that normal or too fast?")


def test_a_sign_back_on_a_later_day_after_one_over_is_still_read_whole_by_the_net() -> None:
    assert without_signs_over("my redness went away but on day 5 it's back") is None


def test_redness_told_as_mostly_gone_on_day_3_is_answered_not_escalated(client) -> None:
    message = "Day 3 and my redness is mostly gone already — is that normal or too fast?"
    assert client.post("/v1/answer", json={"question": message}).json()["type"] == "answer"
