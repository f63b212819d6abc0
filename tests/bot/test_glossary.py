"""Clients' words bridged to the guides' own, from the seeds in bot/data/glossary.yaml."""

import re

import pytest

from bot.reading.glossary import expand


def test_a_clients_word_is_followed_by_the_guides_word_for_it() -> None:
    assert expand("can I go to the gym tomorrow?").text == "can I go to the gym tomorrow? (sweating)"


def test_the_bridged_client_words_are_reported_for_the_refuse_decision() -> None:
    assert expand("whats the ideal number of seshs").bridged == frozenset({"sesh"})  # "number" is not "numb"  # stemmed, as the refuse decision compares words


def test_a_question_in_the_guides_own_words_is_left_as_it_is() -> None:
    assert expand("how long does redness last?").text == "how long does redness last?"


def test_asking_what_the_treatment_may_cause_is_bridged_to_the_guides_side_effects() -> None:
    assert expand("can microneedling cause an infection?").text.endswith("(side effects risks)")


def test_asking_about_treatment_with_active_acne_gets_who_should_avoid_it(client) -> None:
    body = client.post("/v1/answer", json={"question": "can I get microneedling if I have active acne?"}).json()
    assert body["answer"].startswith("Those with acne, infections, open wounds, or certain skin types")


def test_results_fading_are_bridged_to_how_long_results_last_not_to_redness_fading() -> None:
    assert expand("Why do microneedling results fade over time?").text.endswith("(how long results last)")


def test_how_long_the_whole_appointment_takes_is_the_procedures_length(client) -> None:
    body = client.post("/v1/answer", json={"question": "how long does the whole microneedling appointment take"}).json()
    assert body["answer"].startswith("During the procedure: The whole process takes 30-60 minutes")


def test_the_next_one_is_the_next_session() -> None:
    assert expand("can i book my next one in 2 weeks?").text.endswith("(next session)")


def test_dark_marks_are_bridged_to_the_guides_pigmentation() -> None:
    assert expand("will it leave dark marks?").text.endswith("(pigmentation hyperpigmentation)")


def test_chat_shorthand_for_appointments_is_bridged_to_the_guides_sessions() -> None:
    assert expand("are the appts long?").text.endswith("(sessions)")


def test_a_question_in_chat_shorthand_gets_the_guides_interval(client) -> None:
    body = client.post("/v1/answer", json={"question": "whats the minimum wait between microneedling appts"}).json()
    assert body["type"] == "answer" and "4–6 weeks" in body["answer"]


def test_whiteheads_are_read_as_the_guides_breakouts(client) -> None:
    body = client.post("/v1/answer", json={"question": "got a couple of whiteheads on day 6 post microneedling"}).json()
    assert body["type"] == "answer" and "mild breakouts" in body["answer"]


def test_a_question_about_straight_after_the_treatment_gets_the_immediate_effects_not_a_later_stage(client) -> None:
    body = client.post("/v1/answer", json={"question": "what does my skin look like straight after microneedling"}).json()
    assert body["type"] == "answer" and "Weeks 6–8" not in body["answer"]
    assert "first day or two" in body["answer"]


def test_asking_about_sessions_every_two_weeks_gets_the_guides_interval(client) -> None:
    body = client.post("/v1/answer", json={"question": "can i do it every 2 weeks to speed things up"}).json()
    assert body["type"] == "answer" and "4–6 weeks" in body["answer"]


def test_breaking_out_told_as_a_statement_gets_the_guides_breakouts(client) -> None:
    body = client.post("/v1/answer", json={"question": "I had microneedling 5 days ago and I'm breaking out a bit"}).json()
    assert body["type"] == "answer" and "mild breakouts" in body["answer"]


def test_a_question_about_the_days_before_the_treatment_gets_the_pre_treatment_guidelines(client) -> None:
    body = client.post("/v1/answer", json={"question": "anything I should stop using the week before?"}).json()
    assert body["type"] == "answer" and body["answer"].startswith("Before Your Appointment:")


def test_an_age_told_as_a_number_reaches_what_the_guides_say_of_older_skin(client) -> None:
    body = client.post("/v1/answer", json={"question": "I'm 58, will microneedling still work on my skin?"}).json()
    assert body["type"] == "answer" and re.search(r"mature skin|older skin|over 50", body["answer"].split("[1]")[0], re.I)


def test_what_to_avoid_after_the_appointment_gets_the_aftercare_not_the_pre_treatment_list(client) -> None:
    body = client.post("/v1/answer", json={"question": "what should I avoid after my appointment?"}).json()
    assert body["type"] == "answer" and not body["answer"].startswith("Before Your Appointment")
    assert "24 to 48 hours" in body["answer"].split("[2]")[0]


def test_a_top_up_is_read_as_a_touch_up_after_the_series() -> None:
    assert "touch-up maintenance" in expand("how often should I come back for top-ups once I've finished?").text


@pytest.mark.parametrize(("question", "added"), [("Can I restart actives after microneedling?", "retinol acids"),
                                                  ("when does neocollagenesis peak?", "collagen production"),
                                                  ("Does my Fitzpatrick type matter?", "darker tone")])
def test_skincare_jargon_is_read_in_the_guides_words(question: str, added: str) -> None:
    assert added in expand(question).text


@pytest.mark.parametrize(("question", "added"), [("how long should I lay off exfoliating?", "avoid"),
                                                  ("what am I not allowed to do tomorrow?", "avoid"),
                                                  ("can i use my HA serum tonight?", "hyaluronic acid"),
                                                  ("How long will I be at the clinic?", "whole process takes"),
                                                  ("how long does the treatment itself take?", "whole process takes")])
def test_everyday_ways_of_saying_what_the_guides_name_are_bridged(question: str, added: str) -> None:
    assert added in expand(question).text


@pytest.mark.parametrize(("question", "added"), [("got a cut on my cheek, can i still get needled", "open wounds"),
                                                  ("What sort of instrument is used?", "pen-like device")])
def test_a_cut_is_an_open_wound_and_an_instrument_the_guides_device(question: str, added: str) -> None:
    assert added in expand(question).text


@pytest.mark.parametrize("sport", ["football", "crossfit", "tennis", "pilates"])
def test_a_sport_is_the_sweating_the_guides_speak_of(sport: str) -> None:
    assert expand(f"can I play {sport} after microneedling?").text.endswith("(sweating)")


@pytest.mark.parametrize("question", ["how long is the downtime after microneedling?", "when will I look normal again?"])
def test_downtime_or_looking_normal_again_is_the_visible_recovery(question: str) -> None:
    assert "visible recovery" in expand(question).text


def test_asking_what_to_do_so_results_stay_is_bridged_to_maintaining_them() -> None:
    assert "maintain prolong long-term results" in expand("what can i do so the results dont just dissapear").text


def test_results_told_as_fading_are_no_question_of_how_long_results_last() -> None:
    assert "how long results last" not in expand("my results are fading, should I do another one?").text


@pytest.mark.parametrize("question", ["when can i go back to my AHA peel pads", "can I use azelaic acid after microneedling?",
                                      "when can i use AHAs again", "are BHAs ok after"])
def test_acids_and_acid_pads_by_name_are_the_guides_acids(question: str) -> None:
    assert "acids exfoliate" in expand(question).text


@pytest.mark.parametrize(("said", "guides"), [("can i have a few bevvies tonight", "alcohol"),
                                              ("im up the duff, can i still get it done", "pregnant"),
                                              ("when can i go back on my tret", "retinol")])
def test_everyday_words_for_alcohol_pregnancy_and_tretinoin_reach_the_guides_words(said: str, guides: str) -> None:
    assert guides in expand(said).text


@pytest.mark.parametrize("question", ["its only been 3 weeks since my last one, can i squeeze another in before xmas?",
                                      "can i fit one more in before christmas"])
def test_squeezing_another_session_in_is_the_interval_between_sessions(question: str) -> None:
    assert "interval between each session" in expand(question).text


@pytest.mark.parametrize(("said", "guides"), [("glass of red with dinner tonight ok?", "alcohol"),
                                              ("going skiing next weekend, anything i should know", "cold dry air"),
                                              ("will the sun make my skin go darker", "pigmentation problems")])
def test_wine_by_the_glass_ski_trips_and_skin_going_darker_reach_the_guides_words(said: str, guides: str) -> None:
    assert guides in expand(said).text


def test_skin_is_no_ski_trip() -> None:
    assert "cold dry air" not in expand("my skin feels tight").text


@pytest.mark.parametrize("question", ["what if I miss my next session, will it undo everything?",
                                      "what happens if i leave it 3 months between sessions",
                                      "what if i stop after 2 sessions"])
def test_a_session_missed_put_off_or_left_long_is_treatments_too_far_apart(question: str) -> None:
    assert "treatments too far apart" in expand(question).text


@pytest.mark.parametrize("question", ["job interview monday, will i be able to cover up the redness?",
                                      "need to cover it up for work"])
def test_covering_up_the_face_is_makeup(question: str) -> None:
    assert "(makeup)" in expand(question).text


def test_the_aftercare_rules_are_what_the_guides_say_to_do_and_avoid(client) -> None:
    body = client.post("/v1/answer", json={"question": "what are the aftercare rules"}).json()
    assert body["type"] == "answer" and "Failure to follow" not in body["answer"].split("\n\n")[0]


def test_warning_signs_to_watch_out_for_are_the_guides_more_serious_risks(client) -> None:
    body = client.post("/v1/answer", json={"question": "what are the warning signs i should watch out for"}).json()
    assert body["type"] == "answer" and "- Infection\n- Hyperpigmentation" in body["answer"].split("\n\n[")[0]
    assert "touch-up" not in body["answer"]


def test_skin_that_feels_like_sandpaper_afterwards_is_the_rough_skin_of_the_first_days(client) -> None:
    body = client.post("/v1/answer", json={"question": "my skin feels like sandpaper, normal?"}).json()
    assert body["answer"].split("[1]")[0].endswith("Rough skin for a day or two ")


def test_sandpaper_during_the_treatment_is_still_the_needlings_feel(client) -> None:
    body = client.post("/v1/answer", json={"question": "does it feel like sandpaper during the treatment?"}).json()
    assert "- Sandpaper" in body["answer"].split("[1]")[0]


def test_a_clients_usual_products_are_the_harsh_products_held_off_for_a_day_or_two(client) -> None:
    body = client.post("/v1/answer", json={"question": "when can i use my usual products again"}).json()
    assert body["answer"].startswith("Avoid using makeup, sweating, direct sunlight, and harsh products such as retinol "
                                     "and acid for 24 to 48 hours")


def test_how_long_the_whole_course_takes_is_read_as_the_series_of_sessions() -> None:
    assert "series of sessions spaced weeks apart" in expand("how long does the whole course take start to finish?").text


@pytest.mark.parametrize("message", ["brow gel??", "bb cream tomorrow?", "tinted moisturiser ok tomorrow"])
def test_brow_products_and_tinted_creams_are_makeup(message: str) -> None:
    assert "makeup" in expand(message).text


def test_cycling_to_work_is_sweating() -> None:
    assert "sweating" in expand("ok to cycle to work tmrw").text


@pytest.mark.parametrize(("message", "bridge"), [
    ("how long do they leave the numbing goop on for", "numbing cream"),
    ("how long does the numbing creme take", "numbing cream"),
    ("is it like getting a tattoo?", "sensation is often compared to"),
    ("is this a one and done thing", "permanent"),
    ("who isnt allowed to have this done", "should not undergo the treatment"),
    ("just found out im expecting, can I still keep my next booking?", "pregnant"),
    ("ouch factor?", "painful"),
    ("how long will I actually be lying there for", "whole process takes minutes"),
    ("when can i rebook?", "sessions spaced weeks apart"),
    ("how long does it stick around?", "last"),
    ("can i do my full glam or nah", "makeup"),
    ("how many days till i look like me again", "visible recovery back to normal"),
    ("few beers at the footy tonight, ok?", "alcohol"),
    ("can I use maquillage tomorrow?", "makeup"),
    ("when I can put the Sonnencreme after treatment?", "sunscreen"),
    ("sono un po gonfia today, is normal?", "swelling"),
    ("can I tan the week before my microneedling?", "sun exposure"),
    ("footy match tmrw, ok to play?", "sweating"),
    ("Do I need time off work?", "recovery first 24-48 hours"),
    ("i finished my 4 sessions last month, do i need to keep coming back?", "touch-up maintenance"),
])
def test_a_clients_everyday_words_are_bridged_to_the_guides(message: str, bridge: str) -> None:
    assert bridge in expand(message).text[len(message):]


def test_expecting_something_else_is_no_pregnancy() -> None:
    assert "pregnant" not in expand("I'm expecting some redness, right?").text


@pytest.mark.parametrize("message", ["can i use fake tan after", "can I use self tanner after?",
                                     "is self-tanning lotion ok after microneedling?", "can I get a spray tanning session?"])
def test_a_tan_from_a_bottle_is_no_sun_exposure(message: str) -> None:
    assert "sun exposure" not in expand(message).text


@pytest.mark.parametrize("message", ["is a tanning bed ok the week after?", "can I go tanning before my session?"])
def test_tanning_in_the_sun_or_a_sunbed_is_sun_exposure(message: str) -> None:
    assert "sun exposure" in expand(message).text


def test_self_tanner_after_treatment_is_not_answered_with_sun_advice(client) -> None:
    body = client.post("/v1/answer", json={"question": "can I use self tanner after?"}).json()
    assert body["type"] == "no_answer"


@pytest.mark.parametrize("message", ["looks fine on the outside now, is my skin still healing underneath?",
                                     "it looks healed from the outside but feels tight"])
def test_the_skin_on_the_outside_is_how_it_looks_not_sun_exposure(message: str) -> None:
    assert "sun exposure" not in expand(message).text


def test_sitting_outside_is_sun_exposure() -> None:
    assert "sun exposure" in expand("can I sit outside tomorrow?").text


def test_healing_under_a_surface_that_looks_fine_is_answered_with_the_two_months_below_it(client) -> None:
    question = "looks fine on the outside now, is my skin still healing underneath?"
    body = client.post("/v1/answer", json={"question": question}).json()
    assert "healing will still be happening under the surface of your skin for up to 2 months" in body["answer"]


@pytest.mark.parametrize("question", ["can I do weights tomorrow?", "when can I do weight training again?",
                                      "can i lift weights at the gym?"])
def test_training_with_weights_is_the_sweating_the_guides_speak_of(question: str) -> None:
    assert "sweating" in expand(question).text


@pytest.mark.parametrize("question", ["How do I know if microneedling worked?", "did my microneedling work?"])
def test_whether_the_treatment_worked_for_the_client_is_answered_with_when_results_show(client, question: str) -> None:
    body = client.post("/v1/answer", json={"question": question}).json()
    assert "True micro needling results become more apparent between 2 to 4 weeks" in body["answer"]


def test_how_the_treatment_works_in_general_is_still_answered_with_how_it_works(client) -> None:
    body = client.post("/v1/answer", json={"question": "how does microneedling work?"}).json()
    assert body["answer"].startswith("Microneedling creates tiny, precise wounds on your skin")


@pytest.mark.parametrize("question", ["how many sessions for deep boxcar scars?", "how many rounds for my ice pick scars"])
def test_a_kind_of_acne_scar_gets_the_guides_sessions_for_acne_scars(client, question: str) -> None:
    body = client.post("/v1/answer", json={"question": question}).json()
    assert body["type"] == "answer" and "Deep Scars: 6-8+ Sessions" in body["answer"]


def test_seeing_a_difference_is_bridged_to_results_showing() -> None:
    assert expand("how many sessions until I see a difference?").text.endswith("(results visible improvement)")


def test_not_seeing_a_difference_is_not_bridged_to_results_showing() -> None:
    assert "(results visible improvement)" not in expand("I can't see a difference").text


def test_a_count_of_sessions_until_a_difference_shows_is_answered_with_when_improvements_show(client) -> None:
    body = client.post("/v1/answer", json={"question": "how many sessions until I see a difference?"}).json()
    assert body["answer"].startswith("Patients often notice initial improvements after the second session")
