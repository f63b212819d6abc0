"""What the engine may see of a client's question: text the tokenizer accepts and words spelled one way only.

A JSON body may carry a lone UTF-16 surrogate ("\\ud800", or half an emoji cut off by a 1,000-character input
box); Python keeps it in a str but the tokenizer refuses the whole call. Invisible format characters (zero-width
space, soft hyphen, joiners, bidi controls, tag characters) split "make\\u200bup" into two words for the word
matchers while the tokenizer silently drops them, so the same question would be answered two ways. Compatibility
forms (full-width letters, ligatures) are folded by NFKC for the same reason. All of them carry no meaning here,
so they are removed at the edge rather than refused.
"""

from __future__ import annotations

import unicodedata

# Control (Cc), format (Cf) and surrogate (Cs) code points; the whitespace among the controls (tab, newline, ...)
# is kept and trimmed later like any other space.
_INVISIBLE = frozenset({"Cc", "Cf", "Cs"})


def normalise_question(text: str) -> str:
    """The question with lone surrogates, control and format characters removed, NFKC-folded and trimmed."""
    if text.isascii() and text.isprintable():
        return text.strip()  # nothing to remove, and NFKC leaves ASCII as it is
    kept = "".join(ch for ch in text if ch.isspace() or not _invisible(ch))
    return unicodedata.normalize("NFKC", kept).strip()


def _invisible(ch: str) -> bool:
    return unicodedata.category(ch) in _INVISIBLE


def visible_pattern() -> str:
    """A regex character class for "a character this module keeps and does not trim", for the API schema.

    Written out over the Basic Multilingual Plane as `\\uXXXX` ranges, which JSON Schema's regex dialect and
    Python's both read; the few invisible characters above it (tag characters) are not listed.
    """
    ranges: list[tuple[int, int]] = []
    for code in range(0x10000):
        ch = chr(code)
        if ch.isspace() or _invisible(ch):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    parts = (f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges)
    return "[^" + "".join(parts) + "]"
