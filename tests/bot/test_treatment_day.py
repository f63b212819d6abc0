"""Days since treatment, read from the client's words, counted from Wednesday 18 November 2026."""

from datetime import date

import pytest

from bot.reading.treatment_day import (
    DayMention,
    days_ahead,
    day_in_question,
    days_since,
    days_until_event,
    named_span,
    names_another_time,
    only_dates,
    planned_gap,
    treatment_ahead,
    without_dating,
)

WEDNESDAY = date(2026, 11, 18)


@pytest.mark.parametrize(("question", "day"), [
    ("had it done 4 days ago, is the flaking normal?", 4),
    ("it's day 3, is peeling normal", 3),
    ("day four and still flaky", 4),
    ("had it done yesterday and I'm still pink", 1),
    ("had microneedling this morning, face is warm", 0),
    ("my session was last Friday, skin feels rough", 5),
    ("had it on Monday", 2),
    ("two weeks out and seeing a glow", 14),
    ("3 days post and dry", 3),
    ("my treatment was a week ago", 7),
    ("on the third day my face was flaky", 3),
    ("treated on the 10th and still a little flaky", 8),
    ("It's been 6 days and my face is still a little pink", 6),
    ("it's been about 36 hours and I'm still pink", 1),
    ("its been two weeks and I see nothing", 14),
    ("it's now been 3 weeks and the flaking hasn't stopped", 21),
    ("I had it done a month ago and my skin looks dull again", 31),
    ("my face is sunburn-red 3 hours after my session", 0),
    ("got it done maybe 3 hrs ago and my face feels hot", 0),
    ("im 2 wks post and still flaky", 14),
    ("its been like a month and a half", 46),
    ("had it done a week and a half ago", 10),
    ("it's been two and a half weeks", 17),
    ("1.5 weeks post and still pink. is that ok", 10),
    ("week 2 and still swollen around eyes", 7),
    ("Half a year since my treatment - should I book a maintenance session?", 184),
    ("my last session was a year and a half ago", 549),
    ("had it done a year ago", 365),
])
def test_a_day_phrase_that_dates_the_treatment_gives_the_days_since_it(question: str, day: int) -> None:
    mention = day_in_question(question, WEDNESDAY)
    assert mention is not None and mention.day == day


@pytest.mark.parametrize(("question", "day"), [
    ("i did a spin class this morning, treatment was yesterday afternoon. too soon?", 1),
    ("went to the gym this morning, had my treatment on Monday", 2),
    ("is a spray tan ok for my sister's wedding, my treatment was Monday", 2),
])
def test_of_two_days_in_a_message_the_treatments_is_the_one_its_clause_names(question: str, day: int) -> None:
    mention = day_in_question(question, WEDNESDAY)
    assert mention is not None and mention.day == day


@pytest.mark.parametrize(("question", "day"), [
    ("3 days ago and still a bit red", 3),
    ("yesterday - can I wash my face with my normal foaming cleanser?", 1),
    ("2 days ago, still red, normal?", 2)])
def test_a_time_heading_the_message_before_how_the_skin_is_dates_the_treatment(question: str, day: int) -> None:
    mention = day_in_question(question, WEDNESDAY)
    assert mention is not None and mention.day == day


@pytest.mark.parametrize("question", ["yesterday, I went to the beach, is that bad?",
                                      "2 days ago my friend said to use ice, is that ok?"])
def test_a_time_heading_what_someone_did_dates_nothing(question: str) -> None:
    assert day_in_question(question, WEDNESDAY) is None


@pytest.mark.parametrize(("question", "day"), [
    ("day 2 — sorry, day 6 — and I have a few little breakouts. expected?", 6),
    ("I had it done yesterday — no wait, it's day 5 now. Flaky around my mouth, normal?", 5)])
def test_a_day_told_after_a_correction_replaces_the_one_before_it(question: str, day: int) -> None:
    mention = day_in_question(question, WEDNESDAY)
    assert mention is not None and mention.day == day


def test_a_day_the_client_denies_is_not_the_treatments() -> None:
    mention = day_in_question("sorry, I mean it was 4 days ago, not yesterday. just flaky now. normal?", WEDNESDAY)
    assert mention is not None and mention.day == 4


def test_a_day_phrase_about_the_skin_rather_than_the_treatment_dates_nothing() -> None:
    assert day_in_question("it was pink yesterday but now it is spreading", WEDNESDAY) is None


def test_a_day_the_skin_is_compared_with_dates_nothing() -> None:
    assert day_in_question("still red as day one and hot to touch", WEDNESDAY) is None


def test_a_day_beside_a_treatment_still_to_come_tomorrow_dates_nothing() -> None:
    assert day_in_question("I waxed yesterday, is that a problem for my session tomorrow?", WEDNESDAY) is None


def test_a_treatment_had_is_still_dated_beside_the_next_one_to_come() -> None:
    mention = day_in_question("had it done 2 days ago, next session in 4 weeks", WEDNESDAY)
    assert mention is not None and mention.day == 2


def test_the_first_week_gives_no_single_day() -> None:
    assert day_in_question("week 1 and still red", WEDNESDAY) is None


def test_an_event_someone_has_got_on_a_weekday_is_not_the_treatment() -> None:
    assert day_in_question("I've got a wedding on Saturday, will the redness be gone by then?", WEDNESDAY) is None


def test_a_question_looking_ahead_dates_nothing() -> None:
    assert day_in_question("can I wear makeup tomorrow?", WEDNESDAY) is None


@pytest.mark.parametrize("question", ["I have a wedding Saturday and my treatment is Thursday, will I still be red?",
                                      "party on friday, can I get microneedling on tuesday and still look ok?",
                                      "my appointment is next Tuesday, what should I avoid before it?",
                                      "getting it done friday, will the redness be gone by Monday?",
                                      "I have my first session on the 20th, can I still use my toner until then?",
                                      "breaking out rn, can i still come in for my session friday",
                                      "should i cancel my microneedling on the 9th if i've got a breakout?",
                                      "If I get it done Thursday morning, will I still glow for a party Thursday night?"])
def test_a_treatment_still_ahead_dates_nothing_not_even_by_another_weekday_beside_it(question: str) -> None:
    assert day_in_question(question, WEDNESDAY) is None


def test_a_weekday_after_the_treatment_in_another_clause_leaves_the_treatments_own_day() -> None:
    mention = day_in_question("I had it done on Monday, will I still be red by Friday?", WEDNESDAY)
    assert mention is not None and mention.day == 2


@pytest.mark.parametrize(("question", "day"), [("had it done Wednesday afternoon", 0), ("had it last Wednesday", 7),
                                               ("had it this past Wednesday", 7)])
def test_a_bare_weekday_said_on_that_weekday_is_today_and_last_that_weekday_a_week_ago(question: str, day: int) -> None:
    mention = day_in_question(question, WEDNESDAY)
    assert mention is not None and mention.day == day


def test_a_date_of_the_month_still_ahead_is_last_months() -> None:
    mention = day_in_question("treated on the 20th", WEDNESDAY)
    assert mention is not None and mention.day == 29


def test_the_treatment_day_itself_is_day_0_and_a_date_ahead_gives_no_day() -> None:
    assert days_since(WEDNESDAY, WEDNESDAY) == 0
    assert days_since(date(2026, 11, 20), WEDNESDAY) is None


def test_ago_today_counts_from_the_ago_not_from_today() -> None:
    mention = day_in_question("a week ago today I had it and the redness hasn't faded", WEDNESDAY)
    assert mention is not None and mention.day == 7


@pytest.mark.parametrize(("question", "day"), [("had microneedling on the 1st of August", 109),
                                               ("treated Oct 24", 25),
                                               ("my session on the 24th of October", 25)])
def test_a_date_with_a_month_gives_the_days_since_it(question: str, day: int) -> None:
    mention = day_in_question(question, WEDNESDAY)
    assert mention is not None and mention.day == day


@pytest.mark.parametrize(("question", "span"), [
    ("what should my skin look like by 3 to 6 months?", (90, 180)),
    ("what happens around weeks 3-4?", (14, 28)),
    ("what should I put on my face the first 2 days", (0, 2)),
    ("what should I expect at the 2 week mark?", (14, 14)),
    ("what is typical between days three and seven?", (3, 7)),
    ("what happens between day 3 and day 7?", (3, 7)),
])
def test_a_question_naming_a_time_gives_the_days_since_treatment_it_asks_about(question: str, span: tuple[int, int]) -> None:
    assert named_span(question, None) == span


def test_the_clients_own_day_is_not_a_time_the_question_asks_about() -> None:
    question = "had it done 4 days ago, is the flaking normal?"
    assert not names_another_time(question, day_in_question(question, WEDNESDAY))
    assert named_span(question, day_in_question(question, WEDNESDAY)) is None


def test_tomorrow_is_a_time_of_its_own_but_no_span_since_treatment() -> None:
    assert names_another_time("can I work out tomorrow?", None)
    assert named_span("can I work out tomorrow?", None) is None


@pytest.mark.parametrize(("question", "asked"), [
    ("had it done 2 days ago and my cheeks feel tight, is that ok?", "my cheeks feel tight, is that ok?"),
    ("I had microneedling on the 16th, is the dryness normal?", "is the dryness normal?"),
    ("it's day 3, is peeling normal", "is peeling normal"),
])
def test_a_clause_that_only_dates_the_treatment_is_left_out_of_what_is_asked(question: str, asked: str) -> None:
    assert without_dating(question, day_in_question(question, WEDNESDAY)) == asked


@pytest.mark.parametrize("question", ["is peeling normal on day 4?", "I had it done yesterday"])
def test_a_day_inside_the_question_or_a_bare_date_is_kept_as_asked(question: str) -> None:
    assert without_dating(question, day_in_question(question, WEDNESDAY)) == question


@pytest.mark.parametrize(("question", "expected"), [("I had my treatment yesterday", True), ("it's day 5", True),
                                                    ("it's day 5, is peeling normal?", False),
                                                    ("My session took place on Monday.", True),
                                                    ("oops sorry, actually it was 4 days ago", True),
                                                    ("sorry I meant 4 days ago", True)])
def test_a_message_that_only_tells_the_day_is_known_as_such(question: str, expected: bool) -> None:
    assert only_dates(question, day_in_question(question, WEDNESDAY)) is expected


@pytest.mark.parametrize(("text", "days"), [("what if it's still there next week", 7), ("in a few days", 3),
                                            ("two weeks from now", 14), ("in 3 weeks", 21), ("I go in a minute", None)])
def test_a_time_ahead_is_counted_in_days_from_today(text: str, days: int | None) -> None:
    assert days_ahead(text) == days


@pytest.mark.parametrize("question", ["Can I use my glycolic acid toner a few days after microneedling?",
                                      "What products should I use in the first two days after microneedling?",
                                      "hello i am doing micro needle on thursday, after how many day the red is go away?",
                                      "My friend said I can wear makeup 6 hours after microneedling, right?",
                                      "my aesthetician told me I should wait 2 days after to exercise"])
def test_a_time_asked_about_or_a_treatment_still_ahead_is_not_the_clients_day(question: str) -> None:
    assert day_in_question(question, date(2026, 12, 3)) is None


def test_a_time_after_treatment_told_as_the_clients_own_is_their_day() -> None:
    assert day_in_question("it's 4 days after my session, can I exfoliate?", date(2026, 12, 3)).day == 4


@pytest.mark.parametrize("question", ["my face feels warmer today than it did yesterday",
                                      "it hurts more than it did the first day"])
def test_a_time_the_skin_is_compared_with_is_not_the_treatments(question: str) -> None:
    assert day_in_question(question, date(2026, 12, 3)) is None


def test_a_day_a_sign_began_on_does_not_date_the_treatment() -> None:
    assert day_in_question("fever since yesterday, treatment was 3 days ago", WEDNESDAY).day == 3


def test_a_day_a_sign_began_on_that_is_the_treatments_own_still_dates_it() -> None:
    assert day_in_question("I have a fever and chills since yesterday's treatment", WEDNESDAY).day == 1


def test_a_range_of_days_is_a_time_asked_about_not_the_clients_day() -> None:
    question = "what's going on around day 5-7, is that when collagen starts?"
    assert day_in_question(question, WEDNESDAY) is None
    assert named_span(question, None) == (5, 7)


@pytest.mark.parametrize("question", ["I'm going on a beach holiday two weeks after my session, will I be ok?",
                                      "my wedding is 5 days after my treatment, will I be red?"])
def test_when_a_plan_falls_after_the_treatment_is_not_the_clients_day(question: str) -> None:
    assert day_in_question(question, WEDNESDAY) is None


def test_a_count_of_days_after_the_treatment_told_as_now_is_the_clients_day() -> None:
    mention = day_in_question("it is 5 days after my treatment and I'm peeling", WEDNESDAY)
    assert mention is not None and mention.day == 5


@pytest.mark.parametrize(("question", "day"), [("the morning after, what should I be expecting?", 1),
                                               ("my skin felt tight the night after my session", 0),
                                               ("face puffy morning after", 1), ("so red the evening after my appt", 0),
                                               ("cheeks a bit tender today (day after), ok?", 1)])
def test_the_morning_or_night_after_dates_the_clients_day(question: str, day: int) -> None:
    mention = day_in_question(question, WEDNESDAY)
    assert mention is not None and mention.day == day


def test_a_morning_after_something_else_is_no_day_of_the_client() -> None:
    assert day_in_question("my skin feels tight every morning after I wash it", WEDNESDAY) is None
    assert day_in_question("I wash my face every single day after.", WEDNESDAY) is None


def test_asking_whether_something_is_allowed_the_day_after_is_no_day_of_the_client() -> None:
    assert day_in_question("can I wear makeup the day after?", WEDNESDAY) is None


@pytest.mark.parametrize("question", [
    "I have my wedding on the 20th of February, is there enough time to get this done before then?",
    "how long till I see results? want it done for my 40th birthday party on jan 16",
    "my flight is on the 8th, can I fly with a red face?"])
def test_the_date_of_an_event_named_before_it_is_not_the_treatments(question: str) -> None:
    assert day_in_question(question, WEDNESDAY) is None


def test_a_weekday_the_client_will_come_in_on_is_no_treatment_past() -> None:
    assert day_in_question("proper breakout. should i still come in on thursday for the needling?", WEDNESDAY) is None


def test_a_treatment_date_told_beside_an_events_date_still_dates_the_treatment() -> None:
    mention = day_in_question("I have a gala on the 23rd, I had microneedling on the 1st", date(2026, 12, 4))
    assert mention is not None and mention.day == 3


def test_a_time_of_day_beside_the_treatment_dates_it_today() -> None:
    mention = day_in_question("it's 9pm, treatment was at 2, and my cheeks still feel hot", WEDNESDAY)
    assert mention is not None and mention.day == 0


def test_a_day_named_beside_a_time_of_day_wins() -> None:
    mention = day_in_question("had it done at 2pm yesterday", WEDNESDAY)
    assert mention is not None and mention.day == 1


@pytest.mark.parametrize("question", ["my appointment is at 3, can I wear makeup", "I had my first session at 25 years old"])
def test_an_appointment_time_ahead_or_an_age_is_no_day(question: str) -> None:
    assert day_in_question(question, WEDNESDAY) is None


@pytest.mark.parametrize(("question", "day"), [("bleeding stopped now, thats fine yeah? had it 1hr ago", 0),
                                               ("had mn this am, how long will i look like this", 0)])
def test_an_hour_run_into_its_number_or_this_am_dates_the_treatment_today(question: str, day: int) -> None:
    mention = day_in_question(question, WEDNESDAY)
    assert mention is not None and mention.day == day


def test_a_time_phrase_alone_dates_the_sentence_before_it() -> None:
    mention = day_in_question("I had it done. yesterday", WEDNESDAY)
    assert mention is not None and mention.day == 1


def test_a_time_phrase_alone_after_a_sentence_not_about_the_treatment_dates_nothing() -> None:
    assert day_in_question("my face is red. yesterday.", WEDNESDAY) is None


def test_a_week_spent_somewhere_is_no_day_since_treatment() -> None:
    assert day_in_question("just got back from a week in dubai, my treatment is booked for tuesday", WEDNESDAY) is None


def test_a_weekday_with_a_day_of_the_month_still_ahead_dates_nothing() -> None:
    assert day_in_question("wedding is saturday the 21st, when's the latest i can get microneedled?", WEDNESDAY) is None


def test_a_weekday_with_a_day_of_the_month_past_gives_the_days_since_it() -> None:
    assert day_in_question("had it done on monday the 16th, still red", WEDNESDAY).day == 2


def test_last_and_the_weekday_of_yesterday_is_the_week_before() -> None:
    assert day_in_question("had microneedling last tuesday and now ive got pimples", WEDNESDAY).day == 8


def test_how_long_something_lasted_after_the_treatment_dates_nothing() -> None:
    assert day_in_question("my skin was glowing for a few weeks after and now its gone back to normal", WEDNESDAY) is None


@pytest.mark.parametrize("question", ["my wedding is on the 12th, can i wear full makeup by then?",
                                      "will I still be red on tuesday?", "can I go to a spa this weekend?"])
def test_a_weekday_or_date_that_dates_no_treatment_is_a_time_of_its_own(question: str) -> None:
    assert names_another_time(question, day_in_question(question, WEDNESDAY))


def test_the_weekday_that_dates_the_treatment_is_the_clients_own_day() -> None:
    question = "had it done on monday, is peeling normal?"
    assert not names_another_time(question, day_in_question(question, WEDNESDAY))


def test_a_date_of_the_month_without_the_dates_the_treatment_and_an_events_date_does_not() -> None:
    mention = day_in_question("I'm a bridesmaid on the 20th, I had MN on 16th. will i still be red?", WEDNESDAY)
    assert mention is not None and (mention.day, mention.phrase) == (2, "on 16th")


def test_a_date_the_holidays_fall_on_dates_no_treatment() -> None:
    assert day_in_question("havin it done b4 my hols on the 28th, when should i book so im not flaky", WEDNESDAY) is None


def test_a_weekday_the_client_is_deciding_whether_to_have_it_on_is_still_ahead() -> None:
    assert day_in_question("trying to decide whether to do my microneedling on monday or wait til after", WEDNESDAY) is None


@pytest.mark.parametrize(("question", "ahead"), [("presentation on Monday, will the flaking show?", 2),
                                                 ("party on saturday", 7), ("wedding on the 12th", 7),
                                                 ("can I wear makeup tomorrow?", 1),
                                                 ("in 2 days will I still be flaky?", 2),
                                                 ("wedding this weekend, will I be flaky?", 0)])
def test_the_day_of_an_event_the_question_names_is_counted_ahead_and_a_weekday_named_on_it_is_next_weeks(
        question: str, ahead: int) -> None:
    assert days_until_event(question, None, date(2026, 12, 5)) == ahead  # a Saturday


def test_the_day_that_dates_the_treatment_is_no_event() -> None:
    today = date(2026, 12, 5)
    question = "had it done tuesday, party friday"
    assert days_until_event(question, day_in_question(question, today), today) == 6


@pytest.mark.parametrize("question", ["can i use my glycolic toner before my appt on tuesday?",
                                      "appt on tuesday, can i wear makeup to it?"])
def test_an_appointment_on_a_weekday_not_told_as_past_is_still_to_come(question: str) -> None:
    assert day_in_question(question, WEDNESDAY) is None


def test_an_appointment_told_as_past_dates_the_treatment() -> None:
    assert day_in_question("had my appt on monday, is peeling normal?", WEDNESDAY).day == 2


def test_an_ordinal_of_sessions_is_no_day_of_the_month() -> None:
    assert day_in_question("how soon after the 1st treatment will i notice a difference", WEDNESDAY) is None


@pytest.mark.parametrize(("question", "gap"), [("is wedding saturday ok if i do it wednesday", 3),
                                               ("I have a wedding saturday, can I get it done on thursday?", 2),
                                               ("party friday, if I get microneedling on tuesday will I look ok", 3),
                                               ("can i get microneedling on thursday? wedding saturday", 2)])
def test_the_days_from_a_treatment_still_to_come_to_an_event_are_counted(question: str, gap: int) -> None:
    assert planned_gap(question, date(2026, 12, 5)) == gap  # a Saturday


def test_a_treatment_already_had_plans_no_gap() -> None:
    assert planned_gap("had it done wednesday, party tonight, will i look ok", date(2026, 12, 5)) is None


@pytest.mark.parametrize(("question", "gap"), [("my party is the day after my treatment, is that fine?", 1),
                                               ("wedding saturday. can i come in thursday?", 2),
                                               ("honeymoon in the maldives 10 days after my last session, sun ok then?", 10)])
def test_a_gap_told_outright_or_with_coming_in_is_counted(question: str, gap: int) -> None:
    assert planned_gap(question, date(2026, 12, 5)) == gap


def test_tonight_is_an_event_today() -> None:
    assert days_until_event("going to a party tonight, is that ok?", None, date(2026, 12, 5)) == 0


@pytest.mark.parametrize(("question", "gap"), [("is 2 days enough before a job interview?", 2),
                                               ("would 5 days be enough time before my graduation photos", 5),
                                               ("christmas party on the 18th, booked for the 15th", 3),
                                               ("will ppl at work be able to tell on monday if I go in on friday", 3)])
def test_days_before_an_event_booking_and_going_in_are_counted_as_a_gap(question: str, gap: int) -> None:
    assert planned_gap(question, date(2026, 12, 5)) == gap


@pytest.mark.parametrize(("question", "ahead"), [("NYE party, will i be fine", 26), ("christmas day photos", 20),
                                                 ("zoom call in an hour", 0), ("valentine's dinner", 71)])
def test_a_holiday_or_an_hour_ahead_is_counted_as_the_day_of_an_event(question: str, ahead: int) -> None:
    assert days_until_event(question, None, date(2026, 12, 5)) == ahead


@pytest.mark.parametrize(("question", "gap"), [("NYE party. appointment's on the 29th. good idea??", 2),
                                               ("is a week long enough before graduation pics?", 7)])
def test_a_holiday_after_a_booked_day_and_a_week_before_an_event_are_gaps(question: str, gap: int) -> None:
    assert planned_gap(question, date(2026, 12, 5)) == gap


@pytest.mark.parametrize(("question", "gap"), [("planning to get it done the day before my birthday dinner.. bad idea?", 1),
                                               ("is one day gap between treatment and a first date enough lol", 1),
                                               ("5 days before a photoshoot, would you risk it", 5)])
def test_a_gap_told_as_the_day_before_or_between_treatment_and_an_event_is_counted(question: str, gap: int) -> None:
    assert planned_gap(question, date(2026, 12, 5)) == gap


def test_a_treatment_the_message_names_as_still_to_come_is_counted_from_today() -> None:
    assert treatment_ahead("can i use retinol tonight? my appointment is on friday", date(2026, 12, 5)) == 6


def test_a_treatment_told_as_past_is_none_still_to_come() -> None:
    assert treatment_ahead("had my appointment on friday, can i use retinol tonight?", date(2026, 12, 5)) is None


def test_hours_before_an_event_are_a_gap_in_days() -> None:
    assert planned_gap("24 hours before a first date, will i look ok", date(2026, 12, 5)) == 1


@pytest.mark.parametrize(("question", "day"), [("still a bit swollen 3 days on", 3), ("2 weeks on and still flaky", 14)])
def test_days_on_count_from_the_treatment(question: str, day: int) -> None:
    found = day_in_question(question, date(2026, 12, 5))
    assert found is not None and found.day == day


def test_days_on_holiday_are_no_day_since_the_treatment() -> None:
    assert day_in_question("is 3 days on holiday ok", date(2026, 12, 5)) is None


def test_the_sessions_day_outranks_the_morning_a_sign_was_seen_when_its_apostrophe_is_left_out() -> None:
    mention = day_in_question("wife has a bit of swelling this morning after yesterdays session, normal?", date(2026, 12, 5))
    assert mention is not None and mention.day == 1


@pytest.mark.parametrize(("message", "day"), [
    ("12/1 treatment, skin flaking round my nose now, is that ok", 4),
    ("had it 1/12, skin a bit rough now, ok?", 4),
    ("treatment 28/11 - still a bit pink, is that normal?", 7),
    ("i had the treatment 2026-12-02, is flaking normal?", 3),
])
def test_a_treatment_date_in_figures_is_read_either_way_round_as_the_nearest_before_today(message: str, day: int) -> None:
    mention = day_in_question(message, date(2026, 12, 5))
    assert mention is not None and mention.day == day


@pytest.mark.parametrize("message", ["i had 3/4 sessions done", "my 2nd treatment was 3/4 of the way"])
def test_a_fraction_is_no_date(message: str) -> None:
    assert day_in_question(message, date(2026, 12, 5)) is None


@pytest.mark.parametrize(("message", "day"), [
    ("had microneedling the friday before last, still peeling, normal?", 8),
    ("my skin has been dry since sunday when i had it done", 6),
    ("a couple days ago i had microneedling, my skin is tight n dry", 2),
    ("was treated a fortnight ago, when does collagen start building", 14),
])
def test_more_ways_of_dating_the_treatment_are_read(message: str, day: int) -> None:
    mention = day_in_question(message, date(2026, 12, 5))
    assert mention is not None and mention.day == day


@pytest.mark.parametrize(("message", "day"), [("btw it was tuesday", 4), ("btw it was on the 1st", 4),
                                              ("oh it was actually last thursday", 2)])
def test_what_was_on_a_day_told_in_passing_is_the_treatment(message: str, day: int) -> None:
    mention = day_in_question(message, date(2026, 12, 5))
    assert mention is not None and mention.day == day


@pytest.mark.parametrize("message", ["it was hot tuesday", "it was really sunny on saturday"])
def test_a_day_that_only_follows_other_words_after_it_was_is_no_treatment_date(message: str) -> None:
    assert day_in_question(message, date(2026, 12, 5)) is None


def test_a_needle_depth_in_millimetres_is_no_date() -> None:
    assert day_in_question("which gives faster results, a 0.5 mm or a 1.5 mm treatment?", WEDNESDAY) is None


def test_the_numbers_of_a_list_of_questions_are_no_day_after_the_word_day() -> None:
    assert day_in_question("1) when can I go in the sun 2) do I need sunscreen every day 3) can I use retinol?",
                           WEDNESDAY) is None


def test_a_day_closed_by_a_bracket_outside_a_numbered_list_is_still_a_day() -> None:
    assert day_in_question("still red (day 3) is that ok", WEDNESDAY) == DayMention(3, "day 3")



def test_a_date_told_of_a_session_counted_by_an_ordinal_dates_the_treatment() -> None:
    assert day_in_question("my first one was on nov 2", WEDNESDAY) == DayMention(16, "nov 2")


def test_a_correction_naming_the_day_it_corrects_only_dates_the_treatment() -> None:
    text = "sorry i meant 4 days ago not 4 weeks"
    assert only_dates(text, day_in_question(text, WEDNESDAY))


def test_years_in_a_clause_that_does_not_name_the_treatment_date_nothing() -> None:
    assert day_in_question("I had bad acne 10 years ago, will microneedling help my scars?", WEDNESDAY) is None

