"""The separate questions inside one message."""

import pytest

from bot.reading.parts import parts, without_lead_in


@pytest.mark.parametrize(("message", "expected"), [
    ("how many sessions do i need for acne scars and how much does each one cost?",
     ["how many sessions do i need for acne scars", "how much does each one cost?"]),
    ("is 4 weeks between sessions ok, and can i get botox in between?",
     ["is 4 weeks between sessions ok", "can i get botox in between?"]),
    ("Can I drink coffee? How soon can I work out?", ["Can I drink coffee?", "How soon can I work out?"]),
])
def test_a_message_is_cut_where_a_new_question_opens(message: str, expected: list[str]) -> None:
    assert parts(message) == expected


@pytest.mark.parametrize("message", [
    "how long will the redness and swelling last?",
    "my face is red and it feels hot",
    "can I wear makeup? and sunscreen?",
])
def test_a_subject_joined_by_and_or_a_piece_too_short_to_ask_anything_keeps_the_message_whole(message: str) -> None:
    assert parts(message) == [message]


@pytest.mark.parametrize("message", [
    "I have a pacemaker, is microneedling safe for me?",
    "Is there a minimum age for microneedling? My daughter is 15 and has acne scars.",
    "I had a flu jab yesterday, can I still have microneedling today?",
])
def test_a_statement_beside_a_question_is_the_questions_condition_not_a_part_of_its_own(message: str) -> None:
    assert parts(message) == [message]


@pytest.mark.parametrize(("message", "expected"), [
    ("I've got a work do tonight, had it done this morning - can I wear concealer and are a couple of cocktails fine?",
     ["I've got a work do tonight, had it done this morning - can I wear concealer", "are a couple of cocktails fine?"]),
    ("I have a wedding Saturday and I had my treatment yesterday. Will I still be red by then, and can I do my own "
     "makeup for it?",
     ["I have a wedding Saturday and I had my treatment yesterday. Will I still be red by then",
      "can I do my own makeup for it?"]),
])
def test_a_statement_before_two_questions_is_the_context_of_the_first(message: str, expected: list[str]) -> None:
    assert parts(message) == expected


def test_a_numbered_list_of_questions_is_cut_at_each_number() -> None:
    assert parts("ok random qs lol 1) when can i work out 2) can i take ibuprofen for the soreness 3) do u have parking") \
        == ["ok random qs lol 1) when can i work out", "can i take ibuprofen for the soreness", "do u have parking"]


def test_a_list_numbered_from_its_first_question_is_cut_at_each_number() -> None:
    assert parts("1) when can I go back in the sun 2) do I need sunscreen every day 3) can I use my retinol?") == [
        "1) when can I go back in the sun", "do I need sunscreen every day", "can I use my retinol?"]


def test_a_lead_in_ending_in_a_colon_is_the_context_of_the_question_after_it() -> None:
    assert parts("two questions: can I work out tomorrow, and is it normal that my face feels warm and tight?") == [
        "two questions: can I work out tomorrow", "is it normal that my face feels warm and tight?"]


@pytest.mark.parametrize(("message", "expected"), [
    ("When will I see results? oh and how long do they last?",
     ["When will I see results?", "oh and how long do they last?"]),
    ("ok and sunscreen, is that fine from day one? oh and what about the gym",
     ["ok and sunscreen, is that fine from day one?", "oh and what about the gym"]),
])
def test_a_filler_word_before_and_opens_the_next_question_rather_than_telling_something(
        message: str, expected: list[str]) -> None:
    assert parts(message) == expected


def test_a_statement_before_a_question_opening_with_also_tells_of_the_question_before_it() -> None:
    assert parts("Does the weather matter? It's winter here and freezing. also does stress affect my results") == [
        "Does the weather matter? It's winter here and freezing", "also does stress affect my results"]


@pytest.mark.parametrize(("piece", "asked"), [
    ("oh and do I need sessions forever?", "do I need sessions forever?"),
    ("1) when can I go back in the sun", "when can I go back in the sun"),
    ("and redness?", "and redness?"),
    ("oh and week 3, skin is smoother", "week 3, skin is smoother"),
    ("ok, my face is red", "my face is red"),
    ("right eye is swollen", "right eye is swollen"),
])
def test_a_part_is_asked_without_the_words_joining_it_to_the_one_before(piece: str, asked: str) -> None:
    assert without_lead_in(piece) == asked


def test_a_question_mark_closes_a_question_asked_without_a_question_word() -> None:
    assert parts("had my 2nd session last night, face is tight and pink today. normal? and when do i book #3") == [
        "had my 2nd session last night, face is tight and pink today. normal?", "and when do i book #3"]


def test_an_emoji_ends_a_sentence_before_a_question() -> None:
    assert parts("so dry n flaky rn and i have a date tmrw 😩 can i wear makeup and what do i do about the flakes") == [
        "so dry n flaky rn and i have a date tmrw 😩 can i wear makeup", "what do i do about the flakes"]


@pytest.mark.parametrize("message, expected", [
    ("helo can i drink alcohol after microneedle and when can i wear make up",
     ["helo can i drink alcohol after microneedle", "when can i wear make up"]),
    ("how soon will I look better & whats the best serum to use after",
     ["how soon will I look better", "whats the best serum to use after"]),
])
def test_a_greeting_before_the_first_question_or_an_ampersand_before_the_second_still_cuts_the_message(
        message: str, expected: list[str]) -> None:
    assert parts(message) == expected


@pytest.mark.parametrize(("message", "first"), [
    ("peeling a bit on day 4 is that normal, and can i get botox next week", "peeling a bit on day 4 is that normal"),
    ("its been a week, still flaking a bit, normal? and is it ok to get a chemical peel next week",
     "its been a week, still flaking a bit, normal?")])
def test_a_statement_closed_by_asking_if_it_is_normal_is_a_question_of_its_own(message: str, first: str) -> None:
    assert parts(message)[0] == first and len(parts(message)) == 2


def test_and_with_a_verb_of_a_statement_still_goes_on_with_it() -> None:
    assert parts("My daughter is 15 and has acne scars, can she get it?") == [
        "My daughter is 15 and has acne scars, can she get it?"]


@pytest.mark.parametrize(("message", "expected"), [
    ("redness how long + makeup when", ["redness how long", "makeup when"]),
    ("what to avoid before my next one + how long does the numbing take",
     ["what to avoid before my next one", "how long does the numbing take"]),
])
def test_a_plus_sign_cuts_a_message_where_a_question_opens_or_a_terse_one_ends_on_its_question_word(
        message: str, expected: list[str]) -> None:
    assert parts(message) == expected


def test_a_plus_sign_inside_a_list_of_products_keeps_the_question_whole() -> None:
    assert parts("Just cleanser + moisturizer + spf?") == ["Just cleanser + moisturizer + spf?"]


@pytest.mark.parametrize(("message", "expected"), [
    ("i have melasma and dark spot, microneedling help? and how many treatment",
     ["i have melasma and dark spot, microneedling help?", "and how many treatment"]),
    ("blood thinners affect results? I'm on warfarin. also does diabetes matter",
     ["blood thinners affect results? I'm on warfarin", "also does diabetes matter"]),
])
def test_a_first_question_without_a_question_word_is_closed_by_its_question_mark_when_another_opens_with_and_or_also(
        message: str, expected: list[str]) -> None:
    assert parts(message) == expected


def test_a_question_mark_after_a_statement_seeking_agreement_does_not_cut_off_the_question_after_it() -> None:
    message = "Men have thicker skin right? does that mean I'll see results faster or slower than my wife?"
    assert parts(message) == [message]


@pytest.mark.parametrize("message", [
    "i'm 38 and i've started seeing fine lines around my mouth, which is why i started microneedling. had my first one "
    "2 weeks ago. how many treatments do people usually need for early aging stuff like that?",
    "had it done yesterday, which means my wedding is in 5 days. can i wear makeup?"])
def test_a_clause_saying_why_after_a_comma_is_told_with_the_question_not_asked_on_its_own(message: str) -> None:
    assert parts(message) == [message]


def test_which_after_a_comma_still_opens_a_question_of_its_own() -> None:
    assert parts("had it yesterday, when can i wear makeup and which cleanser should i use?") == [
        "had it yesterday, when can i wear makeup", "which cleanser should i use?"]
