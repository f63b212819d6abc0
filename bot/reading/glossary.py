"""Clients' words for things the guides name differently ("gym" → sweating, "foundation" → makeup).

The guides never say "gym" or "concealer"; without this bridge the retriever misses answers that are in
them. Applied to the question before retrieval; the answer itself is still only quoted guide text. The seeds are
data (bot/data/glossary.yaml); word frequency and embedding neighbours bridge the words they lack.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from bot.data_files import DATA_DIR, read_yaml
from bot.reading.needed_literals import LiteralIndex, needed_literals
from bot.reading.text import terms

DATA_FILE = DATA_DIR / "glossary.yaml"
_DATA = read_yaml(DATA_FILE, "glossary")
GLOSSARY: dict[str, str] = _DATA["bridges"]
# Skincare ingredients by name: read by bot/answering/products.py.
INGREDIENTS: dict[str, str] = _DATA["ingredients"]
# How far a condition goes ("mild", "deep"), each degree's words as a pattern: read by bot/answering/degrees.py.
DEGREES: dict[str, str] = _DATA["degrees"]
# The seed for a client who sees no change yet ("did it not work??"): the engine reads it as asking when results show.
SEES_NO_CHANGE = "results not immediate subtle take weeks to show"
if SEES_NO_CHANGE not in GLOSSARY.values():
    raise ValueError(f"{DATA_FILE} has no bridge to {SEES_NO_CHANGE!r}, which bot/engine.py reads; restore it.")
_COMPILED = [(re.compile(rf"\b({pattern})\b", re.I), expansion) for pattern, expansion in GLOSSARY.items()]
_NEEDED = LiteralIndex([needed_literals(pattern) for pattern, _ in _COMPILED])


@dataclass(frozen=True)
class Expansion:
    text: str
    bridged: frozenset[str]


@lru_cache(maxsize=4096)
def knows(word: str) -> bool:
    """Whether a seed names the word itself ("vaping"): such a word is never respelled as a typo."""
    return any(pattern.fullmatch(word) for pattern, _ in _COMPILED)


def known_among(words: Iterable[str]) -> list[str]:
    """The words a seed names, as `knows` tells, for many at once: the typo repair asks it of hundreds of candidates,
    and the literal index passes over, in one look through them all, the seeds none of them can match."""
    words = list(words)
    seeds = [_COMPILED[i][0] for i in _NEEDED.may_match(" ".join(words))]
    return [word for word in words if any(seed.fullmatch(word) for seed in seeds)]


def expand(question: str) -> Expansion:
    """The question followed by the guides' words for what it mentions, and which of its own words were bridged."""
    extra: list[str] = []
    bridged: set[str] = set()
    for i in _NEEDED.may_match(question):  # most seeds, most questions: none of the seed's words is there
        pattern, expansion = _COMPILED[i]
        for match in pattern.finditer(question):
            extra.append(expansion)
            bridged.update(terms(match.group(0)))
    text = f"{question} ({'; '.join(dict.fromkeys(extra))})" if extra else question
    return Expansion(text=text, bridged=frozenset(bridged))
