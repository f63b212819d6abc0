"""Follow-ups and treatment days through the real API: the client sends the chat so far; the API keeps no state."""

import re
from datetime import date, timedelta

import pytest
from fastapi.testclient import TestClient

from aftercare.settings import Settings


# The sections of the first days' stage of the healing timeline, in each guide.
FIRST_DAYS = ("First 24-48 hours", "First 24 to 48 Hours", "Initial Recovery Phase (1-2 Days)",
              "The First Few Days: Initial Recovery")


def ask(client: TestClient, question: str, previous: list[dict] | None = None,
        treatment_date: str | None = None) -> dict:
    context = {"previous": previous or [], "treatment_date": treatment_date}
    response = client.post("/v1/answer", json={"question": question, "session_id": "s1", "context": context})
    assert response.status_code == 200, response.text
    return response.json()


# The guides give the rule for the sun in the first days twice, in the timeline and in the FAQ: either answers.
FIRST_DAYS_SUN_RULE = re.compile(
    r"^(The First Few Days: Initial Recovery: In the first 24–48 hours, your skin will begin to heal\. Avoid makeup, harsh "
    r"skincare products, and sun exposure during this period|Avoid using makeup, sweating, direct sunlight, and harsh "
    r"products such as retinol and acid for 24 to 48 hours)")


def test_an_elliptical_follow_up_is_answered_about_its_new_subject_and_says_how_it_was_read(client: TestClient) -> None:
    body = ask(client, "and makeup?", [{"question": "can I work out tomorrow?", "type": "answer", "doc_ids": None}])
    assert body["interpreted_as"] == "can I makeup tomorrow?"
    assert body["type"] == "answer" and re.search(r"makeup", body["answer"], re.I)


def test_a_question_that_stands_alone_gets_the_same_answer_with_unrelated_history(client: TestClient) -> None:
    alone = ask(client, "how many sessions will I need for acne scars?")
    after = ask(client, "how many sessions will I need for acne scars?",
                [{"question": "when can I wear makeup again?", "type": "answer", "doc_ids": ["how-many-sessions"]}])
    assert after["interpreted_as"] is None
    assert (after["type"], after["answer"]) == (alone["type"], alone["answer"])


def test_a_follow_up_naming_its_subject_and_asking_in_its_own_words_is_read_alone(client: TestClient) -> None:
    body = ask(client, "ok and the redness, how long?",
               [{"question": "what about sunscreen, can i put it on?", "type": "answer", "doc_ids": None}])
    assert body["interpreted_as"] is None
    assert "The redness typically subsides within 24–48 hours" in body["answer"]


@pytest.mark.parametrize("question", ["is hot yoga ok the day after?", "will my face swell?",
                                      "is wedding sat ok if i do it wed"])
def test_a_question_joined_to_the_chat_by_ok_and_gets_the_answer_it_gets_alone(client: TestClient, question: str) -> None:
    previous = [{"question": "how long does the redness last?", "type": "answer", "doc_ids": None}]
    alone = ask(client, question)
    joined = ask(client, f"ok and {question}", previous)
    assert alone["type"] == "answer"
    assert (joined["type"], joined["answer"]) == (alone["type"], alone["answer"])


@pytest.mark.parametrize("signed_off", [" thanks", " lol", "???? 🙂"])
def test_a_sign_off_after_a_question_leaves_its_answer_as_it_is(client: TestClient, signed_off: str) -> None:
    alone = ask(client, "face feels hot n warm after MN")
    signed = ask(client, f"face feels hot n warm after MN{signed_off}")
    assert alone["type"] == "answer"
    assert (signed["type"], signed["answer"]) == (alone["type"], alone["answer"])


def test_a_follow_up_reporting_spreading_redness_is_escalated(client: TestClient) -> None:
    body = ask(client, "it's spreading now", [{"question": "how long will my face be red after microneedling?",
                                               "type": "answer", "doc_ids": None}])
    assert body["type"] == "escalation"


def test_the_same_words_alone_are_not_escalated(client: TestClient) -> None:
    assert ask(client, "it's spreading now")["type"] != "escalation"


def test_flaking_on_day_4_asked_after_a_question_of_how_long_redness_lasts_is_answered_not_escalated(
        client: TestClient) -> None:
    four_days_ago = (date.today() - timedelta(days=4)).isoformat()
    body = ask(client, "is it normal its flaky now", [{"question": "how long does redness last", "type": "answer",
                                                       "doc_ids": None}], treatment_date=four_days_ago)
    assert body["type"] == "answer" and "dryness" in body["answer"]


def test_a_short_follow_up_saying_the_redness_asked_about_is_still_there_on_day_6_is_escalated(client: TestClient) -> None:
    six_days_ago = (date.today() - timedelta(days=6)).isoformat()
    body = ask(client, "mine is still there", [{"question": "how long does redness last", "type": "answer",
                                                "doc_ids": None}], treatment_date=six_days_ago)
    assert body["type"] == "escalation"


def test_a_treatment_date_gives_the_day_and_a_flaking_question_the_days_3_to_7_stage(client: TestClient) -> None:
    four_days_ago = (date.today() - timedelta(days=4)).isoformat()  # the default clinic time zone is UTC
    body = ask(client, "is this flaking normal?", treatment_date=four_days_ago)
    assert body["treatment_day"] == 4
    assert body["answer"].startswith("Day 4 after treatment:")
    assert body["citations"][0]["section"].endswith(("Days 3 to 7", "Days 3-5", "Skin Healing Period (3-7 Days)"))


def test_a_feeling_of_the_first_days_told_on_day_3_leads_with_the_stage_of_day_3(client: TestClient) -> None:
    three_days_ago = (date.today() - timedelta(days=3)).isoformat()
    body = ask(client, "my skin feels tight and dry", treatment_date=three_days_ago)
    assert body["answer"].startswith("Day 3 after treatment:")
    assert body["citations"][0]["section"].endswith(("Days 3 to 7", "Days 3-5", "Skin Healing Period (3-7 Days)"))


def test_the_same_feeling_with_no_day_known_is_answered_with_the_first_days(client: TestClient) -> None:
    body = ask(client, "my skin feels tight and dry")
    assert body["treatment_day"] is None and body["answer"].startswith("First 24-48 hours: Your skin might also be warm and tight.")


def test_what_to_use_on_day_15_is_not_answered_with_a_stage_long_over(client: TestClient) -> None:
    fifteen_days_ago = (date.today() - timedelta(days=15)).isoformat()
    body = ask(client, "im on day 15, what should i be using on my skin now", treatment_date=fifteen_days_ago)
    assert body["type"] == "answer"
    assert not body["citations"][0]["section"].endswith((*FIRST_DAYS, "Skin Healing Period (3-7 Days)", "Days 3-5"))


def test_a_question_after_a_story_is_answered_as_the_question_alone_would_be(client: TestClient) -> None:
    body = ask(client, "My first appointment is on Wednesday and I've never had anything done to my face before, not "
                       "even a facial. I'm a big baby with needles, I nearly fainted at my last blood test. What does it "
                       "actually feel like while they're doing it?")
    assert body["type"] == "answer" and "Light scratching" in body["answer"]
    assert body["interpreted_as"] == "What does it actually feel like while they're doing it?"


@pytest.mark.parametrize("question", ["I'm allergic to nickel. Are the needles safe for me?",
                                      "Lash lift booked for Wednesday, microneedling on Monday. Is that too close together?",
                                      "I am booked to have Botox in my forehead the same week as my microneedling. Would "
                                      "you advise against combining them so closely?"])
def test_a_question_about_what_its_story_tells_is_not_read_without_the_story(client: TestClient, question: str) -> None:
    assert ask(client, question)["type"] == "no_answer"


@pytest.mark.parametrize("question", ["ok what if it scars?", "what if I get scarring from it, is that a risk?"])
def test_asking_what_if_it_scars_leads_with_scarring_among_the_risks(client: TestClient, question: str) -> None:
    body = ask(client, question)
    assert body["type"] == "answer" and body["answer"].startswith("More serious side effects are possible, though rare")
    assert "Scarring" in body["answer"].split("[1]")[0]


FEVER_SPREADING = {"question": "i have a fever and the redness is spreading", "type": "escalation", "doc_ids": None}
PUS = {"question": "my cheek is oozing yellow pus", "type": "escalation", "doc_ids": None}


def test_saying_ill_ring_them_before_another_question_after_an_escalation_is_no_request_for_care(
        client: TestClient) -> None:
    body = ask(client, "fine ill ring them. unrelated but how long do results usually last", [FEVER_SPREADING])
    assert body["type"] == "answer" and "please contact the clinic first" in body["answer"]


def test_asking_if_it_is_an_infection_after_saying_im_scared_stays_with_the_clinic(client: TestClient) -> None:
    assert ask(client, "im scared, is this an infection?", [PUS])["type"] == "escalation"


def test_this_week_after_the_clinic_cleared_a_sign_points_at_nothing_the_chat_said(client: TestClient) -> None:
    body = ask(client, "its fine now they checked it. anything i should avoid this week?", [PUS])
    assert body["type"] == "answer" and body["interpreted_as"] is None


@pytest.mark.parametrize("message", ["hello, quick q", "hiya, got a question", "lol ok thank u", "brill cheers for that",
                                     "hiii", "heyy just checking in", "hiya how's your day going?", "hello! hope ur well x"])
def test_greetings_announcing_a_question_and_thanks_in_chat_words_ask_nothing(client: TestClient, message: str) -> None:
    assert ask(client, message)["type"] == "acknowledgement"


def test_going_back_again_past_a_refused_side_question_reads_the_topic_before_it(client: TestClient) -> None:
    body = ask(client, "and how long for that again?",
               [{"question": "how long will i be red after microneedling", "type": "answer", "doc_ids": None},
                {"question": "will the weather in france affect my skin", "type": "no_answer", "doc_ids": None}])
    assert body["interpreted_as"] == "and how long for red again?"
    assert "The redness typically subsides within 24–48 hours" in body["answer"]


def test_a_question_naming_another_time_is_answered_with_that_times_stage_not_the_clients_day(client: TestClient) -> None:
    four_days_ago = (date.today() - timedelta(days=4)).isoformat()
    body = ask(client, "what should my skin look like by 3 to 6 months?", treatment_date=four_days_ago)
    assert body["treatment_day"] == 4 and not body["answer"].startswith("Day 4")
    assert body["citations"][0]["section"].endswith("Long-Term Results (3-6 Months)")


def test_an_event_on_a_weekday_is_answered_with_the_stage_of_that_day_not_the_clients(client: TestClient) -> None:
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    in_two_days = (date.today() + timedelta(days=2)).strftime("%A")
    body = ask(client, f"I've got a work presentation on {in_two_days}, will the flaking be obvious?",
               treatment_date=yesterday)
    assert body["treatment_day"] == 1
    assert body["citations"][0]["section"].endswith(("Days 3 to 7", "Days 3-5", "Skin Healing Period (3-7 Days)"))


def test_an_event_two_days_after_a_treatment_still_to_come_is_answered_with_the_first_days_stage(
        client: TestClient) -> None:
    treatment, wedding = ((date.today() + timedelta(days=n)).strftime("%A") for n in (2, 4))
    body = ask(client, f"I have a wedding {wedding}, can I get it done on {treatment} or is that cutting it fine")
    assert body["type"] == "answer"
    assert body["citations"][0]["section"].endswith(FIRST_DAYS)


def test_an_event_in_ten_days_on_the_treatment_day_is_answered_with_the_stage_of_day_ten(client: TestClient) -> None:
    body = ask(client, "my event is in 10 days wil my face be ok", treatment_date=date.today().isoformat())
    assert body["type"] == "answer"
    assert body["citations"][0]["section"].endswith(("Short-Term Results (1-2 Weeks)", "Week 1–2", "Around 2 Weeks"))


def test_retinol_tonight_before_a_treatment_date_still_to_come_gets_the_before_the_appointment_advice(
        client: TestClient) -> None:
    in_five_days = (date.today() + timedelta(days=5)).isoformat()
    body = ask(client, "can i use my retinol tonight?", treatment_date=in_five_days)
    assert body["citations"][0]["section"].endswith("Before Your Appointment")
    assert "Avoid retinoids, tretinoin, and other prescription products" in body["answer"]


def test_an_event_the_day_after_a_treatment_date_still_to_come_gets_the_first_days_stage(client: TestClient) -> None:
    treatment, party = (date.today() + timedelta(days=n) for n in (5, 6))
    body = ask(client, f"i have a work party on {party:%A}, will my face be ok", treatment_date=treatment.isoformat())
    assert body["type"] == "answer"
    assert body["citations"][0]["section"].endswith(FIRST_DAYS)


def test_a_presentation_the_day_after_a_treatment_the_chat_named_gets_the_first_days_stage(client: TestClient) -> None:
    body = ask(client, "I've got a presentation the day after, will people notice?",
               [{"question": "booked for thursday, how long will I be red for", "type": "answer", "doc_ids": None}])
    assert body["type"] == "answer"
    assert body["citations"][0]["section"].endswith(("Initial Recovery Phase (1-2 Days)", *FIRST_DAYS))


def test_a_party_tonight_on_the_treatment_day_is_answered_with_that_days_stage(client: TestClient) -> None:
    body = ask(client, "going to a party tonight, is that ok?", treatment_date=date.today().isoformat())
    assert body["type"] == "answer" and body["answer"].startswith("The day of treatment (day 0):")


@pytest.mark.parametrize("question", ["is 2 days enough before a job interview?",
                                      "big meeting 3 days after my appointment, will people notice?",
                                      "I have an important meeting 2 days after, will I look ok?"])
def test_a_gap_before_an_event_told_in_days_is_answered_with_the_first_days_stage(client: TestClient, question: str) -> None:
    body = ask(client, question)
    assert body["type"] == "answer"
    assert body["citations"][0]["section"].endswith(FIRST_DAYS)


def test_a_product_kept_up_until_the_appointment_gets_the_before_the_appointment_advice(client: TestClient) -> None:
    body = ask(client, "I use a glycolic toner every night, is that ok up til my microneedling next week?")
    assert body["citations"][0]["section"].endswith("Before Your Appointment")


def test_the_treatment_day_itself_named_beside_a_future_treatment_date_is_no_event(client: TestClient) -> None:
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    body = ask(client, "treatment is tomorrow and i used a scrub this morning", treatment_date=tomorrow)
    assert not body["answer"].startswith(("Days 3-5", "Immediately After Treatment"))


@pytest.mark.parametrize("question", ["is sunbathing ok tomorrow?", "sunbathing tomorrow ok?"])
def test_sun_tomorrow_asked_as_whether_it_is_ok_gets_the_rule_for_the_first_days(client: TestClient, question: str) -> None:
    body = ask(client, question, treatment_date=date.today().isoformat())
    assert re.search(r"24(–| to )48 hours", body["answer"]) and re.search(r"direct sunlight|sun exposure", body["answer"])


def test_swelling_told_as_settled_on_day_three_is_answered(client: TestClient) -> None:
    three_days_ago = (date.today() - timedelta(days=3)).isoformat()
    assert ask(client, "swelling has settled", treatment_date=three_days_ago)["type"] == "answer"


def test_a_spot_before_a_treatment_still_to_come_gets_who_should_avoid_it(client: TestClient) -> None:
    in_six_days = (date.today() + timedelta(days=6)).isoformat()
    body = ask(client, "a spot came up on my chin this morning, can i still come in?", treatment_date=in_six_days)
    assert body["answer"].startswith("Those with acne, infections, open wounds")


def test_when_to_stop_retinol_before_a_treatment_still_to_come_gets_the_before_the_appointment_advice(
        client: TestClient) -> None:
    in_seven_days = (date.today() + timedelta(days=7)).isoformat()
    body = ask(client, "when do i need to stop my retinol", treatment_date=in_seven_days)
    assert body["citations"][0]["section"].endswith("Before Your Appointment")


def test_having_the_sign_asked_about_two_turns_back_is_escalated(client: TestClient) -> None:
    body = ask(client, "I think I might have one",
               [{"question": "how common is infection after microneedling?", "type": "answer", "doc_ids": None},
                {"question": "what usually causes it", "type": "answer", "doc_ids": None}])
    assert body["type"] == "escalation"


def test_a_bare_follow_up_naming_a_sign_after_a_general_question_asks_the_same_of_it(client: TestClient) -> None:
    body = ask(client, "and infection?", [{"question": "is hyperpigmentation a risk", "type": "answer", "doc_ids": None}])
    assert body["type"] == "answer" and body["interpreted_as"] == "is infection a risk"


def test_a_bare_follow_up_naming_a_sign_after_a_report_is_still_escalated(client: TestClient) -> None:
    body = ask(client, "and pus?", [{"question": "my face is red and hot", "type": "answer", "doc_ids": None}])
    assert body["type"] == "escalation"


@pytest.mark.parametrize("question", ["how common is infection after microneedling?", "what's the chance it gets infected"])
def test_how_common_a_risk_is_answered_with_how_often_the_guides_say_it_happens(client: TestClient, question: str) -> None:
    assert ask(client, question)["answer"].startswith("More serious side effects are possible, though rare")


def test_going_out_tonight_after_a_treatment_this_morning_is_answered_with_the_days_stage(client: TestClient) -> None:
    body = ask(client, "going out tonight, had it done this morning lol will i look a mess")
    assert body["type"] == "answer" and body["answer"].startswith("The day of treatment (day 0):")


def test_retinol_tonight_with_an_appointment_still_to_come_gets_the_before_the_appointment_advice(
        client: TestClient) -> None:
    in_three_days = (date.today() + timedelta(days=3)).strftime("%A")
    body = ask(client, f"can i use retinol tonight? my appointment is on {in_three_days}")
    assert body["citations"][0]["section"].endswith("Before Your Appointment")


def test_a_question_naming_weeks_since_treatment_leads_with_the_stage_of_those_weeks(client: TestClient) -> None:
    body = ask(client, "What should I expect at the 2 week mark?")
    assert body["citations"][0]["section"].endswith(("Visible Results (2-4 Weeks)", "Around 2 Weeks", "Week 1–2",
                                                     "Short-Term Results (1-2 Weeks)"))


def test_a_span_told_of_another_treatment_in_the_story_is_no_day_asked_about(client: TestClient) -> None:
    body = ask(client, "I had a TCA peel last year and shed in big sheets for a week. "
                       "Am I going to peel like that after microneedling?")
    assert "Don’t expect dramatic peeling like after a chemical peel." in body["answer"].split("[1]")[0]


@pytest.mark.parametrize("question", ["can I go back to the gym now?", "can I wear foundation now?"])
def test_asking_leave_for_an_activity_days_after_treatment_leads_with_the_rule_not_the_days_stage(
        client: TestClient, question: str) -> None:
    body = ask(client, question, treatment_date=(date.today() - timedelta(days=9)).isoformat())
    assert "makeup, sweating" in body["answer"].split("[1]")[0]


@pytest.mark.parametrize("question, treatment_date", [
    ("So after this one when will I see the full results?", date.today().isoformat()),
    ("day 1, when will i see results?", None)])
def test_asking_when_results_show_in_the_first_days_is_answered_with_weeks_not_the_days_redness(
        client: TestClient, question: str, treatment_date: str | None) -> None:
    body = ask(client, question, treatment_date=treatment_date)
    first = body["answer"].split("[1]")[0]
    assert re.search(r"\b(2–4 weeks|3–6 months)\b", first) and "redness" not in first


def test_a_client_weeks_after_treatment_is_not_told_who_should_not_have_it(client: TestClient) -> None:
    body = ask(client, "skin looks smoother but I still have marks from acne, is that normal?",
               treatment_date=(date.today() - timedelta(days=21)).isoformat())
    assert "shallow acne scars could look less pronounced" in body["answer"]
    assert "should not undergo the treatment" not in body["answer"]


def test_of_two_days_in_a_message_the_one_that_dates_the_treatment_gives_the_day(client: TestClient) -> None:
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    body = ask(client, "i did a spin class this morning, treatment was yesterday afternoon. was that too soon?",
               treatment_date=yesterday)
    assert body["treatment_day"] == 1 and "sweating" in body["answer"]


def test_a_client_past_the_treatment_is_not_answered_with_what_to_skip_before_one(client: TestClient) -> None:
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    body = ask(client, "Going on a beach holiday to Tenerife on the 14th, will that be a problem for my skin?",
               treatment_date=yesterday)
    assert body["type"] == "answer" and not body["answer"].startswith("Before Your Appointment")
    assert "sun" in body["answer"]


def test_a_day_phrase_in_the_question_gives_the_day(client: TestClient) -> None:
    assert ask(client, "had it done 3 days ago, my skin is dry")["treatment_day"] == 3


def test_redness_and_swelling_reported_on_day_6_are_escalated(client: TestClient) -> None:
    six_days_ago = (date.today() - timedelta(days=6)).isoformat()
    assert ask(client, "my face is still red and swollen", treatment_date=six_days_ago)["type"] == "escalation"


def test_warmth_and_redness_on_the_day_of_treatment_are_the_normal_course(client: TestClient) -> None:
    body = ask(client, "my face is red and warm, is that ok?", treatment_date=date.today().isoformat())
    assert body["type"] == "answer" and body["treatment_day"] == 0


def test_a_treatment_date_ahead_gives_no_day(client: TestClient) -> None:
    body = ask(client, "how long does redness last?", treatment_date=(date.today() + timedelta(days=3)).isoformat())
    assert body["treatment_day"] is None


def test_a_treatment_date_ahead_gives_no_day_whatever_the_question_says_of_days_after(client: TestClient) -> None:
    body = ask(client, "will my face swell up? I have a work dinner the night after",
               treatment_date=(date.today() + timedelta(days=8)).isoformat())
    assert body["treatment_day"] is None and "day 0" not in body["answer"]


def test_more_than_ten_earlier_questions_are_refused_with_422(client: TestClient) -> None:
    previous = [{"question": "can I wear makeup?"}] * 11
    response = client.post("/v1/answer", json={"question": "and sunscreen?", "context": {"previous": previous}})
    assert response.status_code == 422
    assert response.json()["error"]["message"].startswith("context.previous")


def test_an_earlier_question_that_is_blank_once_cleaned_is_refused_with_422(client: TestClient) -> None:
    response = client.post("/v1/answer", json={"question": "and sunscreen?",
                                               "context": {"previous": [{"question": " \u200b "}]}})
    assert response.status_code == 422


def test_an_earlier_question_over_1000_characters_is_refused_with_422(client: TestClient) -> None:
    response = client.post("/v1/answer", json={"question": "and sunscreen?",
                                               "context": {"previous": [{"question": "a" * 1001}]}})
    assert response.status_code == 422


def test_a_treatment_date_not_in_yyyy_mm_dd_is_refused_with_422(client: TestClient) -> None:
    response = client.post("/v1/answer", json={"question": "is flaking normal?",
                                               "context": {"treatment_date": "18/11/2026"}})
    assert response.status_code == 422


def test_a_follow_up_that_seemed_to_stand_alone_is_read_with_the_last_subject_when_alone_it_finds_nothing(
        client: TestClient) -> None:
    body = ask(client, "will it stay like that for long?",
               [{"question": "why is my skin so rough after microneedling?", "type": "answer", "doc_ids": None}])
    assert body["interpreted_as"] == "will rough stay like that for long?"
    assert body["type"] == "answer" and "Rough skin for a day or two" in body["answer"]


def test_a_follow_up_the_guides_do_not_cover_is_still_refused_whichever_way_it_is_read(client: TestClient) -> None:
    body = ask(client, "and coffee?", [{"question": "can I drink alcohol after microneedling?", "type": "answer",
                                        "doc_ids": None}])
    assert body["type"] == "no_answer"


def test_a_follow_up_asking_only_how_long_is_answered_with_the_last_questions_time(client: TestClient) -> None:
    body = ask(client, "and for how long?", [{"question": "what must I avoid after my microneedling?", "type": "answer",
                                              "doc_ids": None}])
    assert body["interpreted_as"] == "what must I avoid after my microneedling? for how long?"
    assert body["type"] == "answer" and "for 24 to 48 hours" in body["answer"]


def test_a_follow_up_telling_that_a_sign_has_lasted_six_days_and_grows_is_escalated(client: TestClient) -> None:
    body = ask(client, "it's been like this for 6 days and getting worse",
               [{"question": "my skin is red and tight", "type": "answer", "doc_ids": None}])
    assert body["type"] == "escalation"


def test_a_question_that_dates_the_treatment_first_is_answered_with_that_days_stage(client: TestClient) -> None:
    body = client.post("/v1/answer", json={"question": "had it done 2 days ago and my cheeks feel tight, is that ok?"}).json()
    assert body["type"] == "answer" and body["treatment_day"] == 2
    assert body["answer"].startswith("Day 2 after treatment:") and "tight" in body["answer"]


def test_a_message_that_only_tells_the_treatment_day_is_answered_with_that_days_stage(client: TestClient) -> None:
    body = client.post("/v1/answer", json={"question": "it's day 5"}).json()
    assert body["type"] == "answer" and body["answer"].startswith("Day 5 after treatment:")
    assert any(re.search(r"3.?(-|–|to).?[57]", c["section"] or "") for c in body["citations"])


def test_a_day_told_in_an_earlier_message_of_its_own_dates_a_later_report(client: TestClient) -> None:
    body = ask(client, "my skin is red and warm", [{"question": "I had microneedling 2 days ago", "type": "answer",
                                                    "doc_ids": None}])
    assert body["type"] == "answer" and body["treatment_day"] == 2
    assert body["answer"].startswith("Day 2 after treatment:")


def test_a_day_inside_an_earlier_question_is_reported_but_leaves_the_answer_to_one_that_stands_alone(
        client: TestClient) -> None:
    alone = ask(client, "how many sessions will I need for acne scars?")
    body = ask(client, "how many sessions will I need for acne scars?",
               [{"question": "it's day 4, is flaking normal?", "type": "answer", "doc_ids": None}])
    assert body["treatment_day"] == 4 and body["answer"] == alone["answer"]


def test_a_follow_up_naming_a_place_narrows_the_last_question_rather_than_replacing_its_subject(client: TestClient) -> None:
    body = ask(client, "what about around the lips?", [{"question": "Does microneedling hurt?", "type": "answer"}])
    assert body["type"] == "answer" and body["interpreted_as"] == "Does microneedling hurt around the lips?"


def test_a_message_that_only_thanks_gets_an_acknowledgement_not_the_last_answer_again(client: TestClient) -> None:
    body = ask(client, "ok thanks!", [{"question": "how long will I be red?", "type": "answer"}])
    assert body["type"] == "acknowledgement" and body["citations"] == []
    assert body["answer"] == Settings().acknowledgement_message


def test_a_greeting_gets_the_greeting_not_the_no_answer_message(client: TestClient) -> None:
    body = ask(client, "hey")
    assert body["type"] == "acknowledgement" and body["answer"] == Settings().greeting_message


def test_a_follow_up_after_a_greeting_is_read_with_the_question_before_it(client: TestClient) -> None:
    body = ask(client, "and makeup?", [{"question": "can I work out tomorrow?", "type": "answer"},
                                       {"question": "hi", "type": "acknowledgement"}])
    assert body["interpreted_as"] == "can I makeup tomorrow?"


def test_a_follow_up_after_a_thank_you_is_read_with_the_question_before_it(client: TestClient) -> None:
    body = ask(client, "and makeup?", [{"question": "can I work out tomorrow?", "type": "answer"},
                                       {"question": "ok thanks", "type": "acknowledgement"}])
    assert body["interpreted_as"] == "can I makeup tomorrow?"


def test_asking_whether_to_go_to_the_er_after_an_escalated_message_is_escalated_again(client: TestClient) -> None:
    body = ask(client, "should I go to the ER?", [{"question": "I've broken out in hives all over my face",
                                                   "type": "escalation"}])
    assert body["type"] == "escalation"


def test_a_question_that_stands_alone_after_an_escalated_message_is_answered(client: TestClient) -> None:
    body = ask(client, "when can I wear makeup after microneedling?", [{"question": "I've broken out in hives",
                                                                       "type": "escalation"}])
    assert body["type"] == "answer"


def test_a_follow_up_without_a_subject_of_its_own_after_an_escalated_message_is_escalated_again(client: TestClient) -> None:
    body = ask(client, "is it serious?", [{"question": "there's pus coming out of my cheek", "type": "escalation"}])
    assert body["type"] == "escalation"


def test_a_question_that_asks_only_what_happens_at_a_day_is_answered_with_that_days_stage(client: TestClient) -> None:
    body = ask(client, "What happens at 1 week after micro needling")
    assert body["type"] == "answer" and body["treatment_day"] == 7
    assert body["answer"].startswith("Day 7 after treatment:\n\nWeek 1–2")


def test_how_the_skin_should_look_now_after_a_treatment_date_is_answered_with_that_days_stage(client: TestClient) -> None:
    four_days_ago = (date.today() - timedelta(days=4)).isoformat()  # the default clinic time zone is UTC
    body = ask(client, "how does my skin look now?", treatment_date=four_days_ago)
    assert body["type"] == "answer" and body["treatment_day"] == 4
    assert body["answer"].startswith("Day 4 after treatment:\n\nSkin Healing Period (3-7 Days)")


def test_when_the_skin_will_look_better_after_a_treatment_date_is_answered_with_when_results_show(
        client: TestClient) -> None:
    ten_days_ago = (date.today() - timedelta(days=10)).isoformat()
    body = ask(client, "when will it look better?", treatment_date=ten_days_ago)
    assert body["type"] == "answer" and "When Results Begin To Show" in body["answer"]


def test_a_general_question_about_a_risk_is_answered_not_escalated_by_the_embedding_net(client: TestClient) -> None:
    body = ask(client, "Could I get dark patches from this?")
    assert body["type"] == "answer" and "Pigmentation problems" in body["answer"]


def test_asking_which_number_to_call_after_an_escalated_message_gets_the_escalation_with_the_number(client: TestClient) -> None:
    body = ask(client, "what number should I call?", [{"question": "it's day 4 and the pain is worse than yesterday",
                                                       "type": "escalation"}])
    assert body["type"] == "escalation" and Settings().clinic_phone in body["answer"]


def test_thanks_with_a_plan_to_call_the_clinic_is_an_acknowledgement(client: TestClient) -> None:
    body = ask(client, "ok thanks, I'll call them", [{"question": "now I have hives all over my cheeks",
                                                      "type": "escalation"}])
    assert body["type"] == "acknowledgement"


def test_a_follow_up_telling_only_the_clients_condition_asks_the_last_question_for_them(client: TestClient) -> None:
    body = ask(client, "what if i have really sensitive skin?",
               [{"question": "how long does the redness last after microneedling?", "type": "answer"}])
    assert body["interpreted_as"] == "how long does the redness last after microneedling if i have really sensitive skin?"
    assert body["type"] == "answer" and "up to 72 hours" in body["answer"]


def test_of_two_questions_in_one_message_the_one_the_guides_answer_is_answered_and_the_other_is_said_to_be_not_covered(
        client: TestClient) -> None:
    body = ask(client, "how many sessions do i need for acne scars and how much does each one cost?")
    assert body["type"] == "answer" and "Deep Scars: 6-8+ Sessions" in body["answer"]
    assert body["answer"].endswith(Settings().partial_answer_note)


def test_a_message_whose_parts_the_guides_all_lack_is_refused_whole(client: TestClient) -> None:
    body = ask(client, "how much does it cost and do you take insurance?")
    assert body["type"] == "no_answer"


def test_two_questions_in_one_message_are_each_answered_with_their_own_quote(client: TestClient) -> None:
    body = ask(client, "how many sessions for acne scars, and how far apart should they be?")
    assert body["type"] == "answer" and "Deep Scars: 6-8+ Sessions" in body["answer"]
    assert "spaced 4–6 weeks apart" in body["answer"]
    assert not body["answer"].endswith(Settings().partial_answer_note)


def test_a_terse_message_asking_two_things_joined_by_a_plus_sign_is_answered_for_both(client: TestClient) -> None:
    body = ask(client, "redness how long + makeup when")
    assert body["type"] == "answer" and "The redness typically subsides within 24–48 hours" in body["answer"]
    assert "Avoiding makeup, sweating, and harsh skincare." in body["answer"]


def test_how_long_results_last_is_quoted_with_the_but_that_qualifies_it_and_only_once(client: TestClient) -> None:
    body = ask(client, "how long do results last after one session")
    assert "But it can last long over a year depending on the number of sessions one may have." in body["answer"]
    assert body["answer"].count("results last 4-6 weeks after the first session") == 1


def test_a_condition_told_after_a_question_is_answered_with_what_the_guides_say_of_it(client: TestClient) -> None:
    body = ask(client, "and I've got rosacea", [{"question": "how long is the redness?", "type": "answer"}])
    assert body["type"] == "answer" and "eczema or rosacea may delay healing" in body["answer"].split("[1]")[0]


def test_a_condition_the_guides_never_speak_of_is_not_answered_as_if_the_last_answer_held_for_it(client: TestClient) -> None:
    body = ask(client, "I'm breastfeeding btw", [{"question": "when can I book my next session?", "type": "answer"}])
    assert body["type"] == "no_answer"


def test_asking_whether_to_still_call_after_an_escalated_message_gets_the_escalation_again(client: TestClient) -> None:
    body = ask(client, "it doesn't hurt though. should I still call?",
               [{"question": "it's day 14 and my face is still really red and hot", "type": "escalation"}])
    assert body["type"] == "escalation"


def test_a_part_of_a_refused_message_that_the_guides_answer_only_loosely_is_not_answered(client: TestClient) -> None:
    body = ask(client, "What is the best moisturizer brand to use? Should I use La Roche-Posay?")
    assert body["type"] == "no_answer"


def test_today_in_a_question_does_not_override_the_treatment_date_sent(client: TestClient) -> None:
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    body = ask(client, "she is quite red today after her treatment, is that normal?", treatment_date=yesterday)
    assert body["treatment_day"] == 1


def test_a_follow_up_telling_only_the_day_asks_the_last_question_again_for_that_day(client: TestClient) -> None:
    body = ask(client, "I'm on day 5", [{"question": "my face is still a bit pink, is that normal?", "type": "answer",
                                         "doc_ids": None}])
    assert body["interpreted_as"] == "my face is still a bit pink, is that normal? I'm on day 5"
    assert body["treatment_day"] == 5
    assert "the skin may still have a pinkish hue" in body["answer"]


def test_and_after_that_is_answered_with_the_next_stage_of_the_timeline(client: TestClient) -> None:
    first = "what happens to my skin in the first week after microneedling?"
    body = ask(client, "and after that?", [{"question": first, "type": "answer", "doc_ids": None}])
    assert body["interpreted_as"] == "and after Week 1–2: Early Signs of Improvement?"
    assert body["answer"].startswith("Weeks 3–4: Collagen Remodeling Begins: Around the 3- to 4-week mark")


def test_and_after_that_twice_moves_on_to_the_stage_after_that(client: TestClient) -> None:
    previous = [{"question": "when will I start to see results?", "type": "answer", "doc_ids": None},
                {"question": "and after that?", "type": "answer", "doc_ids": None}]
    assert ask(client, "and after that?", previous)["answer"].startswith("Weeks 6–8: Visible Changes Emerge")


def test_a_condition_the_guides_name_in_another_form_leads_the_answer(client: TestClient) -> None:
    body = ask(client, "and if I have dark skin?", [{"question": "how many sessions for fine lines?", "type": "answer",
                                                     "doc_ids": None}])
    assert body["interpreted_as"] == "how many sessions for fine lines if I have dark skin?"
    assert "Skin with a darker tone may require careful settings" in body["answer"].split("[1]")[0]


def test_an_age_told_as_over_a_number_is_answered_with_what_the_guides_say_of_age(client: TestClient) -> None:
    body = ask(client, "what if I'm over 60?", [{"question": "when do my results look their best?", "type": "answer",
                                                 "doc_ids": None}])
    assert body["type"] == "answer" and "Age" in body["answer"].split("[1]")[0]


def test_an_answer_after_an_escalated_message_opens_with_the_reminder_to_contact_the_clinic(client: TestClient) -> None:
    body = ask(client, "how many sessions will I need for acne scars?", [{"question": "I have blisters on my cheek on day 2",
                                                                          "type": "escalation", "doc_ids": None}])
    assert body["type"] == "answer"
    assert body["answer"].startswith(Settings().after_escalation_note)


def test_an_answer_after_a_sign_of_the_airway_keeps_emergency_services_first(client: TestClient) -> None:
    body = ask(client, "ok thanks. and it's normal for it to feel warm?",
               [{"question": "my lips are swelling and my throat feels weird", "type": "escalation", "doc_ids": None}])
    assert body["type"] == "answer"
    assert body["answer"].startswith(Settings().rendered_after_emergency_note())


def test_whether_a_red_flag_will_scar_is_the_clinics_to_say(client: TestClient) -> None:
    body = ask(client, "will it scar??", [{"question": "my face is really hot and theres a red patch spreading down my "
                                                       "neck, its bigger than this morning", "type": "escalation",
                                           "doc_ids": None}])
    assert body["type"] == "escalation"


def test_an_antihistamine_by_name_after_hives_is_the_clinics_to_say(client: TestClient) -> None:
    body = ask(client, "should i take a benadryl", [{"question": "there's a rash of tiny itchy bumps spreading over my "
                                                                 "neck and chest now", "type": "escalation", "doc_ids": None}])
    assert body["type"] == "escalation"


def test_a_question_after_the_doctor_cleared_the_sign_in_the_same_message_is_answered(client: TestClient) -> None:
    body = ask(client, "the doctor gave me antibiotics and said it's healing fine now, can i start wearing makeup again",
               [{"question": "my spot is oozing pus", "type": "escalation", "doc_ids": None}])
    assert body["type"] == "answer" and "makeup" in body["answer"].split("[1]")[0]


def test_how_to_recognise_an_infection_is_no_answer_when_the_guides_only_name_it(client: TestClient) -> None:
    assert ask(client, "how would I know if its infected?")["type"] == "no_answer"


def test_they_had_a_look_clears_the_sign(client: TestClient) -> None:
    body = ask(client, "they had a look, it's fine. can i wear makeup tomorrow?",
               [{"question": "pus coming out of a spot on my chin", "type": "escalation", "doc_ids": None}])
    assert body["type"] == "answer" and not body["answer"].startswith(Settings().after_escalation_note)


def test_going_on_with_the_routine_while_a_sign_stands_is_the_clinics_to_say(client: TestClient) -> None:
    body = ask(client, "should I still do my routine?",
               [{"question": "there's pus on my chin", "type": "escalation", "doc_ids": None}])
    assert body["type"] == "escalation"


def test_emergency_services_stay_first_two_turns_after_a_sign_of_the_airway(client: TestClient) -> None:
    body = ask(client, "how long till it goes down?",
               [{"question": "its hard to breathe and my lips are swelling", "type": "escalation", "doc_ids": None},
                {"question": "is that bad?", "type": "escalation", "doc_ids": None}])
    assert body["type"] == "escalation" and body["answer"] == Settings().rendered_emergency()


def test_an_answer_after_an_ordinary_answer_has_no_reminder(client: TestClient) -> None:
    body = ask(client, "is this going to scar?", [{"question": "is flaking normal on day 4?", "type": "answer",
                                                   "doc_ids": None}])
    assert Settings().after_escalation_note not in body["answer"]


def test_a_follow_up_about_an_escalated_sign_the_guides_do_not_cover_is_escalated_again(client: TestClient) -> None:
    body = ask(client, "should I stop using it?", [{"question": "I broke out in hives after the serum",
                                                    "type": "escalation", "doc_ids": None}])
    assert body["type"] == "escalation"


def test_an_unrelated_uncovered_question_after_an_escalation_is_still_refused(client: TestClient) -> None:
    body = ask(client, "how much does the next session cost?", [{"question": "I broke out in hives after the serum",
                                                                 "type": "escalation", "doc_ids": None}])
    assert body["type"] == "no_answer"


def test_it_put_on_after_a_question_about_makeup_is_answered_about_makeup(client: TestClient) -> None:
    body = ask(client, "can I put it on tonight? I had it done this morning",
               [{"question": "when can I wear makeup after microneedling?", "type": "answer", "doc_ids": None}])
    assert body["interpreted_as"] == "can I put makeup on tonight? I had it done this morning"
    assert body["type"] == "answer" and "Avoid using makeup" in body["answer"]


def test_it_put_on_after_a_question_naming_no_product_is_refused(client: TestClient) -> None:
    body = ask(client, "can I put it on tonight?", [{"question": "how long do results last?", "type": "answer",
                                                    "doc_ids": None}])
    assert body["type"] == "no_answer"


def test_a_condition_told_after_a_swelling_question_is_no_report_of_swelling(client: TestClient) -> None:
    previous = [{"question": "how long will my face stay red after microneedling?", "type": "answer", "doc_ids": None},
                {"question": "and the swelling?", "type": "answer", "doc_ids": None}]
    assert ask(client, "is it the same if I have sensitive skin?", previous)["type"] == "answer"


def test_a_red_flag_told_as_a_condition_is_escalated(client: TestClient) -> None:
    previous = [{"question": "how long will the redness last?", "type": "answer", "doc_ids": None}]
    assert ask(client, "and if I have a fever?", previous)["type"] == "escalation"


def test_a_general_how_long_question_on_day_4_is_answered_not_escalated(client: TestClient) -> None:
    four_days_ago = (date.today() - timedelta(days=4)).isoformat()
    body = ask(client, "how long does redness last after microneedling?", treatment_date=four_days_ago)
    assert body["type"] == "answer" and "24–48 hours" in body["answer"]


def test_asking_whether_it_can_give_dark_spots_is_answered_with_the_risk_not_the_lightening(client: TestClient) -> None:
    body = ask(client, "can microneedling give you dark spots?")
    assert body["answer"].startswith("Pigmentation problems can occur when the skin is exposed to the sun too early")


def test_redness_told_as_lasting_after_the_chat_told_the_day_is_escalated(client: TestClient) -> None:
    previous = [{"question": "had microneedling two weeks ago, when should I start seeing a difference?", "type": "answer"}]
    body = ask(client, "my cheeks are still really red though, it hasn't faded at all since the treatment", previous)
    assert body["type"] == "escalation"


def test_a_question_only_naming_a_sign_after_the_chat_told_a_late_day_is_answered(client: TestClient) -> None:
    previous = [{"question": "it's been 6 days, is the flaking normal?", "type": "answer"}]
    body = ask(client, "I have sensitive skin, could the redness last longer than 2 days?", previous)
    assert body["type"] == "answer"


def test_a_new_condition_the_guides_never_name_is_refused_not_answered_with_the_last_condition(client: TestClient) -> None:
    previous = [{"question": "I have active acne right now, can I still get microneedling?", "type": "answer"},
                {"question": "what about if I'm pregnant?", "type": "answer"}]
    assert ask(client, "and breastfeeding?", previous)["type"] == "no_answer"


def test_a_new_subject_the_guides_never_speak_of_is_refused_not_answered_with_the_last_answer(client: TestClient) -> None:
    previous = [{"question": "How many sessions do I need for fine lines?", "type": "answer"}]
    assert ask(client, "and my neck?", previous)["type"] == "no_answer"


def test_a_follow_up_going_back_past_the_last_question_is_answered_about_the_turn_it_shares_a_word_with(
        client: TestClient) -> None:
    previous = [{"question": "What should I avoid after microneedling?", "type": "answer"},
                {"question": "how long does the flaking last?", "type": "answer"}]
    body = ask(client, "and how long do I have to avoid those?", previous)
    assert "Avoid using makeup, sweating, direct sunlight, and harsh products such as retinol and acid for 24 to 48 hours" \
        in body["answer"]


def test_a_place_the_guides_never_speak_of_after_the_same_preposition_is_refused(client: TestClient) -> None:
    previous = [{"question": "How many sessions do I need for fine lines?", "type": "answer"}]
    assert ask(client, "and for my neck?", previous)["type"] == "no_answer"


def test_asking_why_one_could_get_dark_patches_is_answered_not_escalated(client: TestClient) -> None:
    body = ask(client, "Why could I get dark patches after treatment?")
    assert body["answer"].startswith("Pigmentation problems can occur when the skin is exposed to the sun too early")


def test_days_before_the_appointment_are_answered_with_the_before_list_not_a_healing_stage(client: TestClient) -> None:
    body = ask(client, "Can I get my upper lip waxed a couple of days before my appointment?")
    assert body["answer"].startswith("Before Your Appointment:")


def test_asking_when_results_show_after_the_first_session_is_not_answered_with_how_long_they_last(client: TestClient) -> None:
    body = ask(client, "When will I see results from my first session?")
    assert body["answer"].startswith("After the first treatment, the skin looks fresh within a week or two.")


def test_asking_whether_age_slows_results_is_answered_with_how_soon_not_how_long_they_last(client: TestClient) -> None:
    body = ask(client, "I'm 55, will it take longer to see results?")
    assert "may see results sooner than those over 50" in body["answer"].split("[1]")[0]


def test_asking_why_the_number_of_sessions_varies_is_answered_with_what_it_depends_on(client: TestClient) -> None:
    body = ask(client, "Why does the number of sessions vary so much between people?")
    assert body["answer"].startswith("No two patients are the same, so the number of sessions needed for optimal results varies.")


def test_asking_what_causes_the_redness_is_not_read_as_asking_for_risks(client: TestClient) -> None:
    assert not ask(client, "what causes the redness?")["answer"].startswith("Less Common, but More Serious Risks")


def test_waxing_after_the_treatment_which_the_guides_name_only_before_it_is_no_answer(client: TestClient) -> None:
    assert ask(client, "when can I wax my eyebrows after microneedling?")["type"] == "no_answer"


def test_what_to_avoid_before_the_appointment_leads_with_the_before_appointment_list(client: TestClient) -> None:
    assert ask(client, "what should I avoid before my microneedling appointment?")["answer"].startswith("Before Your Appointment:")


def test_before_something_else_than_the_treatment_is_no_question_about_before_it(client: TestClient) -> None:
    body = ask(client, "Got a date tomorrow night, had microneedling this morning. Can I put foundation on before I go out?")
    assert "Before Your Appointment" not in body["answer"] and "makeup" in body["answer"].lower()


def test_an_occasion_planned_around_does_not_make_a_question_uncovered(client: TestClient) -> None:
    body = ask(client, "how many days before I look normal for a wedding?")
    assert body["type"] == "answer" and "visible recovery" in body["answer"]


def test_how_long_a_sign_lasts_leads_with_the_healing_stage_that_names_it(client: TestClient) -> None:
    body = ask(client, "how long does the tightness last after microneedling")
    assert body["answer"].startswith("First 24-48 hours:") and "Tight" in body["answer"].split("[1]")[0]


def test_how_long_results_last_is_still_answered_with_how_long_results_last(client: TestClient) -> None:
    assert re.search(r"results (of microneedling )?can last", ask(client, "how long do results last?")["answer"].split("[1]")[0])


def test_a_day_told_earlier_in_the_chat_is_still_the_clients_on_a_question_of_its_own(client: TestClient) -> None:
    body = ask(client, "can I use my exfoliating mitt in the shower?",
               previous=[{"question": "had it done 3 days ago and my face is flaky", "type": "answer"}])
    assert body["treatment_day"] == 3


def test_a_treatment_date_set_wins_over_a_date_the_question_names_for_something_else(client: TestClient) -> None:
    body = ask(client, "I'm getting married on 14 Feb and had my first treatment this week. When will I look my best?",
               treatment_date=(date.today() - timedelta(days=3)).isoformat())
    assert body["treatment_day"] == 3


def test_a_follow_up_narrowing_to_a_place_is_answered_with_what_the_guides_say_of_that_place(client: TestClient) -> None:
    body = ask(client, "even around the lips?", [{"question": "does the needling part hurt? im a wimp", "type": "answer"}])
    assert body["answer"].startswith("During the procedure: The forehead and lip area can be a little more sensitive")


def test_saying_you_will_call_then_asking_something_else_after_a_red_flag_is_answered_with_the_reminder(
        client: TestClient) -> None:
    body = ask(client, "ok I'll call them. separate thing, when can I book my next session?",
               [{"question": "there's pus coming out of a few of the needle marks", "type": "escalation"}])
    assert body["type"] == "answer" and "spaced 4–6 weeks apart" in body["answer"]


def test_a_question_about_the_clinic_beside_ones_the_guides_answer_does_not_refuse_them(client: TestClient) -> None:
    body = ask(client, "Is it normal to look sunburned right after, and when does that go away? Also do you have parking "
                       "at the clinic?")
    assert body["type"] == "answer" and "similar to a mild sunburn" in body["answer"]
    assert body["answer"].endswith(Settings().partial_answer_note)


def test_picking_off_the_peeling_skin_is_answered_with_the_advice_not_to_scrub(client: TestClient) -> None:
    body = ask(client, "can i pick the peeling skin off")
    assert body["type"] == "answer" and "Don’t try to scrub or exfoliate your skin." in body["answer"]


def test_asking_about_home_care_for_what_was_just_escalated_gets_the_escalation_again(client: TestClient) -> None:
    body = ask(client, "should I just put moisturiser on it?",
               [{"question": "there's pus coming out of my cheek", "type": "escalation"}])
    assert body["type"] == "escalation"


def test_why_after_a_question_about_the_gym_is_answered_with_the_rule_on_sweating(client: TestClient) -> None:
    body = ask(client, "why?", [{"question": "do i need to skip the gym after microneedling", "type": "answer"}])
    assert body["type"] == "answer" and "sweating" in body["answer"].split("[1]")[0]


def test_burning_as_a_moisturiser_goes_on_is_the_sensitivity_when_applying_products(client: TestClient) -> None:
    body = ask(client, "it burns a little when I put my moisturiser on, is that ok? day 1")
    assert body["type"] == "answer" and "when washing their face or applying products" in body["answer"]


def test_using_an_acid_again_is_asked_about_after_the_treatment_not_before(client: TestClient) -> None:
    body = ask(client, "whens it safe to use my AHA/BHA exfoliating liquid again")
    assert body["type"] == "answer" and "Before Your Appointment" not in (body["citations"][0]["section"] or "")


def test_asking_whether_what_was_just_escalated_is_only_healing_gets_the_escalation_again(client: TestClient) -> None:
    body = ask(client, "is it just the healing?",
               [{"question": "I feel feverish and the treated area is getting redder and spreading to my neck",
                 "type": "escalation"}])
    assert body["type"] == "escalation"


def test_a_question_of_its_own_after_an_escalated_message_is_still_answered(client: TestClient) -> None:
    body = ask(client, "ok I'll call them. is the flaking normal though?",
               [{"question": "there's pus coming out of my cheek", "type": "escalation"}])
    assert body["type"] == "answer"


def test_skin_looking_worse_than_before_the_treatment_on_day_3_is_answered_as_the_normal_course(client: TestClient) -> None:
    treated = (date.today() - timedelta(days=3)).isoformat()
    body = ask(client, "day 3 and my face looks worse than before i went in, dry and flaky. when will it start looking "
                       "better?", treatment_date=treated)
    assert body["type"] == "answer" and "dryness" in body["answer"]


def test_ice_for_the_swelling_on_the_day_of_treatment_is_not_escalated(client: TestClient) -> None:
    body = ask(client, "Should I put ice packs on my face after microneedling for the swelling?",
               treatment_date=date.today().isoformat())
    assert body["type"] != "escalation"


def test_a_follow_up_with_a_time_of_its_own_replaces_the_last_questions_time(client: TestClient) -> None:
    body = ask(client, "what about a tanning bed this weekend, I have a holiday coming up",
               [{"question": "can I go for a run today?", "type": "answer"}])
    assert body["interpreted_as"] == "can I go for a tanning bed this weekend?"


def test_what_kind_after_a_question_about_sunscreen_asks_what_kind_of_sunscreen(client: TestClient) -> None:
    body = ask(client, "what kind", [{"question": "can i put sunscreen on straight after", "type": "answer"}])
    assert body["interpreted_as"] == "what kind of sunscreen?"
    assert body["type"] == "answer" and "broad-spectrum sunscreen with a high SPF" in body["answer"]


def test_a_condition_told_of_people_in_general_is_the_last_question_asked_for_them(client: TestClient) -> None:
    body = ask(client, "what about if you're over 50?", [{"question": "how long do results last?", "type": "answer"}])
    assert body["interpreted_as"] == "how long do results last if you're over 50?"


def test_how_long_something_the_guides_never_name_lasts_is_refused(client: TestClient) -> None:
    body = ask(client, "How long does itching last after microneedling?")
    assert body["type"] == "no_answer"


def test_how_long_the_results_of_a_treatment_the_guides_never_name_last_is_refused(client: TestClient) -> None:
    body = ask(client, "How long do filler results last if I get them done alongside microneedling?")
    assert body["type"] == "no_answer"


def test_how_long_another_treatments_results_last_is_not_answered_by_a_stage_naming_that_treatment(
        client: TestClient) -> None:
    body = ask(client, "How long do chemical peel results last compared to microneedling?")
    assert "Don’t expect dramatic peeling like after a chemical peel." not in body["answer"]


def test_seeing_nothing_yet_asked_as_something_wrong_is_answered_with_when_results_show_not_the_risks(
        client: TestClient) -> None:
    body = ask(client, "I did a session 2 weeks ago and i see nothing. is something wrong?")
    assert "results become more apparent between 2 to 4 weeks" in body["answer"]
    assert "Infection" not in body["answer"]


def test_how_long_a_sign_lasts_is_answered_without_how_long_results_last(client: TestClient) -> None:
    body = ask(client, "how long does the tightness last")
    assert "Tight or dry sensation" in body["answer"] and "results last" not in body["answer"]


def test_a_story_telling_of_a_heart_condition_is_not_set_aside_to_answer_the_question_after_it(client: TestClient) -> None:
    body = ask(client, "I take blood thinners for a heart condition. Is there anything I need to do before microneedling?")
    assert body["interpreted_as"] is None
    assert "other prescription products" not in body["answer"]


def test_a_sign_compared_with_day_one_is_dated_by_the_day_the_chat_told_and_escalated(client: TestClient) -> None:
    body = ask(client, "still red as day one and hot to touch", [{"question": "had it 9 days ago", "type": "answer"}])
    assert (body["type"], body["treatment_day"]) == ("escalation", 9)


def test_a_day_corrected_later_in_the_chat_dates_the_question(client: TestClient) -> None:
    previous = [{"question": "had microneedling yesterday", "type": "answer"},
                {"question": "oops sorry, actually it was 4 days ago", "type": "answer"}]
    body = ask(client, "is flaking normal?", previous)
    assert body["treatment_day"] == 4 and body["answer"].startswith("Day 4 after treatment:")


def test_what_about_another_thing_after_a_question_is_a_part_of_its_own_refused_beside_the_answered_one(
        client: TestClient) -> None:
    body = ask(client, "can i wear makeup the next day? and what about getting lash extensions?")
    assert "Avoiding makeup, sweating, and harsh skincare." in body["answer"]
    assert "Part of your question isn't covered by my guides" in body["answer"]


def test_a_story_of_the_client_is_not_set_aside_when_the_question_asks_whether_the_treatment_suits_them(
        client: TestClient) -> None:
    body = ask(client, "I tend to form keloid scars. Is microneedling safe for me?")
    assert body["type"] == "no_answer"


def test_a_question_about_a_concern_its_story_names_and_the_guides_never_do_is_refused(client: TestClient) -> None:
    assert ask(client, "Got cellulite on my thighs. Will microneedling smooth it?")["type"] == "no_answer"


def test_a_question_about_a_concern_its_story_names_and_the_guides_cover_is_answered(client: TestClient) -> None:
    body = ask(client, "Got acne scars on my cheeks. Will microneedling smooth it?")
    assert body["type"] == "answer" and "acne scars" in body["answer"]


def test_how_the_skin_should_look_right_now_is_answered_with_the_days_stage(client: TestClient) -> None:
    four_days_ago = (date.today() - timedelta(days=4)).isoformat()  # the default clinic time zone is UTC
    body = ask(client, "how's my skin supposed to look right now", treatment_date=four_days_ago)
    assert body["treatment_day"] == 4 and body["answer"].startswith("Day 4 after treatment:")


def test_waxing_the_day_before_a_session_tomorrow_is_answered_with_what_to_skip_before_it(client: TestClient) -> None:
    body = ask(client, "I had my upper lip waxed yesterday, can I still have microneedling tomorrow?")
    assert "Don't wax or exfoliate" in body["answer"] and body["treatment_day"] is None


def test_a_told_condition_the_guides_bar_from_treatment_leads_the_answer_to_another_question(client: TestClient) -> None:
    body = ask(client, "I'm pregnant. How long does the redness last?")
    assert body["answer"].startswith("Those with acne, infections, open wounds, or certain skin types, or who are pregnant "
                                     "should not undergo the treatment")
    assert "The redness typically subsides within 24–48 hours" in body["answer"]


def test_a_told_detail_the_guides_never_bar_leaves_the_answer_as_it_is(client: TestClient) -> None:
    body = ask(client, "I'm a teacher, when can I wear makeup?")
    assert "should not undergo the treatment" not in body["answer"] and "makeup" in body["answer"]


@pytest.mark.parametrize("told", ["I'm a professional", "I'm not pregnant", "I have acne scars"])
def test_a_told_detail_that_only_shares_a_word_with_who_the_guides_bar_leaves_the_answer_as_it_is(
        client: TestClient, told: str) -> None:
    body = ask(client, f"{told}. How long does the redness last?")
    assert body["answer"].startswith("Immediate Post-Treatment Effects: The redness typically subsides within 24–48 hours")


def test_active_acne_told_beside_another_question_leads_with_the_guides_bar_on_acne(client: TestClient) -> None:
    body = ask(client, "I have active acne. How long does the redness last?")
    assert body["answer"].startswith("Those with acne, infections, open wounds, or certain skin types, or who are pregnant "
                                     "should not undergo the treatment")


def test_a_condition_the_guides_bar_told_earlier_in_the_chat_leads_a_later_answer(client: TestClient) -> None:
    previous = [{"question": "I just found out I'm pregnant, I had microneedling last week", "type": "answer"}]
    body = ask(client, "is it ok to do my next session next month?", previous)
    assert body["answer"].startswith("Those with acne, infections, open wounds, or certain skin types, or who are pregnant "
                                     "should not undergo the treatment")


def test_a_condition_the_guides_bar_told_earlier_leaves_a_question_not_about_having_treatment_as_it_is(
        client: TestClient) -> None:
    alone = ask(client, "how long does the redness last?")
    body = ask(client, "how long does the redness last?", [{"question": "I'm pregnant, can I still get microneedling?",
                                                           "type": "answer"}])
    assert body["answer"] == alone["answer"]


def test_a_detail_told_earlier_in_the_chat_that_the_guides_never_bar_leaves_a_later_answer_as_it_is(
        client: TestClient) -> None:
    previous = [{"question": "I'm a professional", "type": "answer"}]
    body = ask(client, "is it ok to do my next session next month?", previous)
    assert body["type"] == "answer" and "should not undergo the treatment" not in body["answer"]


def test_a_story_of_the_clients_tendency_to_scar_is_not_set_aside(client: TestClient) -> None:
    body = ask(client, "I scar easily and get keloids. Will my skin heal without scarring?")
    assert body["interpreted_as"] is None and "your skin heals without leaving any scars" not in body["answer"]


def test_who_should_not_have_the_treatment_is_refused_for_a_told_condition_the_guides_never_name(
        client: TestClient) -> None:
    body = ask(client, "who shouldn't get microneedling? i'm breastfeeding")
    assert body["type"] == "no_answer"


def test_who_should_not_have_the_treatment_answers_a_told_condition_the_guides_name(client: TestClient) -> None:
    body = ask(client, "who shouldn't get microneedling? I'm pregnant")
    assert "or who are pregnant should not undergo the treatment" in body["answer"]


def test_a_but_that_turns_to_another_matter_does_not_ride_along_as_a_qualification(client: TestClient) -> None:
    body = ask(client, "are the needles big?? i have a real needle phobia")
    assert body["type"] == "answer" and "But there’s also the safety factor to consider." not in body["answer"]


def test_whether_the_skin_is_as_good_as_it_gets_three_months_on_is_answered_with_the_peak(client: TestClient) -> None:
    ninety_days_ago = (date.today() - timedelta(days=90)).isoformat()  # the default clinic time zone is UTC
    body = ask(client, "is this as good as it gets?", treatment_date=ninety_days_ago)
    assert "full benefits usually peak 3–6 months post-treatment" in body["answer"]


def test_when_final_results_show_leads_with_when_they_are_final_not_when_results_begin(client: TestClient) -> None:
    body = ask(client, "When will I see my final results?")
    assert body["answer"].startswith("Because collagen regeneration takes time, final results are usually visible 3–6 "
                                     "months after your last session.")


def test_whether_older_people_need_more_sessions_leads_with_age_as_it_decides_the_number_of_sessions(
        client: TestClient) -> None:
    body = ask(client, "do older people need more sessions than younger people")
    assert body["answer"].startswith("2. Age And Collagen Production: Older skin will still respond well, but it may take "
                                     "a few more treatments to achieve the same results.")


def test_how_many_sessions_for_a_concern_leads_with_a_quote_that_gives_a_number_of_sessions(client: TestClient) -> None:
    body = ask(client, "how many sessions for big pores")
    assert body["answer"].startswith("Most people only need 2-3 sessions for basic rejuvenation. These sessions focus "
                                     "on:\n\n- Mild texture problems\n- Dullness\n- Large Pores")


def test_two_questions_where_the_second_points_back_with_they_answer_both(client: TestClient) -> None:
    body = ask(client, "how many sessions for big pores and when will they actually look smaller")
    assert "2-3 sessions for basic rejuvenation" in body["answer"] and "Smaller-looking pores" in body["answer"]


def test_a_question_naming_its_own_sign_after_an_escalated_message_is_answered(client: TestClient) -> None:
    body = ask(client, "what about the flaking, is that normal?",
               [{"question": "there's yellow pus coming from a spot on my cheek", "type": "escalation"}])
    assert body["type"] == "answer"


def test_asking_to_wear_makeup_over_what_was_just_escalated_gets_the_escalation_again(client: TestClient) -> None:
    body = ask(client, "and can I wear makeup over them tomorrow? I have work",
               [{"question": "I've got blisters on my cheeks", "type": "escalation"}])
    assert body["type"] == "escalation"


def test_a_signs_name_alone_asked_is_answered_not_escalated(client: TestClient) -> None:
    body = ask(client, "swelling?")
    assert body["type"] == "answer" and "swelling" in body["answer"].lower()


def test_a_second_part_pointing_back_with_that_is_asked_of_the_first_parts_subject(client: TestClient) -> None:
    body = ask(client, "will it help my sun spots and how many sessions for that")
    assert "sun damage" in body["answer"] and "sessions" in body["answer"].split("[1]", 1)[1]


def test_both_questions_after_a_lead_in_ending_in_a_colon_are_answered(client: TestClient) -> None:
    body = ask(client, "two questions: can I work out tomorrow, and is it normal that my face feels warm and tight?")
    assert "sweating" in body["answer"] and "warm and tight" in body["answer"]


def test_a_second_question_joined_by_and_is_answered_as_if_asked_alone(client: TestClient) -> None:
    body = ask(client, "When will the results peak? and do I need sessions forever?")
    assert "3–6 months" in body["answer"] and "don’t always last a lifetime" in body["answer"]


def test_a_statement_between_two_questions_does_not_pull_the_second_to_its_subject(client: TestClient) -> None:
    body = ask(client, "Does the weather matter? It's winter here and freezing. also does stress affect my results")
    assert "Cold, dry air" in body["answer"] and "stress" in body["answer"]


def test_a_follow_up_opening_with_and_that_asks_on_its_own_is_answered_as_if_asked_alone(client: TestClient) -> None:
    body = ask(client, "and how do i make them last longer?",
               [{"question": "how long will my results last?", "type": "answer"}])
    assert "Shielding your skin from the sun is vital" in body["answer"]


def test_a_last_question_naming_no_sign_adds_none_to_a_normal_course_told_after_it(client: TestClient) -> None:
    body = ask(client, "it's 9pm, treatment was at 2, and my cheeks still feel hot to the touch. normal??",
               [{"question": "I had pretty severe scarring. Do people like me need more maintenance?", "type": "answer"}])
    assert body["type"] == "answer"


def test_asking_if_the_sign_just_escalated_is_normal_gets_the_same_advice_again(client: TestClient) -> None:
    body = ask(client, "its a bit better now. is swelling normal after microneedling?",
               [{"question": "my eyes and lips are swelling up and my throat feels tight", "type": "escalation"}])
    assert body["type"] == "escalation" and body["emergency"] is True


def test_asking_if_another_kind_of_sign_is_normal_after_an_escalation_is_answered_with_the_reminder(
        client: TestClient) -> None:
    body = ask(client, "is redness normal after microneedling?",
               [{"question": "there's pus coming out of a spot", "type": "escalation"}])
    assert body["type"] == "answer" and body["answer"].startswith("Because of what you described earlier")


def test_a_day_corrected_in_a_later_message_answers_the_last_question_again_for_the_new_day(client: TestClient) -> None:
    body = ask(client, "sorry i meant 4 days ago not 4 weeks",
               [{"question": "should i be seeing results by now? had it done 4 weeks ago", "type": "answer"}])
    assert body["treatment_day"] == 4 and body["interpreted_as"].startswith("should i be seeing results by now?")
    assert "Weeks 3–4" not in body["answer"]


def test_when_the_next_session_is_due_is_answered_with_the_interval_not_the_stage_of_the_day(client: TestClient) -> None:
    treated = (date.today() - timedelta(days=14)).isoformat()
    body = ask(client, "when is my next session due? had my first one 2 weeks ago", treatment_date=treated)
    assert re.search(r"4(–|-)6 weeks", body["answer"].split("[1]")[0])


def test_asking_to_put_a_product_on_after_an_escalated_message_gets_the_escalation_again(client: TestClient) -> None:
    body = ask(client, "ok but can I still put my serum on?",
               [{"question": "there's pus coming out of a few of the holes on my cheek", "type": "escalation"}])
    assert body["type"] == "escalation"


def test_an_unrelated_question_after_saying_the_client_will_call_is_read_on_its_own(client: TestClient) -> None:
    body = ask(client, "ok I'll call them. unrelated, can I get botox the same week?",
               [{"question": "there are little blisters coming up on my forehead today", "type": "escalation"}])
    assert body["type"] == "no_answer"


def test_is_that_normal_after_telling_of_swelling_on_day_1_is_the_normal_course(client: TestClient) -> None:
    body = ask(client, "is that normal on day 1?", [{"question": "my face is kind of swollen and warm", "type": "answer"}],
               treatment_date=(date.today() - timedelta(days=1)).isoformat())
    assert body["type"] == "answer"


def test_asking_whether_more_sessions_work_faster_is_not_led_by_what_decides_the_number_of_sessions(
        client: TestClient) -> None:
    body = ask(client, "do more sessions make it work faster")
    assert not body["answer"].startswith("2. Age And Collagen Production")


def test_a_follow_up_read_as_asking_what_may_happen_is_answered_not_escalated(client: TestClient) -> None:
    body = ask(client, "what about swelling", [{"question": "will I be red tomorrow?", "type": "answer", "doc_ids": None}])
    assert body["interpreted_as"] == "will I be swelling tomorrow?"
    assert body["type"] == "answer" and "Slight swelling" in body["answer"]


def test_a_question_about_an_events_date_is_not_labelled_with_the_clients_own_day(client: TestClient) -> None:
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    ahead = (date.today() + timedelta(days=7)).day
    ordinal = f"{ahead}{'th' if 10 <= ahead <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(ahead % 10, 'th')}"
    body = ask(client, f"my wedding is on the {ordinal}, can i wear full makeup by then?", treatment_date=yesterday)
    assert body["type"] == "answer" and body["treatment_day"] == 1
    assert not body["answer"].startswith("Day 1 after treatment")
    assert "makeup" in body["answer"]


def test_asking_how_an_escalated_sign_runs_its_course_is_escalated_again(client: TestClient) -> None:
    previous = [{"question": "left side of my face has blown up and it's spreading to my neck", "type": "escalation",
                 "doc_ids": None}]
    assert ask(client, "how long does it take for the swelling to go down", previous)["type"] == "escalation"


def test_a_follow_up_after_an_emergency_gets_the_emergency_advice_again(client: TestClient) -> None:
    previous = [{"question": "my whole face is swollen and im having trouble breathing", "type": "escalation",
                 "doc_ids": None}]
    body = ask(client, "is that normal tho?", previous)
    assert body["type"] == "escalation" and body["answer"].startswith("This may be an emergency")


def test_a_question_about_after_the_treatment_that_only_a_rule_for_before_it_matches_is_refused(client: TestClient) -> None:
    assert ask(client, "can i get my brows waxed after")["type"] == "no_answer"


def test_the_rule_for_before_the_treatment_still_answers_a_question_about_before_it(client: TestClient) -> None:
    body = ask(client, "can I wax before my appointment?")
    assert body["type"] == "answer" and "Don't wax or exfoliate" in body["answer"]


def test_a_few_words_of_report_after_a_sign_are_read_with_it(client: TestClient) -> None:
    assert ask(client, "now is spreading", [{"question": "my face red", "type": "answer", "doc_ids": None}])["type"] == \
        "escalation"


def test_a_short_question_about_it_asked_first_is_about_the_treatment(client: TestClient) -> None:
    body = ask(client, "is it safe?")
    assert body["interpreted_as"] == "is microneedling safe?"
    assert body["answer"].startswith("Microneedling is a very safe procedure when performed by a skilled professional")


def test_is_it_normal_asked_first_names_no_treatment(client: TestClient) -> None:
    assert ask(client, "is it normal?")["interpreted_as"] is None


def test_a_history_told_before_a_question_of_what_may_happen_is_not_caught_by_the_embedding_net(
        client: TestClient) -> None:
    assert ask(client, "I get cold sores a lot, will the needling set one off?")["type"] != "escalation"


def test_an_after_effect_told_in_passing_does_not_take_over_the_answer_to_the_question(client: TestClient) -> None:
    body = ask(client, "face feels warm and kinda sunburnt, can i go to the gym tonight",
               treatment_date=date.today().isoformat())
    assert body["type"] == "answer" and "sweating" in body["answer"]


def test_a_question_the_guides_never_answer_is_refused_with_an_after_effect_told_before_it(client: TestClient) -> None:
    body = ask(client, "mild flaking and it's day 4. can I put on fake tan for a party?")
    assert body["type"] == "no_answer"


def test_asking_whether_it_leaves_scars_is_answered_with_the_risks_the_guides_list(client: TestClient) -> None:
    body = ask(client, "will it leave me with scars? I already have acne scars and dont want more")
    assert body["type"] == "answer" and body["answer"].startswith("More serious side effects are possible, though rare")
    assert "Scarring" in body["answer"]


def test_a_claim_from_the_leaflet_is_checked_against_the_guides_not_refused_for_the_word_leaflet(client: TestClient) -> None:
    body = ask(client, "the leaflet said no makeup for 24h, right?")
    assert body["type"] == "answer" and "makeup" in body["answer"].lower()


def test_an_after_effect_told_makes_a_rule_for_before_the_appointment_no_answer_for_after(client: TestClient) -> None:
    assert ask(client, "bit red still, can I get my eyebrows waxed?")["type"] == "no_answer"


@pytest.mark.parametrize("question", ["can I go out in the sun this afternoon?", "can i sit out in the garden in the sun tomorrow"])
def test_may_i_go_in_the_sun_within_a_day_is_led_by_the_rule_for_the_first_hours(client: TestClient, question: str) -> None:
    assert ask(client, question)["answer"].startswith(
        "The First Few Days: Initial Recovery: In the first 24–48 hours, your skin will begin to heal. Avoid makeup, harsh "
        "skincare products, and sun exposure during this period")


@pytest.mark.parametrize("question", ["sun exposure how long after", "when can i sunbathe again"])
def test_asking_for_a_time_is_led_by_a_quote_that_gives_one_for_what_is_asked(client: TestClient, question: str) -> None:
    assert FIRST_DAYS_SUN_RULE.match(ask(client, question)["answer"])


def test_asking_what_decides_how_long_results_last_is_not_led_by_a_time(client: TestClient) -> None:
    assert "Failure to follow proper aftercare guidelines" in ask(
        client, "does aftercare actually matter for how long it lasts")["answer"].split("[1]")[0]


def test_ok_to_go_outside_today_is_led_by_the_rule_for_the_first_hours(client: TestClient) -> None:
    assert FIRST_DAYS_SUN_RULE.match(ask(client, "ok to go outside today? had it done this morning")["answer"])


def test_going_back_to_acids_is_asked_of_after_the_treatment(client: TestClient) -> None:
    assert ask(client, "when can i go back to my aha bha stuff")["answer"].startswith(
        "Avoid using makeup, sweating, direct sunlight, and harsh products such as retinol and acid for 24 to 48 hours")


def test_makeup_to_the_appointment_is_no_answer_when_the_guides_name_makeup_only_after(client: TestClient) -> None:
    assert ask(client, "can I wear makeup to the appointment?")["type"] == "no_answer"


def test_whether_to_stop_a_blood_thinner_is_led_by_telling_the_provider(client: TestClient) -> None:
    answer = ask(client, "I take warfarin. Do I have to stop it before the procedure?")["answer"]
    assert "Make sure to tell your provider about your medical history" in answer.split("[1]")[0]


def test_is_it_weird_that_stands_alone_in_a_chat(client: TestClient) -> None:
    body = ask(client, "is it weird that my skin feels bumpy",
               [{"question": "can i go back to the gym", "type": "answer", "doc_ids": None},
                {"question": "and my vitamin c serum?", "type": "no_answer", "doc_ids": None}])
    assert body["interpreted_as"] is None


def test_how_long_each_session_is_answered_with_the_length_of_a_visit(client: TestClient) -> None:
    assert "lunch break" in ask(client, "how long is each session at the clinic")["answer"].split("[1]")[0]


def test_the_beach_tomorrow_told_with_is_that_ok_is_led_by_the_rule_for_the_first_hours(client: TestClient) -> None:
    assert FIRST_DAYS_SUN_RULE.match(ask(client, "going to the beach tomorrow lol is that ok")["answer"])


def test_a_product_the_guides_recommend_is_not_led_by_a_rule_for_the_first_hours_against_another(client: TestClient) -> None:
    assert "24 to 48 hours" not in ask(client, "can I put hyaluronic acid on tonight?")["answer"].split("\n")[0]


@pytest.mark.parametrize(("first", "then"), [
    ("will I get a fever after microneedling?", "i have one now tho, 38.5"),
    ("could the redness spread?", "mine's going down my neck now"),
])
def test_saying_you_have_the_sign_the_last_question_asked_about_escalates(client: TestClient, first: str, then: str) -> None:
    body = ask(client, then, [{"question": first, "type": "answer", "doc_ids": None}])
    assert body["type"] == "escalation"


def test_saying_you_have_a_normal_effect_the_last_question_asked_about_is_answered(client: TestClient) -> None:
    body = ask(client, "yes I do now", [{"question": "will I feel warm after?", "type": "answer", "doc_ids": None}])
    assert body["type"] != "escalation"


def test_a_red_flag_told_two_turns_back_still_stands_for_home_care_of_it(client: TestClient) -> None:
    previous = [{"question": "there's pus coming out of a spot on my cheek", "type": "escalation", "doc_ids": None},
                {"question": "ok will do, is it normal to feel a bit warm too?", "type": "escalation", "doc_ids": None},
                {"question": "when can I wear makeup again?", "type": "answer", "doc_ids": None}]
    assert ask(client, "should i keep moisturising that area?", previous)["type"] == "escalation"


@pytest.mark.parametrize("question", ["would a fever mean something's wrong?", "could the redness spread?"])
def test_a_red_flag_asked_about_is_refused_when_no_quote_names_it(client: TestClient, question: str) -> None:
    assert ask(client, question)["type"] == "no_answer"


def test_a_red_flag_asked_about_is_answered_when_the_guides_name_it(client: TestClient) -> None:
    body = ask(client, "can microneedling cause infection?")
    assert body["type"] == "answer" and "Infection" in body["answer"]


def test_a_serum_the_guides_never_name_is_refused_not_answered_with_another_serum(client: TestClient) -> None:
    assert ask(client, "can I use my vitamin C serum?")["type"] == "no_answer"


@pytest.mark.parametrize("question", ["mild swelling", "minor swelling"])
def test_the_guides_own_words_for_a_normal_effect_are_not_caught_by_the_embedding_net(client: TestClient, question: str) -> None:
    assert ask(client, question)["type"] == "answer"


@pytest.mark.parametrize("question", ["what should I put on before bed tonight?", "what do i do tomorrow morning",
                                      "give me the rules for tonight pls", "whats off limits tonight"])
def test_a_question_for_the_days_routine_naming_nothing_else_is_answered_with_that_days_stage(
        client: TestClient, question: str) -> None:
    body = ask(client, question, treatment_date=date.today().isoformat())
    assert body["type"] == "answer" and "Initial Recovery Phase (1-2 Days)" in body["answer"]


def test_the_days_routine_quotes_only_that_days_stages(client: TestClient) -> None:
    body = ask(client, "what should i do tonight", treatment_date=date.today().isoformat())
    assert body["citations"] and all(c["section"].endswith(FIRST_DAYS + ("Immediately After Treatment", "Immediate Effects",
                                     "Immediate Post-Procedure Effects", "Immediate Aftermath of Treatment",
                                     "Immediate Post-Treatment (Days 1–3)", "Immediate Post-Treatment Effects"))
                                     for c in body["citations"])


@pytest.mark.parametrize("question", ["my BHA cleanser - ok to use straight after?", "AHA pads on day 2? yes or no"])
def test_an_acid_asked_about_is_led_by_the_rule_that_names_acids(client: TestClient, question: str) -> None:
    assert ask(client, question)["answer"].startswith(
        "Avoid using makeup, sweating, direct sunlight, and harsh products such as retinol and acid for 24 to 48 hours")


def test_a_sign_the_clinic_has_checked_and_cleared_no_longer_escalates_later_questions(client: TestClient) -> None:
    previous = [{"question": "there's yellow crust on my chin", "type": "escalation", "doc_ids": None}]
    assert ask(client, "clinic checked it, all fine. when can i book my next one", previous)["type"] != "escalation"


def test_a_sign_told_after_the_clinic_cleared_an_earlier_one_still_escalates(client: TestClient) -> None:
    previous = [{"question": "there's yellow crust on my chin", "type": "escalation", "doc_ids": None}]
    assert ask(client, "the clinic said it's fine but now there's pus", previous)["type"] == "escalation"


@pytest.mark.parametrize("question", ["can microneedling cause scarring?", "is scarring common after microneedling"])
def test_asking_whether_it_scars_quotes_the_risk_list_that_names_scarring(client: TestClient, question: str) -> None:
    body = ask(client, question)
    assert body["type"] == "answer" and "- Scarring" in body["answer"].split("[1]")[0]


@pytest.mark.parametrize(("first", "then"), [
    ("does bleeding stop quickly?", "yeah mine hasnt stopped, still going after 2 hrs"),
    ("should there be pus?", "there is, on both cheeks"),
])
def test_confirming_the_sign_the_last_question_named_without_naming_it_escalates(client: TestClient, first: str,
                                                                                  then: str) -> None:
    assert ask(client, then, [{"question": first, "type": "answer", "doc_ids": None}])["type"] == "escalation"


def test_a_question_of_its_own_after_a_question_about_a_sign_confirms_nothing(client: TestClient) -> None:
    body = ask(client, "there is a wedding on saturday, can I wear makeup?",
               [{"question": "will I get a fever?", "type": "answer", "doc_ids": None}])
    assert body["type"] != "escalation"


@pytest.mark.parametrize("question", ["should I still wash it?", "would an antihistamine help?"])
def test_washing_it_or_a_remedy_after_a_red_flag_gets_the_escalation_again(client: TestClient, question: str) -> None:
    previous = [{"question": "my lips are swelling and the redness is spreading", "type": "escalation", "doc_ids": None}]
    assert ask(client, question, previous)["type"] == "escalation"


def test_booking_the_next_session_in_two_weeks_is_answered_with_the_interval(client: TestClient) -> None:
    assert "4–6 weeks" in ask(client, "can i book the next one in 2 weeks?")["answer"]


@pytest.mark.parametrize("question", ["does the clinic sell the aftercare serum", "can i book my next one online"])
def test_what_the_clinic_sells_or_booking_online_is_the_clinics_to_answer(client: TestClient, question: str) -> None:
    assert ask(client, question)["type"] == "no_answer"


def test_asking_what_to_do_about_an_after_effect_is_led_by_what_the_guides_say_to_do(client: TestClient) -> None:
    body = ask(client, "bit puffy under my eyes the morning after, what do i do")
    assert "Mild cleanser" in body["answer"].split("[1]")[0]


def test_asking_what_to_put_on_with_a_day_is_led_by_that_stages_instruction(client: TestClient) -> None:
    body = ask(client, "Still a bit pink on day 4, is there anything I should be putting on it?")
    assert "hydrated skin barrier" in body["answer"].split("[1]")[0]


@pytest.mark.parametrize("question", ["when can I get microneedled again?", "its been 3 weeks, can i go again now?",
                                      "it's been 5 weeks, time for round two?"])
def test_having_it_done_again_is_answered_with_the_weeks_between_sessions(client: TestClient, question: str) -> None:
    three_weeks_ago = (date.today() - timedelta(days=21)).isoformat()
    body = ask(client, question, treatment_date=three_weeks_ago)
    assert body["type"] == "answer" and re.search(r"4[-–]6 weeks|four to six weeks", body["answer"])


def test_a_new_sign_asked_after_a_report_is_not_spliced_into_that_report(client: TestClient) -> None:
    two_days_ago = (date.today() - timedelta(days=2)).isoformat()
    body = ask(client, "ok and the puffiness?", [{"question": "face was red on day 1 but thats gone now",
                                                  "type": "answer", "doc_ids": None}], treatment_date=two_days_ago)
    assert body["type"] == "answer" and "swelling" in body["answer"]


def test_sun_tomorrow_in_other_words_is_led_by_the_rule_for_the_first_days(client: TestClient) -> None:
    body = ask(client, "can i sit outside in the sun for lunch tomorrow", treatment_date=date.today().isoformat())
    assert FIRST_DAYS_SUN_RULE.match(body["answer"])


def test_keeping_coming_back_asks_for_the_number_of_sessions_not_whether_scars_come_back(client: TestClient) -> None:
    body = ask(client, "is one treatment enough or do I have to keep coming back")
    assert "3–6 sessions" in body["answer"] and "will not come back" not in body["answer"]


@pytest.mark.parametrize("follow_up", ["so yes or no?", "are you sure?", "really?"])
def test_asking_the_bot_to_confirm_asks_the_last_question_again(client: TestClient, follow_up: str) -> None:
    body = ask(client, follow_up, [{"question": "can i put makeup on tomorrow", "type": "answer", "doc_ids": None}])
    assert body["interpreted_as"] == "can i put makeup on tomorrow"
    assert re.search(r"24 to 48 hours|24-48 hours", body["answer"])


def test_the_normal_course_of_another_sign_after_a_red_flag_is_answered_after_the_reminder(client: TestClient) -> None:
    body = ask(client, "how long does the redness normally last?",
               [{"question": "hives on my neck after sunscreen", "type": "escalation", "doc_ids": None}])
    assert body["type"] == "answer" and "24–48 hours" in body["answer"]
    assert body["answer"].startswith(Settings().after_escalation_note)


def test_the_course_of_the_sign_told_as_a_red_flag_is_still_for_the_clinic(client: TestClient) -> None:
    body = ask(client, "how long will the swelling take to go down?",
               [{"question": "my face is swelling up and hot on day 5", "type": "escalation", "doc_ids": None}])
    assert body["type"] == "escalation"


@pytest.mark.parametrize(("question", "words"), [
    ("do i need to stop differin before", "Avoid retinoids"),
    ("booked in for next tuesday!! anything i need to do to prep?", "Before Your Appointment"),
])
def test_before_the_appointment_in_other_words_is_answered_with_the_before_list(client: TestClient, question: str,
                                                                                words: str) -> None:
    body = ask(client, question)
    assert body["type"] == "answer" and words in body["answer"].split("[1]")[0]


def test_a_day_the_question_names_beside_a_treatment_date_is_the_day_asked_about(client: TestClient) -> None:
    body = ask(client, "what does day 7 look like? i have a work event then", treatment_date=date.today().isoformat())
    assert body["treatment_day"] == 0 and not body["answer"].startswith("The day of treatment")
    assert body["citations"][0]["section"].endswith(("Days 3 to 7", "Skin Healing Period (3-7 Days)",
                                                      "Week 1–2: Early Signs of Progress", "Days 7 to 14"))


def test_a_red_flag_the_patterns_set_aside_as_history_is_not_escalated_by_the_embedding_net(client: TestClient) -> None:
    assert ask(client, "I get cold sores a lot, should I be worried")["type"] != "escalation"


def test_what_adding_something_costs_is_the_clinics_price_question(client: TestClient) -> None:
    body = ask(client, "how much extra is it to add PRP to my microneedling")
    assert body["type"] == "no_answer"


def test_a_red_flag_sent_without_its_answers_type_still_stands_for_the_next_question(client: TestClient) -> None:
    body = ask(client, "ok what cream should I use", [{"question": "there's pus coming out and I have a fever", "type": None}])
    assert body["type"] == "escalation"


def test_an_ordinary_turn_sent_without_its_answers_type_leaves_a_follow_up_answered(client: TestClient) -> None:
    body = ask(client, "and makeup?", [{"question": "how long will I be red?", "type": None}])
    assert body["type"] == "answer" and "makeup" in body["answer"]


def test_warmth_told_on_the_treatment_day_in_a_turn_sent_without_its_type_is_the_normal_course(client: TestClient) -> None:
    today = date.today().isoformat()  # the default clinic time zone is UTC
    body = ask(client, "how long will that last?", [{"question": "my face is red and feels hot", "type": None}],
               treatment_date=today)
    assert body["type"] == "answer"


def test_warmth_told_on_day_six_in_a_turn_sent_without_its_type_still_stands(client: TestClient) -> None:
    six_days_ago = (date.today() - timedelta(days=6)).isoformat()
    body = ask(client, "how long will that last?", [{"question": "my face is red and feels hot", "type": None}],
               treatment_date=six_days_ago)
    assert body["type"] == "escalation"


def test_how_much_is_it_after_a_booking_question_is_the_clinics_price_question(client: TestClient) -> None:
    body = ask(client, "how much is it?", [{"question": "when should i book my next one", "type": "answer", "doc_ids": None}])
    assert body["type"] == "no_answer"


PUS = {"question": "theres yellow crusty stuff oozing on my chin", "type": "escalation", "doc_ids": None}


@pytest.mark.parametrize("follow_up", ["should I still use my serum?", "could it just be the breakout thing?",
                                       "how long till it heals?", "can I use ice?", "should i take ibuprofen"])
def test_care_doubt_or_course_of_a_red_flag_that_stands_is_the_clinics(client: TestClient, follow_up: str) -> None:
    assert ask(client, follow_up, [PUS])["type"] == "escalation"


def test_a_red_flag_the_clinic_has_seen_is_cleared_in_other_words(client: TestClient) -> None:
    body = ask(client, "they've seen it, said its just irritation. can i wear makeup tomorrow?", [PUS])
    assert body["type"] == "answer" and not body["answer"].startswith(Settings().after_escalation_note)


def test_asking_whether_a_red_flag_that_stands_is_an_infection_is_the_clinics(client: TestClient) -> None:
    previous = [{"question": "one spot keeps bleeding and wont stop", "type": "escalation", "doc_ids": None}]
    assert ask(client, "is this an infection??", previous)["type"] == "escalation"


def test_a_nurse_who_had_a_look_clears_the_red_flag(client: TestClient) -> None:
    body = ask(client, "the nurse had a look and said its just breakouts, nothing to worry about. "
                       "can i wear makeup tomorrow?", [PUS])
    assert body["type"] == "answer" and not body["answer"].startswith(Settings().after_escalation_note)


def test_pregnant_in_another_language_gets_the_guides_word_on_pregnancy(client: TestClient) -> None:
    assert "pregnant should not undergo" in ask(client, "im embarazada can i do next session")["answer"]


def test_asking_whether_to_mention_a_medicine_is_led_by_telling_the_provider(client: TestClient) -> None:
    assert "Make sure to tell your provider" in ask(client, "I'm on blood thinners, do I need to mention it?")["answer"]


def test_home_care_asked_with_a_doubt_while_a_red_flag_stands_is_the_clinics(client: TestClient) -> None:
    assert ask(client, "probably nothing right? can i just put moisturiser on", [PUS])["type"] == "escalation"


@pytest.mark.parametrize("cleared", ["they said normal reaction. can i wear makeup tomorrow?",
                                     "doc said its fine. can i wear makeup tomorrow?"])
def test_the_clinic_or_a_doctor_clearing_it_in_few_words_clears_it(client: TestClient, cleared: str) -> None:
    body = ask(client, cleared, [PUS])
    assert body["type"] == "answer" and not body["answer"].startswith(Settings().after_escalation_note)


@pytest.mark.parametrize("message", ["simpler please", "what does that mean", "i dont understand", "huh?",
                                     "can you explain that more simply"])
def test_a_message_only_about_the_last_reply_gets_the_last_answer_again_not_another_passage(client: TestClient,
                                                                                              message: str) -> None:
    alone = ask(client, "what should I avoid after")
    body = ask(client, message, [{"question": "what should I avoid after", "type": "answer", "doc_ids": None}])
    assert body["interpreted_as"] == "what should I avoid after" and body["citations"] == alone["citations"]


def test_a_message_only_about_a_reply_with_no_chat_before_it_is_not_answered(client: TestClient) -> None:
    body = ask(client, "simpler please")
    assert body["type"] == "no_answer" and body["citations"] == []


def test_a_message_about_the_reply_after_an_escalation_repeats_the_advice(client: TestClient) -> None:
    previous = [{"question": "theres pus coming out of my cheek", "type": "escalation", "doc_ids": None}]
    assert ask(client, "simpler please", previous)["type"] == "escalation"


def test_a_follow_up_after_a_message_about_the_reply_reads_the_question_before_it(client: TestClient) -> None:
    previous = [{"question": "how long does redness last", "type": "answer", "doc_ids": None},
                {"question": "huh?", "type": "no_answer", "doc_ids": None}]
    assert ask(client, "and the swelling?", previous)["interpreted_as"] == "how long does swelling last"


def test_a_follow_up_to_a_signed_letter_is_read_with_its_question_not_its_signature(client: TestClient) -> None:
    previous = [{"question": "Dear team, my face is red like a sunburn. Is that normal? Kind regards, Ada",
                 "type": "answer", "doc_ids": None}]
    assert ask(client, "And when will it subside?", previous)["interpreted_as"] == "And when will red subside?"


def test_a_follow_up_opened_with_formal_thanks_is_read_with_the_last_question(client: TestClient) -> None:
    previous = [{"question": "my face is red like a sunburn, is that normal?", "type": "answer", "doc_ids": None}]
    body = ask(client, "Thank you most kindly. And when will it subside?", previous)
    assert body["interpreted_as"] == "And when will red subside?"
    assert "The redness typically subsides within 24–48 hours" in body["answer"]


def test_a_message_that_only_dated_the_treatment_is_no_subject_a_later_follow_up_points_at(client: TestClient) -> None:
    previous = [{"question": "my skin is flaking a lot around my nose, normal?", "type": "answer", "doc_ids": None},
                {"question": "can i scrub it off", "type": "answer", "doc_ids": None},
                {"question": "btw it was tuesday", "type": "answer", "doc_ids": None}]
    assert "btw" not in ask(client, "how long for that?", previous)["interpreted_as"]


def test_booking_the_next_session_for_next_week_is_answered_with_the_interval_not_the_days_stage(client: TestClient) -> None:
    eleven_days_ago = date.fromordinal(date.today().toordinal() - 11).isoformat()
    body = ask(client, "is it too soon to book session 2 for next week?", treatment_date=eleven_days_ago)
    assert "4–6 weeks apart" in body["answer"].split("[1]")[0]


@pytest.mark.parametrize("question", ["am i due for the next one?", "can i come back in 2 weeks instead to speed things up?"])
def test_being_due_or_coming_back_is_answered_with_how_far_apart_sessions_go(client: TestClient, question: str) -> None:
    assert "4–6 weeks apart" in ask(client, question)["answer"]


def test_how_often_to_moisturise_is_no_question_of_how_far_apart_sessions_go(client: TestClient) -> None:
    assert "4–6 weeks" not in ask(client, "how often should I moisturise")["answer"].split("[1]")[0]


@pytest.mark.parametrize("question", ["sun tmrw ok", "beach tomorrow, treatment was today, ok with spf 50?"])
def test_the_sun_tomorrow_on_the_day_of_treatment_is_answered_with_the_first_days_rule(
        client: TestClient, question: str) -> None:
    body = ask(client, question, treatment_date=date.today().isoformat())
    assert FIRST_DAYS_SUN_RULE.match(body["answer"])


@pytest.mark.parametrize("played_down", ["probably nothing, can I use vitamin C serum?",
                                         "nah it's fine, when can I exfoliate?"])
def test_a_red_flag_played_down_in_the_next_message_gets_the_advice_again(client: TestClient, played_down: str) -> None:
    previous = [{"question": "there's pus coming out of a spot on my cheek", "type": "escalation", "doc_ids": None}]
    assert ask(client, played_down, previous)["type"] == "escalation"


def test_a_sign_of_the_normal_course_played_down_is_answered_as_usual(client: TestClient) -> None:
    previous = [{"question": "my face is red", "type": "answer", "doc_ids": None}]
    assert ask(client, "its fine, when can i wear makeup", previous)["type"] == "answer"


@pytest.mark.parametrize("played_down", ["ok i'll see, probably nothing. anyway can I use hyaluronic acid serum?",
                                         "eh its prob just a cold, anyway when can I wear makeup again"])
def test_a_red_flag_played_down_after_an_acknowledgement_gets_the_advice_again(client: TestClient, played_down: str) -> None:
    previous = [{"question": "there's pus on my forehead", "type": "escalation", "doc_ids": None}]
    assert ask(client, played_down, previous)["type"] == "escalation"


@pytest.mark.parametrize(("told", "played_down"), [
    ("there are red streaks going down my neck", "probably just sunburn, when can I wear makeup?"),
    ("my eye is swollen nearly shut", "just puffiness, can I use cold compresses?"),
    ("the redness is spreading", "I'll see how it goes. when can I exfoliate?")])
def test_a_red_flag_put_down_to_something_harmless_gets_the_advice_again(client: TestClient, told: str,
                                                                         played_down: str) -> None:
    previous = [{"question": told, "type": "escalation", "doc_ids": None}]
    assert ask(client, played_down, previous)["type"] == "escalation"


def test_the_length_of_a_visit_for_a_treatment_the_guides_never_name_is_refused(client: TestClient) -> None:
    assert ask(client, "how long does a botox appointment take?")["type"] == "no_answer"


def test_the_swelling_gone_down_and_only_dry_is_answered(client: TestClient) -> None:
    three_days_ago = (date.today() - timedelta(days=3)).isoformat()
    assert ask(client, "the swelling went down, now its just dry. fine?", treatment_date=three_days_ago)["type"] == "answer"


@pytest.mark.parametrize("message", ["what's the duration of a session?", "how long am i in the chair",
                                     "Would you kindly confirm the approximate duration of the procedure?",
                                     "How long does a microneedling appointment take?"])
def test_the_length_of_a_visit_in_other_words_is_answered_with_its_minutes(client: TestClient, message: str) -> None:
    assert "30-60 minutes" in ask(client, message)["answer"].split("[1]")[0]


def test_a_typo_in_how_many_sessions_still_asks_for_a_number_of_sessions(client: TestClient) -> None:
    assert ask(client, "how many treatmnts for big pores")["answer"].startswith("Most people only need 2-3 sessions")


def test_a_quote_keeps_the_sentence_that_qualifies_it(client: TestClient) -> None:
    answer = ask(client, "is the glow right after treatment the actual result?")["answer"]
    assert "However, this effect is short-lived and may not reflect the long-term results" in answer.split("[1]")[0]


def test_the_upper_lip_after_asking_whether_it_hurts_is_answered_with_the_sensitive_areas(client: TestClient) -> None:
    body = ask(client, "what about the upper lip?", [{"question": "does microneedling hurt?", "type": "answer",
                                                      "doc_ids": None}])
    assert "The forehead and lip area can be a little more sensitive" in body["answer"].split("[1]")[0]


def test_a_quote_that_announces_a_list_brings_the_list(client: TestClient) -> None:
    answer = ask(client, "what can go wrong with this? worst case")["answer"].split("[1]")[0]
    assert "- Infection\n- Hyperpigmentation\n- Irritation\n- Scarring" in answer


def test_asking_what_cream_to_use_after_an_escalation_gets_the_advice_again(client: TestClient) -> None:
    body = ask(client, "ok so what cream should i use then",
               [{"question": "my face is hot and the redness is spreading", "type": "escalation", "doc_ids": None}])
    assert body["type"] == "escalation"


def test_a_sign_feared_ahead_is_answered_not_escalated(client: TestClient) -> None:
    assert ask(client, "I'm dark skinned and nervous about getting dark patches from this")["type"] == "answer"


def test_a_sign_feared_beside_one_told_still_escalates(client: TestClient) -> None:
    assert ask(client, "I'm nervous about getting an infection, my face is hot and swollen")["type"] == "escalation"


def test_a_bare_ok_after_an_emergency_gets_the_emergency_advice_again(client: TestClient) -> None:
    body = ask(client, "ok", [{"question": "my throat feels tight and my lips are swelling", "type": "escalation"}])
    assert body["type"] == "escalation" and body["answer"].startswith(Settings().rendered_emergency())


@pytest.mark.parametrize(("first", "then"), [
    ("there's yellow stuff oozing from a spot", "i'm not calling anyone. just tell me what cream"),
    ("my cheek swelling is spreading, hot and painful", "i'm sure its just normal swelling tbh. should I moisturise more?"),
    ("i have a fever of 38.5 since the treatment", "clinic's closed till monday, what do i do"),
    ("i have a fever of 38.5 since the treatment", "is paracetamol ok"),
])
def test_refusing_to_call_or_asking_what_to_do_after_a_red_flag_gets_the_advice_again(client: TestClient, first: str,
                                                                                         then: str) -> None:
    assert ask(client, then, [{"question": first, "type": "escalation"}])["type"] == "escalation"


@pytest.mark.parametrize("cleared", ["the clinic checked it and it's fine", "saw the nurse, nothing to worry about",
                                     "had the doctor look at the swelling, all fine she said"])
def test_the_clinic_clearing_a_sign_told_alone_is_acknowledged(client: TestClient, cleared: str) -> None:
    body = ask(client, cleared, [{"question": "my face is hot and the redness is spreading", "type": "escalation"}])
    assert body["type"] == "acknowledgement"


def test_a_sign_told_beside_what_the_clinic_said_still_escalates(client: TestClient) -> None:
    body = ask(client, "the clinic said it's fine but now there's pus",
               [{"question": "my face is hot and the redness is spreading", "type": "escalation"}])
    assert body["type"] == "escalation"


def test_a_misspelt_ingredient_the_guides_recommend_is_not_led_by_the_rule_against_acids(client: TestClient) -> None:
    answer = ask(client, "can i put hyaluronc acid on tonight?")["answer"]
    assert "harsh products such as retinol and acid" not in answer.split("\n")[0]


def test_looking_worse_than_before_asks_of_now_not_of_the_days_before_treatment(client: TestClient) -> None:
    body = ask(client, "why do I look WORSE than before?? all flaky and rough",
               treatment_date=(date.today() - timedelta(days=4)).isoformat())
    assert body["type"] == "answer" and "flakiness" in body["answer"].split("[1]")[0]


def test_a_question_only_about_the_day_is_answered_with_the_stages_paragraph_not_its_first_sentence(
        client: TestClient) -> None:
    body = ask(client, "had it done last week, what shud i be seeing")
    assert body["treatment_day"] == 7
    assert body["answer"].startswith("Day 7 after treatment:\n\nWeek 1–2: Early Signs of Progress: Around days 5–7, your "
                                     "skin enters the active collagen-building phase. You might observe smoother texture")


def test_the_stages_paragraph_keeps_the_answer_within_its_length(client: TestClient) -> None:
    body = ask(client, "day 4, what should I expect?")
    assert "you might experience some dryness or flakiness" in body["answer"]
    assert sum(c["end"] - c["start"] for c in body["citations"]) <= 600


def test_how_long_after_asking_what_to_avoid_after_the_appointment_is_how_long_to_avoid_it(client: TestClient) -> None:
    body = ask(client, "for how long?", [
        {"question": "what should I avoid before my appointment?", "type": "answer", "doc_ids": None},
        {"question": "and after?", "type": "answer", "doc_ids": None}])
    assert "appointment" not in body["interpreted_as"]
    assert "24 to 48 hours" in body["answer"].split("[1]")[0] or "24–48 hours" in body["answer"].split("[1]")[0]


@pytest.mark.parametrize("follow_up", ["which brand?", "which brand do you recommend?"])
def test_a_brand_asked_after_a_product_is_not_in_the_guides(client: TestClient, follow_up: str) -> None:
    body = ask(client, follow_up, [{"question": "what cleanser should I use after microneedling?", "type": "answer",
                                    "doc_ids": None}])
    assert body["type"] == "no_answer"


def test_the_beach_after_treatment_is_answered_with_the_rule_against_direct_sunlight(client: TestClient) -> None:
    assert ask(client, "can I go to the beach after microneedling")["answer"].startswith(
        "Avoid using makeup, sweating, direct sunlight")


@pytest.mark.parametrize("question", ["can I scrub off the flakes?", "worried about getting an infection, how do i avoid that"])
def test_what_to_skip_before_a_session_does_not_ride_along_with_a_question_that_names_no_side(
        client: TestClient, question: str) -> None:
    assert "Before Your Appointment" not in ask(client, question)["answer"]


@pytest.mark.parametrize("question", ["will sweating be a problem?", "I play 5-a-side on Tuesday nights, is that alright or will "
                                      "sweating mess it up"])
def test_an_activity_asked_about_on_a_known_day_is_led_by_the_guides_rule_for_it_not_the_days_stage(
        client: TestClient, question: str) -> None:
    body = ask(client, question, treatment_date=(date.today() - timedelta(days=3)).isoformat())
    assert "sweating" in body["answer"].split("[1]")[0]


def test_a_follow_up_names_the_earlier_question_it_was_read_with_as_the_client_wrote_it(client: TestClient) -> None:
    body = ask(client, "and makeup?", [{"question": "My face is really red today, is that normal?", "type": "answer",
                                        "doc_ids": None}])
    assert body["read_with"] == "My face is really red today, is that normal?"


def test_a_follow_up_pointing_two_turns_back_names_that_turn(client: TestClient) -> None:
    body = ask(client, "how long do I have to avoid those?", [
        {"question": "what should I avoid?", "type": "answer", "doc_ids": None},
        {"question": "is peeling normal?", "type": "answer", "doc_ids": None}])
    assert body["read_with"] == "what should I avoid?"


@pytest.mark.parametrize("question", ["how many sessions for acne scars?",
                                      "Ok so it's been five days and I look the same. When am I going to see a difference?"])
def test_a_question_read_without_the_chat_names_no_earlier_question(client: TestClient, question: str) -> None:
    assert ask(client, question, [{"question": "can I work out tomorrow?", "type": "answer", "doc_ids": None}])["read_with"] is None


@pytest.mark.parametrize("question", ["can i go sun beach after 1 day the treatment?", "can I sunbathe 2 days after?"])
def test_the_sun_a_day_or_two_after_counted_in_days_is_led_by_the_rule_for_the_first_days(
        client: TestClient, question: str) -> None:
    assert FIRST_DAYS_SUN_RULE.match(ask(client, question)["answer"])


@pytest.mark.parametrize("question", ["do they numb you first?", "will they give me something for the pain?"])
def test_a_they_doing_something_to_the_client_is_the_clinic_not_what_the_last_question_named(
        client: TestClient, question: str) -> None:
    body = ask(client, question, [{"question": "how many sessions for stretch marks?", "type": "answer", "doc_ids": None}])
    assert body["interpreted_as"] is None


@pytest.mark.parametrize("question", ["Day 2 here — can I get a spray tan for a party tomorrow?",
                                      "Day 2 here — can I get a spray tan for a party next week?"])
def test_something_the_guides_name_only_before_the_treatment_asked_on_a_day_after_it_is_not_answered_with_the_days_stage(
        client: TestClient, question: str) -> None:
    two_days_ago = (date.today() - timedelta(days=2)).isoformat()
    assert ask(client, question, treatment_date=two_days_ago)["type"] == "no_answer"


@pytest.mark.parametrize("question", ["I had microneedling yesterday and my best friend's wedding is in 3 days — will I still be red?",
                                      "had it done yesterday and there's a party in 3 days, am i still going to be red??"])
def test_whether_a_sign_lasts_to_an_event_is_led_by_how_long_it_lasts_not_by_a_stage_of_that_day_silent_on_it(
        client: TestClient, question: str) -> None:
    first = ask(client, question)["citations"][0]["quote"]
    assert first == ("The redness typically subsides within 24–48 hours, though sensitive skin types may experience "
                     "lingering effects for up to 72 hours.")


def test_the_stage_of_an_events_day_still_leads_when_it_names_what_is_asked(client: TestClient) -> None:
    body = ask(client, "had it done yesterday and there's a party in 3 days, will the flaking be gone by then?")
    assert body["answer"].startswith("Days 3-5: You may see:")


@pytest.mark.parametrize("question", ["will microneedling tighten my saggy jawline", "Can microneedling tighten skin?"])
def test_a_yes_or_no_question_is_quoted_with_the_guides_short_reply_before_the_sentence_that_answers(
        client: TestClient, question: str) -> None:
    assert ask(client, question)["answer"].startswith("Yes, slightly. It stimulates collagen and elastin production")


def test_a_question_asking_what_not_whether_is_quoted_without_the_short_reply(client: TestClient) -> None:
    assert ask(client, "what does microneedling do for sagging skin?")["answer"].startswith(
        "It stimulates collagen and elastin production")


@pytest.mark.parametrize("question", ["its been 10 days and honestly i dont see any difference. did it not work?",
                                      "10 days out, is it not working?",
                                      "It's been 5 days and I see zero change. Is my treatment a failure?"])
def test_a_client_seeing_no_change_yet_is_told_when_results_show_not_the_days_stage(client: TestClient, question: str) -> None:
    answer = ask(client, question)["answer"]
    assert answer.startswith("Visible Results (2-4 Weeks): True micro needling results become more apparent between 2 to 4 "
                             "weeks after your treatment.")


def test_a_client_naming_how_deep_their_scars_are_gets_no_further_quote_for_superficial_ones(client: TestClient) -> None:
    quotes = [c["quote"] for c in ask(client, "how many sessions will i need for my acne scars? theyre pretty deep")["citations"]]
    assert "Deep Scars: 6-8+ Sessions" in quotes[0]
    assert not any("superficial acne scars" in q for q in quotes)


def test_a_client_naming_no_degree_gets_the_quotes_for_every_degree(client: TestClient) -> None:
    quotes = [c["quote"] for c in ask(client, "how many sessions for acne scars?")["citations"]]
    assert any("superficial acne scars" in q for q in quotes)


@pytest.mark.parametrize("follow_up", ["is this a normal reaction?",
                                       "ok im at the ER now, they're treating me. is this a common reaction?"])
def test_asking_whether_an_escalated_sign_is_a_common_reaction_is_never_answered_with_the_normal_course(
        client: TestClient, follow_up: str) -> None:
    previous = [{"question": "my lips are swelling up and its hard to breathe", "type": "escalation", "doc_ids": None}]
    assert ask(client, follow_up, previous)["type"] == "escalation"


def test_asking_a_price_with_the_treatment_date_known_is_not_answered_with_the_days_stage(client: TestClient) -> None:
    six_weeks_ago = (date.today() - timedelta(days=42)).isoformat()
    assert ask(client, "how much is a session usually?", treatment_date=six_weeks_ago)["type"] == "no_answer"


@pytest.mark.parametrize("question", ["day 5 today, can i start working out again", "day 5, can i go to the gym?"])
def test_asking_leave_for_exercise_after_the_first_days_is_led_by_the_rule_that_names_sweating(
        client: TestClient, question: str) -> None:
    assert ask(client, question)["answer"].startswith("First 24-48 hours: Avoiding makeup, sweating, and harsh skincare.")


def test_how_long_the_full_results_last_is_led_by_how_long_results_last_not_when_they_show(client: TestClient) -> None:
    assert ask(client, "how long will the full results last?")["answer"].startswith(
        "2. Treatment Frequency: Typically, the results can last anywhere from a few months to a couple of years")


def test_how_long_the_full_result_lasts_asked_as_a_follow_up_is_led_by_how_long_results_last(client: TestClient) -> None:
    previous = [{"question": "two weeks out now — when do results actually show up?", "type": "answer", "doc_ids": None},
                {"question": "and the full result?", "type": "answer", "doc_ids": None}]
    assert "the results can last anywhere from a few months to a couple of years" in \
        ask(client, "how long will that last", previous)["answer"].split("[1]")[0]


def test_whether_now_is_the_time_for_the_next_session_is_answered_by_the_spacing_of_sessions(client: TestClient) -> None:
    body = ask(client, "had my first session about 5 weeks ago, is now a good time for the next?")
    assert body["answer"].startswith("If you’re wondering how often should you microneedle, 6 weeks is the magic number")


def test_booking_the_next_session_for_next_week_is_not_answered_with_that_weeks_stage(client: TestClient) -> None:
    four_weeks_ago = (date.today() - timedelta(days=28)).isoformat()
    body = ask(client, "is it ok to book the 2nd one for next week", treatment_date=four_weeks_ago)
    assert "spaced 4–6 weeks apart" in body["citations"][0]["quote"]


def test_whether_the_next_session_can_be_had_at_all_keeps_the_guides_word_on_who_should_not(client: TestClient) -> None:
    assert ask(client, "I am pregnant 3 months, can I do the next session?")["answer"].startswith(
        "Those with acne, infections, open wounds, or certain skin types, or who are pregnant should not undergo")


def test_telling_of_something_else_one_has_after_a_question_naming_a_sign_confirms_no_sign(client: TestClient) -> None:
    previous = [{"question": "How long my face will be swell after treatment?", "type": "answer", "doc_ids": None}]
    assert ask(client, "i have dark skin, is there any extra risk for me", previous)["type"] == "answer"


@pytest.mark.parametrize("told", ["i have loads now", "i have one now tho, 38.5", "i have pus on my chin"])
def test_saying_one_has_the_sign_a_question_named_still_confirms_it(client: TestClient, told: str) -> None:
    previous = [{"question": "should there be pus?", "type": "answer", "doc_ids": None}]
    assert ask(client, told, previous)["type"] == "escalation"


def test_how_to_keep_what_happened_to_someone_else_from_happening_is_read_with_their_story(client: TestClient) -> None:
    story = "My aunt got dark patches on her face after hers, she went on a beach holiday right after. why does that happen?"
    body = ask(client, "how do I make sure that doesn't happen to me?", [{"question": story, "type": "answer", "doc_ids": None}])
    assert body["read_with"] == story
    assert body["answer"].startswith("Pigmentation problems can occur when the skin is exposed to the sun too early")


def test_stopping_retinol_again_before_the_next_session_is_answered_with_the_rule_before_it(client: TestClient) -> None:
    four_weeks_ago = (date.today() - timedelta(days=28)).isoformat()
    body = ask(client, "My second session is next week. Do I need to stop my retinol again before it?",
               treatment_date=four_weeks_ago)
    assert "Avoid retinoids, tretinoin, and other prescription products" in body["answer"]


def test_the_day_after_asked_after_the_day_before_gets_no_rule_of_the_day_before(client: TestClient) -> None:
    body = ask(client, "and the day after?", [{"question": "Can I wax my upper lip the day before my microneedling?",
                                               "type": "answer", "doc_ids": ["how-many-sessions"]}])
    assert body["type"] == "no_answer" and body["interpreted_as"] == "Can I wax my upper lip the day after?"


def test_asking_the_price_after_asking_about_pain_gets_the_no_answer_message(client: TestClient) -> None:
    body = ask(client, "ok and how much is it?", [{"question": "will it hurt?", "type": "answer", "doc_ids": ["how-many-sessions"]}])
    assert body["type"] == "no_answer"


def test_how_much_longer_it_should_last_after_a_sign_told_asks_of_the_sign(client: TestClient) -> None:
    three_days_ago = (date.today() - timedelta(days=3)).isoformat()
    body = ask(client, "how much longer should it last?", [{"question": "im still a bit red", "type": "answer",
                                                             "doc_ids": ["results-timeline"]}], treatment_date=three_days_ago)
    assert "The redness typically subsides within 24–48 hours" in body["answer"]
