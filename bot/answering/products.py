"""Which skincare ingredients a question and a quote name (bot/data/glossary.yaml `ingredients`).

A quote that recommends one ingredient is no answer to a question about another: "serums containing growth factors
or hyaluronic acid" read after "can I use my vitamin C serum?" sounds like a yes for vitamin C.
"""

from __future__ import annotations

import re

from bot.reading.glossary import INGREDIENTS

_INGREDIENTS = {name: re.compile(pattern, re.I) for name, pattern in INGREDIENTS.items()}


def ingredients(text: str) -> frozenset[str]:
    return frozenset(name for name, pattern in _INGREDIENTS.items() if pattern.search(text))


def names_other_ingredients(question: str, quotes: list[str]) -> bool:
    """The question names ingredients and the quotes name some too, but none of the question's."""
    asked = ingredients(question)
    if not asked:
        return False
    quoted = frozenset().union(*(ingredients(q) for q in quotes))
    return bool(quoted) and not asked & quoted
