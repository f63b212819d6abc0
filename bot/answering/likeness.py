"""Whether quotes name what a question asks about only in a comparison.

"Don't expect dramatic peeling like after a chemical peel" compares the treatment's peeling with a chemical peel; it
says nothing about having one, so it is no answer to "could I get a chemical peel next week?".
"""

from __future__ import annotations

import re

from bot.reading.text import words

# A comparison with another occasion ("like after a chemical peel", "similar to a sunburn"); not a bare "like", which
# is as often "such as" ("medications, like blood thinners").
_LIKENESS = re.compile(r"\b(like\s+(after|with|from)\s+|similar\s+to\s+|as\s+(after|with)\s+)(an?\s+|the\s+|my\s+)?"
                       r"(\w+\s+){0,2}\w+", re.I)


# A client's own comparison ("looks like I got a sunburn", "peel like a snake like after my chemical peel") asks about
# the likeness: all after "like" to the end of its clause.
_ASKED_LIKENESS = re.compile(_LIKENESS.pattern + r"|\blike\b[^,.;:!?]*", re.I)


def _pairs(text: str) -> set[str]:
    found = words(text)
    return {f"{a} {b}" for a, b in zip(found, found[1:], strict=False)}


def _outside_likeness(text: str, likeness: re.Pattern[str] = _LIKENESS) -> str:
    return likeness.sub(" | ", text)


def names_only_in_a_comparison(question: str, quotes: list[str]) -> bool:
    """A pair of the question's own words ("chemical peel"), asked of outside a comparison, that the quotes name and
    only inside one."""
    asked = _pairs(_outside_likeness(question, _ASKED_LIKENESS))
    quoted = set().union(*(_pairs(q) for q in quotes))
    outside = set().union(*(_pairs(_outside_likeness(q)) for q in quotes))
    named = asked & quoted
    return bool(named) and not named & outside
