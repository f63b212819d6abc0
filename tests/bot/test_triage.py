import pytest

from bot.triage import triage

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
]
NORMAL_COURSE = [
    "how long will I be red?",
    "is flaking normal on day 4?",
    "my skin feels tight and dry the day after, is that normal?",
    "my face is a bit swollen the morning after",
    "is it normal to be pink for two days?",
    "Can microneedling cause an infection?",
    "I have no fever, just some peeling around my nose",
    "does it hurt?",
    "the redness is only faint now on day 3, is that ok?",
    "my dark spots look lighter after two weeks",
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
