"""Further quotes of the degree of a condition the client names, not the other one.

"How many sessions will I need for my acne scars? They're pretty deep" was answered with the guides' list (deep scars
6-8+ sessions) and then "For issues like superficial acne scars, mild wrinkles, or uneven texture, 3–4 sessions may
suffice.": a count for someone else, which reads as the client's. The degrees' words are data (bot/data/glossary.yaml).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.answering.compose import ScoredUnit
from bot.reading.glossary import DEGREES

_DEGREES = {name: re.compile(pattern, re.I) for name, pattern in DEGREES.items()}


def degrees_named(text: str) -> frozenset[str]:
    return frozenset(name for name, pattern in _DEGREES.items() if pattern.search(text))


def of_the_degree_told(chosen: list[ScoredUnit], told: str, text_of: Callable[[ScoredUnit], str]) -> list[ScoredUnit]:
    """The first quote always; a further one unless it names only a degree other than the one the client names.
    A client naming both degrees, or none, compares or asks in general: every quote stays."""
    named = degrees_named(told)
    if len(named) != 1 or len(chosen) < 2:
        return chosen
    return [chosen[0]] + [u for u in chosen[1:] if named & (there := degrees_named(text_of(u))) or not there - named]
