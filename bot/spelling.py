"""Typo repair against the guides' own words ("makup" → "makeup"), so a misspelt question still finds its answer.

Only words that are neither in the guides nor in an English dictionary are touched: "powder" must not
become "power" just because the guides never say powder.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache

from spellchecker import SpellChecker

from bot.text import stem

_WORD = re.compile(r"[A-Za-z]{5,}")


@lru_cache(maxsize=1)
def _english() -> SpellChecker:
    return SpellChecker(language="en")


def correct(question: str, known_words: frozenset[str], vocabulary: frozenset[str]) -> str:
    english = _english()

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        lower = word.lower()
        if lower in known_words or stem(lower) in vocabulary or english.known([lower]):
            return word
        close = [w for w in difflib.get_close_matches(lower, known_words, n=3, cutoff=0.8) if w[0] == lower[0]]
        return close[0] if close else word

    return _WORD.sub(fix, question)
