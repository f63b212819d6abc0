"""Typo repair against the guides' own words ("makup" → "makeup"), so a misspelt question still finds its answer."""

from __future__ import annotations

import difflib
import re

from bot.text import stem

_WORD = re.compile(r"[A-Za-z]{5,}")


def correct(question: str, known_words: frozenset[str], vocabulary: frozenset[str]) -> str:
    """Words of five letters or more that the guides never use are replaced by a close guide word with the same first letter."""

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        lower = word.lower()
        if lower in known_words or stem(lower) in vocabulary:
            return word
        close = [w for w in difflib.get_close_matches(lower, known_words, n=3, cutoff=0.8) if w[0] == lower[0]]
        return close[0] if close else word

    return _WORD.sub(fix, question)
