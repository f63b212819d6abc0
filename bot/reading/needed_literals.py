"""Which strings a regular expression cannot match without: a quick test that passes over most patterns unread.

Triage asks some 280 red-flag patterns of every message, and of a chat's earlier messages joined with it; most
patterns begin with a word boundary or a look-behind, so the regex engine tries them at every position of the text,
and a message that names no red flag pays for all of them. Every match of `\\bswell(ing|en)\\b` holds "swelling" or
"swellen"; when the message holds neither, the pattern cannot match and need not be run. The strings are read once
from the pattern's own parse (Python's `re` parser), so they stay right whenever a pattern is edited.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import product

try:  # Python 3.11+ names the parser re._parser; earlier versions sre_parse.
    from re import _constants as sre, _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - the project runs on 3.11
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

# A run of literals grows by the product of its alternatives ("(a|b)(c|d)" is 4 strings); past this many the
# run stops growing, and the strings found so far still hold.
MAX_STRINGS = 32
# A character class of at most this many single characters ("[rz]") is spelled out as alternatives.
MAX_CLASS = 6
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)

Needed = frozenset[str] | None  # one of these strings is in every text the pattern matches; None: nothing known


def needed_literals(pattern: re.Pattern[str]) -> Needed:
    """Strings of which a text must hold at least one (lower-cased) for `pattern` to match it anywhere.

    None when the pattern has no such strings (a match may be made of classes and repeats alone), or when it uses
    flags this reading does not follow. Only for case-insensitive patterns: the strings are compared with the text
    lower-cased, which is what re.I does for ASCII text (see `LiteralIndex.may_match`).
    """
    if not pattern.flags & re.IGNORECASE or pattern.flags & (re.VERBOSE | re.LOCALE):
        return None
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except re.error:
        return None
    needed = _of_sequence(list(parsed))
    if needed is None or any(not s or any(ord(c) > 127 and _folds_to_ascii(c) for c in s) for s in needed):
        return None
    return frozenset(s.lower() for s in needed)


class LiteralIndex:
    """Which of many patterns may match a text. The text is looked through once for each distinct needed string (the
    red-flag patterns' 820 strings are 548) rather than pattern by pattern."""

    def __init__(self, needed: Sequence[Needed]) -> None:
        self._count = len(needed)
        self._always = tuple(i for i, strings in enumerate(needed) if strings is None)
        by_string: dict[str, list[int]] = {}
        for i, strings in enumerate(needed):
            for string in strings or ():
                by_string.setdefault(string, []).append(i)
        self._by_string = tuple((string, tuple(ids)) for string, ids in by_string.items())

    def may_match(self, text: str) -> list[int]:
        """The positions, in order, of the patterns that may match `text`: a pattern is passed over only when none
        of its strings is in the lower-cased text. A text outside ASCII is always read, as re.I folds a few characters
        ("K", the Kelvin sign) that lower() does not."""
        if not text.isascii():
            return list(range(self._count))
        lowered = text.lower()
        kept = set(self._always)
        for string, ids in self._by_string:
            if string in lowered:
                kept.update(ids)
        return sorted(kept)


def _folds_to_ascii(ch: str) -> bool:
    return any(c.isascii() for c in (ch.lower(), ch.upper(), ch.casefold()))


def _literal_strings(item: tuple[object, object]) -> set[str] | None:
    """The strings one item matches, when it is literal text: a character, a short class, a group or alternation
    of such. None for anything else (a repeat, a category, a range)."""
    op, av = item
    if op is sre.LITERAL:
        return {chr(av)}  # type: ignore[arg-type]
    if op is sre.IN:
        chars = [chr(v) for o, v in av if o is sre.LITERAL]  # type: ignore[union-attr]
        if len(chars) != len(av) or len(chars) > MAX_CLASS:  # type: ignore[arg-type]
            return None
        return set(chars)
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, body = av  # type: ignore[misc]
        return None if add_flags or del_flags else _whole_sequence(list(body))
    if op is sre.BRANCH:
        out = _either(av[1], _whole_sequence)  # type: ignore[index]
        return out if out is not None and len(out) <= MAX_STRINGS else None
    return None


def _either(alternatives: list[object], read: Callable[[list[tuple[object, object]]], set[str] | None]) -> set[str] | None:
    """The strings of any one of the alternatives, each read by `read`; None when one of them has none."""
    out: set[str] = set()
    for alternative in alternatives:
        strings = read(list(alternative))  # type: ignore[call-overload]
        if strings is None:
            return None
        out |= strings
    return out


def _whole_sequence(items: list[tuple[object, object]]) -> set[str] | None:
    """The strings a sequence matches when every item of it is literal text (zero-width items aside)."""
    out = {""}
    for item in items:
        if item[0] in _ZERO_WIDTH:
            continue
        strings = _literal_strings(item)
        if strings is None:
            return None
        out = {a + b for a, b in product(out, strings)}
        if len(out) > MAX_STRINGS:
            return None
    return out


def _of_sequence(items: list[tuple[object, object]]) -> set[str] | None:
    """The most selective set of needed strings among the sequence's literal runs and its items' own."""
    candidates: list[set[str]] = []
    run: set[str] = {""}

    def close_run() -> None:
        nonlocal run
        if run != {""}:
            candidates.append(run)
        run = {""}

    for op, av in items:
        if op in _ZERO_WIDTH:
            # Consumes nothing: the text on both sides is adjacent. A look-ahead or look-behind's own strings are in
            # the text too; a negative one's are not.
            if op is sre.ASSERT and (inner := _of_sequence(list(av[1]))) is not None:  # type: ignore[index]
                candidates.append(inner)
            continue
        strings = _literal_strings((op, av))
        if strings is not None:
            grown = {a + b for a, b in product(run, strings)}
            if len(grown) <= MAX_STRINGS:
                run = grown
                continue
            close_run()
            run = strings
            continue
        close_run()
        inner = _of_item(op, av)
        if inner is not None:
            candidates.append(inner)
    close_run()
    return max(candidates, key=_selectivity, default=None)


def _of_item(op: object, av: object) -> set[str] | None:
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, body = av  # type: ignore[misc]
        return None if add_flags or del_flags else _of_sequence(list(body))
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _of_sequence(list(av))  # type: ignore[arg-type]
    if op is sre.BRANCH:
        return _either(av[1], _of_sequence)  # type: ignore[index]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) or op is getattr(sre, "POSSESSIVE_REPEAT", None):
        low, _, body = av  # type: ignore[misc]
        return _of_sequence(list(body)) if low >= 1 else None
    return None


def _selectivity(strings: set[str]) -> tuple[int, int]:
    """Longer shortest string first (fewer texts hold it), then fewer strings."""
    return min(len(s) for s in strings), -len(strings)
