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


# A product put on the skin, by its verb or its form: "can I use my vitamin C serum", not "vitamin C supplements".
_PUT_ON = re.compile(r"\b(use|using|apply|applying|put|putting|serums?|creams?|toners?|lotions?|cleansers?|moisturi[sz]ers?|"
                     r"gels?|oils?|masks?|pads?|ointments?|drops|essences?|washes)\b", re.I)


def names_other_ingredients(question: str, quotes: list[str]) -> bool:
    """The question names ingredients and the quotes name none of them: they name others, or, when the question puts
    the ingredient on the skin, none at all ("can i use vitamin c serum the next day" answered with "hydrating
    serums" reads as a yes for a product the guides never name)."""
    asked = ingredients(question)
    if not asked:
        return False
    quoted = frozenset().union(*(ingredients(q) for q in quotes))
    return not asked & quoted and (bool(quoted) or _PUT_ON.search(question) is not None)
