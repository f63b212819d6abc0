import pytest

from bot.answering.degrees import degrees_named


@pytest.mark.parametrize(("text", "named"), [
    ("theyre pretty deep", {"severe"}),
    ("acne scars, mild ones", {"slight"}),
    ("For issues like superficial acne scars, mild wrinkles, or uneven texture, 3–4 sessions may suffice.", {"slight"}),
    ("are deep scars slower than shallow ones?", {"slight", "severe"}),
    ("how many sessions for acne scars?", set()),
])
def test_the_degrees_a_text_names_are_read_by_their_words(text: str, named: set[str]) -> None:
    assert degrees_named(text) == named
