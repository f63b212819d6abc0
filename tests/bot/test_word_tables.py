"""The compact English word lists answer exactly as the libraries they are read from."""

import re
from pathlib import Path

import wordfreq
from spellchecker import SpellChecker

from bot.reading.spelling import edits_of, is_english_word
from bot.reading.word_tables import (
    ENGLISH_WORDS,
    WordTable,
    load_or_build,
    zipf_frequency,
)
from evals.cases import load_cases

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
ODD = ["", "4", "38.5", "day-3", "post-treatment", "don't", "I'm", "😭", "abbé", "MICRONEEDLING", "rn", "ngl", "2x",
       "24-48", "x", "qwzxv", "sunscreen's"]


def words_clients_and_guides_use() -> list[str]:
    text = " ".join(c.question for c in load_cases("all")) + " ".join(p.read_text() for p in CORPUS.glob("*.md"))
    return sorted(set(re.findall(r"[^\s?!.,;:()\"]+", text)))[:6000] + ODD


def test_zipf_frequency_is_wordfreqs_for_every_word_of_the_questions_and_guides() -> None:
    words = words_clients_and_guides_use()
    differ = [w for w in words if zipf_frequency(w) != wordfreq.zipf_frequency(w, "en")]
    assert differ == []


def test_a_word_is_english_exactly_when_pyspellchecker_knows_it() -> None:
    checker = SpellChecker(language="en")
    words = [w.lower() for w in words_clients_and_guides_use()] + ["makup", "recieve", "swolen", "rednes"]
    assert [w for w in words if is_english_word(w) != bool(checker.known([w]))] == []


def test_one_edit_away_gives_pyspellcheckers_plain_letter_edits() -> None:
    checker = SpellChecker(language="en")
    for word in ["fevr", "swolen", "puss", "blistr"]:
        assert edits_of(word) == {e for e in checker.edit_distance_1(word) if e.isascii()}


def test_a_word_list_read_back_from_its_cache_file_answers_as_the_one_built(tmp_path: Path) -> None:
    built = load_or_build("words", tmp_path, lambda: WordTable.build([("redness", 3), ("peel", 7), ("a", 1)]))
    again = load_or_build("words", tmp_path, lambda: WordTable.build([]))
    assert (tmp_path / "words.npz").exists()
    assert [again.get(w) for w in ["redness", "peel", "a", "peeling"]] == [built.get(w) for w in
                                                                            ["redness", "peel", "a", "peeling"]] == [3, 7, 1, None]


def test_the_spelling_dictionary_keeps_every_word_of_the_library() -> None:
    assert len(ENGLISH_WORDS()) == len(SpellChecker(language="en").word_frequency.dictionary)
