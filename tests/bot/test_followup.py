"""Follow-ups read with the last question; questions that stand alone left as they are."""

import pytest

from bot.reading.followup import (
    alternatives,
    is_acknowledgement,
    is_context_word,
    is_greeting,
    read,
    told_condition,
    turn_pointed_at,
    with_old_subject,
    without_chat_sign_off,
    without_letter_framing,
)

COMMON = frozenset({"microneedl", "skin", "treatment"})


def test_a_new_subject_takes_the_form_of_the_last_question() -> None:
    reading = read("and makeup?", ["can I work out tomorrow?"], COMMON)
    assert (reading.kind, reading.text) == ("new_subject", "can I makeup tomorrow?")


def test_a_question_without_a_subject_takes_the_last_questions_subject() -> None:
    reading = read("is that normal too?", ["my skin is peeling"], COMMON)
    assert (reading.kind, reading.text) == ("old_subject", "is peeling normal too?")


def test_a_follow_up_opening_with_the_last_questions_preposition_replaces_the_phrase_after_it() -> None:
    reading = read("and for stretch marks on my stomach?",
                   ["how many sessions for acne scars? mine are the deep pitted kind"], COMMON)
    assert reading.text == "how many sessions for stretch marks on my stomach? mine are the deep pitted kind"


def test_what_about_reads_the_new_subject_into_the_last_question() -> None:
    assert read("what about the gym", ["When can I wear makeup again after microneedling?"], COMMON).text == \
        "When can I gym again after microneedling?"


def test_a_new_subject_replaces_what_the_last_question_asked_of_not_the_condition_it_then_told() -> None:
    assert read("thanks! and the dryness?", ["how long will my skin stay red, i have eczema"], COMMON).text == \
        "how long will my skin stay dryness, i have eczema"


@pytest.mark.parametrize(("earlier", "read_as"), [
    ("mine is day 3 and i have sensitive skin, still slightly red", "is slightly red normal too?"),
    ("i have sensitive skin and my face is still red on day 3", "is red normal too?"),
    ("mine is day 3 and i’ve got sensitive skin, still slightly red", "is slightly red normal too?")])
def test_a_follow_up_without_a_subject_asks_of_the_sign_told_not_of_a_trait_the_client_has(earlier: str,
                                                                                           read_as: str) -> None:
    assert read("is that normal too?", [earlier], COMMON).text == read_as


@pytest.mark.parametrize(("question", "read_as"), [
    ("anything i can do to make it go away faster?", "anything i can do to make redness go away faster?"),
    ("when will it calm down?", "when will redness calm down?")])
def test_it_doing_what_an_after_effect_does_is_the_after_effect_the_last_message_told(question: str,
                                                                                       read_as: str) -> None:
    reading = read(question, ["the redness is bad today"], COMMON)
    assert (reading.kind, reading.text) == ("old_subject", read_as)


def test_an_after_effect_the_question_names_itself_is_what_it_goes_away_means() -> None:
    assert read("my swelling is worse, will it go down?", ["the redness is bad today"], COMMON).kind == "alone"


def test_how_many_sessions_that_needs_counts_them_for_what_the_last_message_told() -> None:
    reading = read("how many sessions will that need?", ["my acne scars are deep"], COMMON)
    assert (reading.kind, reading.text) == ("old_subject", "how many sessions will acne scars need?")


def test_how_many_sessions_that_takes_after_the_question_names_it_is_read_alone() -> None:
    assert read("I have deep acne scars, how many treatments will that take", ["how long does redness last?"],
                COMMON).kind == "alone"


def test_a_trait_alone_is_still_the_subject_a_follow_up_takes() -> None:
    assert read("how long for that?", ["i have sensitive skin"], COMMON).text == "how long for sensitive?"


def test_a_side_of_the_treatment_asked_after_a_question_naming_none_is_read_alone() -> None:
    reading = read("ok and afterwards?", ["i have a tan from my holiday, can i still have the treatment?"], COMMON)
    assert reading.text == "ok and afterwards?" and not reading.changed


@pytest.mark.parametrize("retimed", ["what if I'd done it the day before instead?", "and if I'd had it done 2 weeks ago instead?",
                                     "what if I booked it for the friday instead?",
                                     "what if i go in next week instead, would that be bad"])
def test_the_treatment_at_another_time_asks_the_last_question_again(retimed: str) -> None:
    assert read(retimed, ["when can i go back to the gym after"], COMMON).text == "when can i go back to the gym after"


def test_a_question_of_its_own_after_a_treatment_at_another_time_is_not_the_last_one_again() -> None:
    question = "what if I had it done on friday, could I go out saturday?"
    assert read(question, ["when can i go back to the gym after"], COMMON).text != "when can i go back to the gym after"


def test_a_pointer_closing_a_question_before_a_filler_word_still_points_back() -> None:
    assert read("how many sessions for that tho", ["can it help stretch marks?"], COMMON).text == \
        "how many sessions for stretch marks tho"


def test_a_place_after_what_about_narrows_the_last_question_to_it() -> None:
    reading = read("what about round the lips", ["is it painful"], COMMON)
    assert reading.text == "is it painful round the lips" and reading.condition == "the lips"


def test_is_that_normal_after_a_sign_told_at_a_place_asks_of_the_sign_not_the_place() -> None:
    assert read("is that normal", ["my cheeks feel warm and kind of tender"], COMMON).text == "is tender normal"


def test_what_the_skin_is_likened_to_after_a_few_little_words_is_not_what_that_points_at() -> None:
    reading = read("how long for that?", ["my face is bright red like i got sunburnt, is this ok??"], COMMON)
    assert reading.text == "how long for bright red?"


def test_a_question_pointing_back_takes_the_last_subject_word_of_the_last_question() -> None:
    reading = read("how long for that?", ["why is my face red?"], COMMON)
    assert reading.text == "how long for face red?"


def test_of_two_subject_runs_the_one_that_says_more_is_replaced() -> None:
    reading = read("and my fine lines?", ["how long until I see a difference in my pores?"], COMMON)
    assert reading.text == "how long until I see a difference in my fine lines?"


def test_of_two_subject_runs_the_rarer_word_is_what_that_points_to() -> None:
    assert read("is that normal??", ["why does my face feel so tight after microneedling?"], COMMON).text == "is tight normal??"


@pytest.mark.parametrize("question", [
    "how many sessions will I need for acne scars?",
    "redness how long",
    "touch-up schedule?",
    "is it normal to peel on day 4?",
    "and how long does redness last?",
    "how long is the treatment itself",
    "Microneedling on Tuesday, my sister's wedding is Saturday. Will I still be a tomato by then?",
    "what about growth factor serums, worth buying after MN?",
])
def test_a_question_that_stands_on_its_own_is_not_changed_by_the_history(question: str) -> None:
    reading = read(question, ["can I wear makeup tomorrow?"], COMMON)
    assert not reading.changed and reading.text == question


def test_without_history_nothing_is_read_into_a_question() -> None:
    assert not read("and makeup?", [], COMMON).changed


def test_a_follow_up_of_a_follow_up_reads_through_the_whole_chat() -> None:
    reading = read("ok what about my retinol", ["can I put makeup on tomorrow morning?", "and sweating at spin class?"],
                   COMMON)
    assert reading.text == "can I retinol on tomorrow morning?"


def test_a_few_words_after_and_are_a_new_subject_even_with_a_form_word_among_them() -> None:
    assert read("and my fine lines?", ["when will my pores look smaller?"], COMMON).text == \
        "when will my fine lines look smaller?"


@pytest.mark.parametrize("question", ["is it bad that I got some sun on day 2?",
                                      "It's the evening after my treatment and my face feels warm, should I worry?"])
def test_it_that_points_at_nothing_leaves_the_question_standing_alone(question: str) -> None:
    assert read(question, ["why does my skin look all glowy right after?"], COMMON).kind == "alone"


def test_a_question_pointing_back_with_words_of_its_own_may_also_be_read_with_the_last_subject() -> None:
    others = alternatives("how does that affect healing exactly?", ["is smoking bad after microneedling?"], COMMON)
    assert [r.text for r in others] == ["how does smoking affect healing exactly?"]


def test_it_in_a_question_with_words_of_its_own_is_the_treatment_and_gives_no_other_reading() -> None:
    assert alternatives("does it help discoloration?", ["I'm 27, is my collagen going downhill?"], COMMON) == []


@pytest.mark.parametrize(("question", "previous", "reading"), [
    ("can I put it on tonight?", "when can I wear makeup after microneedling?", "can I put makeup on tonight?"),
    ("how soon can I start using it again?", "can I use retinol after microneedling?", "how soon can I start using retinol again?"),
    ("when can I use it again?", "can I use retinol after microneedling?", "when can I use retinol again?"),
    ("when can I go back to it?", "can I use retinol after microneedling?", "when can I go back to retinol?"),
])
def test_it_that_is_put_on_or_used_is_the_product_the_last_question_named(question: str, previous: str, reading: str) -> None:
    assert read(question, [previous], COMMON).text == reading


def test_a_new_subject_may_also_take_the_place_of_the_old_runs_rarest_word_only() -> None:
    others = alternatives("and coffee?", ["can I drink alcohol after microneedling?"], COMMON)
    assert [r.text for r in others] == ["can I drink coffee after microneedling?"]


def test_a_question_that_stands_alone_has_no_other_reading() -> None:
    assert alternatives("how many sessions will I need for acne scars?", ["can I drink alcohol?"], COMMON) == []


def test_a_follow_up_without_a_subject_may_also_be_read_as_the_last_question_asked_again_in_its_form() -> None:
    others = alternatives("and for how long?", ["what should I avoid doing after microneedling?"], COMMON)
    assert "what should I avoid doing after microneedling? for how long?" in [r.text for r in others]


def test_an_adverb_is_no_subject_of_its_own_so_the_question_takes_the_last_ones() -> None:
    reading = read("why do I even need them?", ["how often do I need maintenance sessions after microneedling?"], COMMON)
    assert reading.kind == "old_subject" and "maintenance" in reading.text


@pytest.mark.parametrize(("message", "told"), [
    ("what if i have really sensitive skin?", "i have really sensitive skin"),
    ("I'm over 50 though", "I'm over 50 though"),
    ("and if my skin is dark?", "my skin is dark"),
    ("mine are pretty deep", "mine are pretty deep"),
])
def test_a_follow_up_telling_only_the_clients_condition_asks_the_last_question_for_them(message: str, told: str) -> None:
    reading = read(message, ["how long does the redness last?"], COMMON)
    assert (reading.kind, reading.text) == ("new_subject", f"how long does the redness last if {told}?")


def test_a_condition_with_a_question_of_its_own_stands_alone() -> None:
    message = "I have sensitive skin, how long will the redness last?"
    assert read(message, ["can I wear makeup tomorrow?"], COMMON).text == message


def test_a_follow_up_telling_only_how_the_last_subject_is_asks_the_last_question_for_it() -> None:
    reading = read("they're pretty deep", ["how many sessions for acne scars?"], COMMON)
    assert reading.text == "how many sessions for acne scars if they're pretty deep?"


@pytest.mark.parametrize("message", ["great thanks, bye", "cheers, that's all I needed", "thanks that's all", "have a nice day"])
def test_a_sign_off_is_an_acknowledgement(message: str) -> None:
    assert is_acknowledgement(message)


def test_telling_that_one_is_calling_the_clinic_now_is_an_acknowledgement() -> None:
    assert is_acknowledgement("ok calling them now. thanks")


@pytest.mark.parametrize("message", ["hey", "hi there!", "Good morning :)", "hello"])
def test_a_message_that_only_greets_is_a_greeting(message: str) -> None:
    assert is_greeting(message)


def test_a_greeting_before_a_question_is_no_greeting_alone() -> None:
    assert not is_greeting("hi, how long will I be red?")


def test_a_partner_s_condition_told_alone_asks_the_last_question_for_them() -> None:
    reading = read("his are pretty deep", ["how many sessions for acne scars?"], COMMON)
    assert reading.text == "how many sessions for acne scars if his are pretty deep?"


def test_a_new_condition_replaces_the_condition_told_before_it() -> None:
    first = "I have active acne right now, can I still get microneedling?"
    reading = read("and breastfeeding?", [first, "what about if I'm pregnant?"], COMMON)
    assert reading.text == "I have active acne right now, can I still get microneedling if breastfeeding?"
    assert reading.condition == "breastfeeding"


def test_ones_after_a_told_condition_describes_the_noun_asked_about() -> None:
    reading = read("and deep ones?", ["how many sessions for acne scars", "mine are shallow"], COMMON)
    assert reading.text == "how many sessions for acne scars if deep scars"


def test_a_question_opening_like_a_sign_off_is_no_acknowledgement() -> None:
    assert not is_acknowledgement("that's all for the redness?")


@pytest.mark.parametrize("message", ["thanks for your help", "cheers mate", "amazing, thanks so much!!"])
def test_a_thank_you_with_a_few_words_more_is_an_acknowledgement(message: str) -> None:
    assert is_acknowledgement(message)


@pytest.mark.parametrize(("message", "last", "expected"), [
    ("and after?", "what should I avoid before my appointment?", "what should I avoid after my appointment?"),
    ("what about before?", "can I use retinol after microneedling?", "can I use retinol before microneedling?"),
])
def test_a_follow_up_naming_only_the_other_side_of_the_treatment_asks_the_last_question_of_it(
        message: str, last: str, expected: str) -> None:
    assert read(message, [last], COMMON).text == expected


def test_the_other_side_with_its_noun_replaces_a_bare_side_word_whole() -> None:
    assert read("And before my appointment?", ["Can I use retinol after?"], COMMON).text == \
        "Can I use retinol before my appointment?"


@pytest.mark.parametrize("question", ["how many days will this continue?", "how long will it stay like this?"])
def test_asking_how_long_something_continues_or_stays_takes_the_last_subject(question: str) -> None:
    reading = read(question, ["is peeling normal?"], COMMON)
    assert reading.kind == "old_subject" and "peeling" in reading.text


@pytest.mark.parametrize("message", ["thank you so much, that calms me down", "that puts my mind at ease",
                                     "I feel much better now, thanks!", "phew, I'm so relieved"])
def test_a_client_saying_they_are_reassured_acknowledges(message: str) -> None:
    assert is_acknowledgement(message)


def test_feeling_better_with_a_question_beside_it_is_no_acknowledgement() -> None:
    assert not is_acknowledgement("I feel better but is flaking normal?")


def test_a_first_clause_telling_something_of_the_client_is_the_questions_condition() -> None:
    assert told_condition("I have rosacea, how long will I be red?") == "I have rosacea"


def test_a_last_sentence_telling_something_of_the_client_after_the_question_is_its_condition() -> None:
    assert told_condition("who shouldn't get microneedling? i'm breastfeeding") == "i'm breastfeeding"


def test_a_clause_dating_the_treatment_is_no_condition() -> None:
    assert told_condition("I had it yesterday, is it ok?") is None


def test_thanks_with_an_intensified_compliment_acknowledges() -> None:
    assert is_acknowledgement("Thank you so much, that's really helpful!")


def test_a_correction_puts_its_subject_in_place_of_the_last_questions_pronoun() -> None:
    reading = read("no I mean the redness", ["how long does it last?"], COMMON)
    assert (reading.kind, reading.text) == ("new_subject", "how long does redness last?")


def test_a_follow_up_after_a_correction_is_read_with_the_corrected_question() -> None:
    reading = read("and the swelling?", ["how long does it last?", "no I mean the redness"], COMMON)
    assert reading.text == "how long does swelling last?"


def test_a_pointer_ending_a_short_question_is_what_the_last_question_asked_about() -> None:
    reading = read("how do I avoid that?", ["could microneedling leave dark spots?"], COMMON)
    assert reading.kind == "old_subject" and "dark spots" in reading.text


def test_a_pointer_before_a_form_word_is_the_questions_own_subject() -> None:
    question = "still red on day 2 is that normal"
    assert not read(question, ["is there any point getting maintenance sessions?"], COMMON).changed


def test_till_it_is_gone_asks_how_long_the_last_subject_lasts() -> None:
    reading = read("how many days till it's gone?", ["why is my skin flaking around my nose?"], COMMON)
    assert reading.kind == "old_subject" and "flaking" in reading.text


@pytest.mark.parametrize(("question", "previous", "reading"), [
    ("with my salicylic acid foaming cleanser?", "can I wash my face the night after?",
     "can I wash my face the night after with my salicylic acid foaming cleanser?"),
    ("even when I get older?", "will my acne scars come back?", "will my acne scars come back even when I get older?"),
])
def test_a_phrase_that_only_narrows_asks_the_last_question_again_with_it(question: str, previous: str, reading: str) -> None:
    assert read(question, [previous], COMMON).text == reading


def test_a_narrowing_phrase_with_a_question_of_its_own_stands_alone() -> None:
    question = "For early wrinkle how many treatment is need?"
    assert not read(question, ["How long do the results of a single session last?"], COMMON).changed


def test_a_product_put_in_for_it_is_what_the_next_follow_up_replaces() -> None:
    chat = ["what serum should I use after microneedling?", "can I put it on tonight?"]
    assert read("what about my vitamin C serum?", chat, COMMON).text == "can I put vitamin C serum on tonight?"


def test_they_after_a_question_naming_a_plural_is_that_plural() -> None:
    assert read("will they come back?", ["does microneedling help with sun spots?"], COMMON).text == "will sun spots come back?"


def test_they_after_a_question_naming_no_plural_is_people_in_general() -> None:
    question = "do they numb you first?"
    assert not read(question, ["Day 5, my skin is calming down but still dry. Should I use anything special?"], COMMON).changed


def test_is_it_the_same_if_tells_a_condition_for_the_last_question() -> None:
    reading = read("is it the same if I have sensitive skin?", ["how long will the redness last?"], COMMON)
    assert (reading.text, reading.condition) == ("how long will the redness last if I have sensitive skin?",
                                                 "I have sensitive skin")


def test_mild_ones_are_the_last_questions_noun_described_anew() -> None:
    assert read("and for mild ones?", ["how many sessions for moderate acne scars?"], COMMON).text == "how many sessions for mild scars?"


def test_it_after_a_product_named_in_the_same_question_is_that_product() -> None:
    question = "I use a BHA exfoliant every night, do i need to stop it before?"
    assert not read(question, ["Day 5, my skin is calming down but still dry. Anything special?"], COMMON).changed


@pytest.mark.parametrize(("question", "previous", "reading"), [
    ("is it ok to put it on tonight?", "when can I wear makeup after microneedling?", "is it ok to put makeup on tonight?"),
    ("is it safe to keep using it?", "can I use retinol after microneedling?", "is it safe to keep using retinol?"),
])
def test_the_it_put_on_is_replaced_not_an_it_before_it(question: str, previous: str, reading: str) -> None:
    assert read(question, [previous], COMMON).text == reading


def test_a_follow_up_naming_only_a_time_asks_the_last_question_for_that_time() -> None:
    assert read("what about by the weekend?", ["can i go back to spin class"]).text == \
        "can i go back to spin class by the weekend?"


def test_a_time_only_follow_up_replaces_the_time_the_last_question_asked_for() -> None:
    assert read("what about tomorrow", ["mn yesterday, gym today ok?"]).text == "mn yesterday, gym tomorrow ok?"


def test_a_place_after_even_narrows_the_last_question_at_its_question_mark() -> None:
    assert read("even around the lips?", ["does the needling part hurt? im a wimp"]).text == \
        "does the needling part hurt even around the lips? im a wimp"


def test_a_condition_told_with_an_example_asks_the_last_question_for_it() -> None:
    reading = read("and if they're really deep, like ice pick ones?", ["how many sessions for acne scars"])
    assert reading.text == "how many sessions for acne scars if they're really deep, like ice pick ones"


def test_it_after_skip_points_back_to_the_last_questions_activity() -> None:
    assert read("ok and for how long do i have to skip it", ["can i go to hot yoga tomorrow?"]).changed


def test_what_the_client_tells_of_a_new_subject_after_a_comma_is_no_part_of_it() -> None:
    assert read("and what about the redness, it's still a bit there", ["my skin is flaking around my nose, normal?"]).text \
        == "my skin is redness around my nose, normal?"


def test_they_after_a_question_of_only_common_words_is_the_plural_it_named() -> None:
    assert read("and how long do they last?", ["when will I actually see results"], frozenset({"result"})).text == \
        "and how long do results last?"


@pytest.mark.parametrize("question", ["why?", "how come?", "but why though?"])
def test_why_alone_asks_the_reason_for_the_last_question(question: str) -> None:
    assert read(question, ["do i need to skip the gym after microneedling"]).text == \
        "why do i need to skip the gym after microneedling"


def test_a_time_asked_for_replaces_no_day_that_dates_the_treatment() -> None:
    assert read("and tomorrow?", ["had it done thursday, can I wear mascara yet?"]).text == \
        "had it done thursday, can I wear mascara yet tomorrow?"


def test_the_next_day_asked_alone_replaces_the_time_the_last_question_asked_for() -> None:
    assert read("what about the next day?", ["can I go for a run tonight? had it done this morning"]).text == \
        "can I go for a run the next day? had it done this morning"


def test_does_it_matter_which_one_asks_the_kind_of_the_product_the_last_question_named() -> None:
    assert read("and does it matter which one?", ["can I put sunscreen on today?"]).text == "what kind of sunscreen?"


def test_that_points_at_the_last_questions_subject_even_when_every_guide_uses_the_word() -> None:
    reading = read("and how long will that last?", ["when will i see results"], COMMON | {"result"})
    assert (reading.kind, reading.text) == ("old_subject", "and how long will results last?")


def test_what_the_skin_is_likened_to_is_not_the_subject_a_follow_up_points_at() -> None:
    reading = read("how long for that?", ["my face is super red like sunburnt, normal??"], COMMON)
    assert reading.text == "how long for super red?"


@pytest.mark.parametrize("word", ["dinner", "bday", "brunch", "bridesmaid", "gig"])
def test_an_occasion_a_client_plans_around_is_a_word_of_context(word: str) -> None:
    assert is_context_word(word)


def test_why_so_long_asks_the_reason_for_what_the_last_question_asked() -> None:
    assert read("why so long??", ["when will i actually see results"], COMMON).text == "why when will i actually see results"


@pytest.mark.parametrize(("question", "before"), [("and how long does it take?", "does microneedling hurt?"),
                                                  ("and who shouldn't get it?", "how does microneedling work?")])
def test_it_after_a_question_of_what_the_treatment_does_is_the_treatment(question: str, before: str) -> None:
    assert read(question, [before], COMMON).text == question


def test_that_after_a_question_of_what_the_treatment_does_is_still_what_it_does() -> None:
    assert read("how long does that last?", ["does microneedling hurt?"], COMMON).text == "how long does hurt last?"


@pytest.mark.parametrize(("previous", "question", "reading"), [
    ("what should I avoid after", "and makeup?", "should I avoid makeup after"),
    ("what should I avoid before my appointment", "and retinol?", "should I avoid retinol before my appointment"),
    ("what can I put on my face tonight", "and vitamin c?", "can I put vitamin c on my face tonight"),
])
def test_a_new_subject_after_a_question_for_what_to_use_or_avoid_is_the_what_it_asked_for(
        previous: str, question: str, reading: str) -> None:
    assert read(question, [previous], COMMON).text == reading


@pytest.mark.parametrize(("message", "plain"), [
    ("Dear team, my face is red like a sunburn. Is that normal? Kind regards, Ada",
     "my face is red like a sunburn. Is that normal?"),
    ("Dear Sir/Madam, could you advise? Yours faithfully, Mrs. Grace Bellamy", "could you advise?"),
    ("is redness normal, regards", "is redness normal"),
])
def test_a_letters_greeting_and_sign_off_are_no_part_of_the_question(message: str, plain: str) -> None:
    assert without_letter_framing(message) == plain


@pytest.mark.parametrize(("message", "plain"), [
    ("face feels hot n warm after MN thanks", "face feels hot n warm after MN"),
    ("can i sunbathe a week after? lol", "can i sunbathe a week after?"),
    ("is this normal, thank you so much 🙂", "is this normal"),
    ("great thanks!", "great thanks!"),
])
def test_thanks_a_laugh_or_an_emoji_after_the_question_are_no_part_of_it(message: str, plain: str) -> None:
    assert without_chat_sign_off(message) == plain


@pytest.mark.parametrize("message", ["Thank you most kindly", "I am much obliged", "thank you for your prompt reply"])
def test_formal_thanks_are_an_acknowledgement(message: str) -> None:
    assert is_acknowledgement(message)


def test_a_phrase_put_first_before_a_question_in_its_own_words_stands_alone() -> None:
    assert read("and for my age how many sessions?", ["I'm 58, will microneedling still work on older skin?"]).kind == "alone"


def test_a_new_subject_after_a_question_only_timed_by_the_appointment_is_asked_alone() -> None:
    assert read("what about the pain?", ["what happens before my appointment"]).text == "what about the pain?"


def test_a_new_subject_still_replaces_the_old_one_when_the_treatment_is_what_was_asked() -> None:
    assert read("and the redness?", ["how long is the treatment?"]).text == "how long is the redness?"


@pytest.mark.parametrize("message", ["and how long between them", "how many weeks in between?"])
def test_how_long_between_after_a_question_on_sessions_asks_the_gap_between_sessions(message: str) -> None:
    assert read(message, ["How many sessions do I need for acne scars?"]).text == "how long between sessions?"


def test_a_follow_up_naming_a_range_of_days_replaces_the_time_the_last_question_asked_for() -> None:
    assert read("and days 3 to 5?", ["what happens in the first 2 days"]).text == "what happens in days 3 to 5"


@pytest.mark.parametrize(("message", "reading"), [
    ("what about the upper lip?", "does microneedling hurt on the upper lip?"),
    ("what about my forehead?", "does microneedling hurt on my forehead?"),
])
def test_a_part_of_the_face_after_a_question_naming_none_narrows_it_to_that_place(message: str, reading: str) -> None:
    assert read(message, ["does microneedling hurt?"]).text == reading


def test_a_part_of_the_face_takes_the_place_of_the_one_the_last_question_named() -> None:
    assert read("what about my forehead?", ["can i put makeup on my cheeks tomorrow?"]).text == \
        "can i put makeup on my forehead tomorrow?"


def test_afterwards_after_a_question_before_the_appointment_asks_it_of_after() -> None:
    assert read("what about afterwards?", ["what should I stop using before my appointment?"]).text == \
        "what should I stop using after my appointment?"


def test_that_one_at_the_end_points_back_as_that_does() -> None:
    assert read("how long for that one", ["will i peel?"]).text == "how long for peel"


@pytest.mark.parametrize(("message", "previous", "expected"), [
    ("how will I know I need one?", "how often should I get microneedling touch-ups?", "how will I know I need touch-ups?"),
    ("do I need one?", "should I use a moisturizer after microneedling?", "do I need moisturizer?"),
    ("when should I book another one?", "how often should I get touch-ups?", "when should I book touch-ups?"),
])
def test_one_after_a_verb_of_having_points_back_at_what_the_last_question_named(message: str, previous: str,
                                                                                expected: str) -> None:
    assert read(message, [previous], COMMON).text == expected


def test_one_after_a_question_on_sessions_is_one_session_and_left_as_it_is() -> None:
    assert read("can I just do one?", ["how many sessions for acne scars?"], COMMON).text == "can I just do one?"


@pytest.mark.parametrize("message", ["ok and how often after that?", "how often then?"])
def test_how_often_after_a_question_on_sessions_asks_how_far_apart_they_go(message: str) -> None:
    assert read(message, ["how many sessions do I need for deep scars?"]).text == "how long between sessions?"


def test_how_often_after_a_question_naming_no_sessions_is_read_as_before() -> None:
    assert read("how often?", ["can I wear makeup tomorrow?"]).text != "how long between sessions?"


@pytest.mark.parametrize(("question", "previous"), [
    ("what happens if i do it too often", "Once I'm fully healed, does the sun still matter for keeping my results?"),
    ("can i just do it once and be done?", "should I hold off on the strong stuff?"),
    ("how often can I get it done?", "how red will I be?"),
])
def test_how_often_it_is_done_is_how_often_the_treatment_is_whatever_came_before(question: str, previous: str) -> None:
    reading = read(question, [previous], COMMON)
    assert not reading.changed and reading.text == question


def test_how_often_it_is_done_after_a_question_doing_something_with_the_same_verb_is_that_thing() -> None:
    assert read("how often can I do it?", ["can I do yoga tomorrow?"], COMMON).text == "how often can I do yoga?"


def test_those_who_are_people_in_general_not_what_the_last_question_named() -> None:
    question = "For those who finished their MN series, how long did your results actually last?"
    reading = read(question, ["broke out in little pimples on day 6 after MN, is that normal?"], COMMON)
    assert not reading.changed and reading.text == question


@pytest.mark.parametrize("previous", ["its day 2 can i wear makeup", "it's day 2, can i wear makeup?"])
def test_a_day_told_as_todays_is_kept_when_a_follow_up_asks_for_another_time(previous: str) -> None:
    reading = read("what about tomorrow", [previous], COMMON)
    assert reading.text == previous.rstrip("?") + " tomorrow?"


@pytest.mark.parametrize(("follow_up", "read_as"), [("and go in the sun?", "can I go in the sun now?"),
                                                    ("and go to the gym?", "can I go to the gym now?")])
def test_where_a_follow_up_goes_is_read_with_the_going(follow_up: str, read_as: str) -> None:
    assert read(follow_up, ["can I wear makeup now?"], COMMON).text == read_as


def test_a_follow_up_sharing_a_word_only_with_the_turn_before_the_last_goes_back_to_it() -> None:
    previous = ["What should I avoid after microneedling?", "how long does the flaking last?"]
    assert turn_pointed_at("and how long do I have to avoid those?", previous, COMMON) == 0


def test_a_follow_up_sharing_a_word_with_the_last_turn_stays_with_it() -> None:
    previous = ["What should I avoid after microneedling?", "should I avoid the sun too?"]
    assert turn_pointed_at("and how long do I have to avoid those?", previous, COMMON) is None


def test_a_question_that_stands_alone_points_at_no_earlier_turn() -> None:
    previous = ["Should I wear sunscreen after microneedling?", "how many sessions for acne scars?"]
    assert turn_pointed_at("what SPF sunscreen should I use after microneedling?", previous, COMMON) is None


def test_the_old_subject_is_not_put_in_again_when_the_question_already_holds_its_words() -> None:
    assert with_old_subject("how long do I have to avoid those?", "avoid") == "how long do I have to avoid those?"


@pytest.mark.parametrize("message", ["\U0001F44D", "\U0001F62C\U0001F62C\U0001F62C"])
def test_a_reaction_of_emoji_alone_asks_nothing(message: str) -> None:
    assert is_acknowledgement(message)


def test_question_marks_alone_are_no_acknowledgement() -> None:
    assert not is_acknowledgement("???")


@pytest.mark.parametrize("question", ["cool. and after that, how often do i need to come back to keep it?",
                                      "after that how often should i get maintenance sessions?"])
def test_a_time_put_before_a_question_in_its_own_words_is_no_subject_to_read_in(question: str) -> None:
    reading = read(question, ["my scars look better already but when will i see the final result?"], COMMON)
    assert not reading.changed and reading.text == question


def test_and_after_that_with_no_words_of_its_own_is_still_read_with_the_last_question() -> None:
    assert read("and how long after that?", ["when can I wear makeup?"], COMMON).changed


def test_a_follow_up_naming_the_other_side_replaces_the_time_of_the_last_question() -> None:
    reading = read("and the day after?", ["Can I wax my upper lip the day before my microneedling?"])
    assert reading.text == "Can I wax my upper lip the day after?"


def test_a_question_of_price_is_never_read_with_the_last_subject_in_place_of_its_it() -> None:
    assert all("hurt" not in r.text for r in alternatives("ok and how much is it?", ["will it hurt?"]))
