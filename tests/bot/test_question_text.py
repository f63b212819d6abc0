"""What reaches the engine of a client's question: valid text, spelled one way."""

import pytest

from bot.reading.question_text import normalise_question


@pytest.mark.parametrize("raw,clean", [
    ("\ud800 makeup", "makeup"),  # lone high surrogate
    ("\udfff", ""),  # lone low surrogate, nothing else
    ("when can I wear makeup? \ud83d", "when can I wear makeup?"),  # half an emoji cut off at the end
    ("make\u200bup", "makeup"),  # zero-width space
    ("make\u00adup", "makeup"),  # soft hyphen
    ("make\u200d\u200cup\u2060", "makeup"),  # joiners and word joiner
    ("\ufeffmakeup", "makeup"),  # byte order mark
    ("\u202emakeup\u202c", "makeup"),  # bidi override
    ("make\U000e0041\U000e0042up", "makeup"),  # invisible tag characters
    ("ｍａｋｅｕｐ", "makeup"),  # full-width letters
    ("is flaking\x00 normal\x07 on day 4?", "is flaking normal on day 4?"),  # control characters
    ("\x00\x00", ""),
    ("  is peeling\tnormal?\n", "is peeling\tnormal?"),  # whitespace kept inside, trimmed outside
    ("🙂 when can I wear makeup? 💄", "🙂 when can I wear makeup? 💄"),
    ("متى يمكنني وضع المكياج؟", "متى يمكنني وضع المكياج؟"),
    ("café crème", "café crème"),
])
def test_a_question_is_cleaned_to_what_the_model_and_word_matchers_both_read(raw: str, clean: str) -> None:
    assert normalise_question(raw) == clean
