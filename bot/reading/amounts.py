"""Counts of sessions a text names, so a question's count can be matched with a quote's.

"What will I see after my 4th one?" is answered by "After 3–4 Sessions", not by "After 1–2 Sessions": the two
sentences share every word but the numbers, and neither BM25 nor the sentence embedding tells 2 from 4. A count
is read with its unit ("six sessions", "the second or third treatment", "sessions 3 to 4", "my 4th one",
"6-8+ Sessions") and two counts agree when their ranges overlap. Number words go through `number_parser`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from number_parser import parse_number, parse_ordinal

from bot.message_caches import per_message
from bot.reading.text import sentences

_NUMBER = (r"\d{1,2}(?:st|nd|rd|th)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
           r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth")
_UNIT = r"(?:sessions?|treatments?|appointments?|rounds?|sesh)"
# Words that may stand between a count and its unit ("6 or more sessions", "two more treatments").
_GAP = r"(?:(?:or\s+more|more|extra|additional|full|separate|microneedling|micro-needling|mn|maintenance|touch-up)\s+)?"


def _range(name: str) -> str:
    return rf"(?P<{name}_low>{_NUMBER})(?:\s*(?:-|–|to|or|and)\s*(?P<{name}_high>{_NUMBER}))?(?P<{name}_open>\+)?"


# "six sessions", "the second or third treatment", "6-8+ Sessions"; "session 3", "sessions 3 to 4"; an ordinal
# before "one" ("my 4th one"): the guides count nothing else that way.
_COUNT = re.compile(
    rf"\b{_range('a')}[\s-]+{_GAP}{_UNIT}\b|\b{_UNIT}\s+(?:number\s+)?{_range('b')}\b"
    r"|\b(?P<c_low>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+one\b",
    re.I)


# A count with no unit at all, at the end of a follow-up ("what would I see after just 1 or 2?", "and after 3?"):
# counts of what the last question counted.
_BARE = re.compile(rf"\b(?:after|just|only|with|for)\s+(?:just\s+|only\s+|like\s+)?{_range('d')}\s*(?:of\s+them\s*)?[?!.]*\s*$",
                   re.I)
_UNIT_WORD = re.compile(rf"\b{_UNIT}\b", re.I)


@dataclass(frozen=True)
class Count:
    low: float
    high: float

    def overlaps(self, other: Count) -> bool:
        return self.low <= other.high and other.low <= self.high


@lru_cache(maxsize=256)
def _value(token: str | None) -> int | None:
    """Cached: `number_parser` builds its language tables on every call, and the tokens are a few dozen words."""
    if not token:
        return None
    digits = re.match(r"\d+", token)
    return int(digits.group()) if digits else parse_number(token.lower()) or parse_ordinal(token.lower())


@per_message(maxsize=4096)
def session_counts(text: str) -> tuple[Count, ...]:
    found: list[Count] = []
    for match in _COUNT.finditer(text):
        name = next(n for n in "abc" if match.group(f"{n}_low"))
        low = _value(match.group(f"{name}_low"))
        if low is None:
            continue
        high = _value(match.groupdict().get(f"{name}_high")) or low
        if match.groupdict().get(f"{name}_open") or re.search(r"\bor\s+more\b", match.group(), re.I):
            high = math.inf
        found.append(Count(min(low, high), max(low, high)))
    return tuple(found)


def with_counted_unit(text: str, last: str) -> str | None:
    """A follow-up's count with the unit the last question counted put in ("what would I see after just 1 or 2?"
    after a question about sessions → "... after just 1 or 2 sessions?"); None when it names none."""
    match = _BARE.search(text)
    unit = _UNIT_WORD.search(last)
    if match is None or unit is None or _UNIT_WORD.search(text):
        return None
    end = match.end("d_high") if match.group("d_high") else match.end("d_low")
    return f"{text[:end]} {unit.group(0).lower().rstrip('s')}s{text[end:]}"


def agrees(asked: tuple[Count, ...], quoted: tuple[Count, ...]) -> bool:
    """A count the question names falls in one the quote names."""
    return any(a.overlaps(q) for a in asked for q in quoted)


def closeness(asked: tuple[Count, ...], quoted: tuple[Count, ...]) -> tuple[bool, float]:
    """How well the quote's counts fit the question's: one holding all the question names first ("After 3–4
    Sessions" for "3 or 4 sessions", "After 1–2 Sessions" for "the first one or two", not "after the second or
    third"), then the narrowest."""
    whole = Count(min(a.low for a in asked), max(a.high for a in asked))
    return max(((q.low <= whole.low and whole.high <= q.high, q.low - q.high) for q in quoted if whole.overlaps(q)),
               default=(False, float("-inf")))


def asking_sentences(text: str) -> str:
    """The sentences that ask, when others only tell ("I finished the last of my 5 sessions in March. When should I
    book a maintenance session?"): a count told beside the question is the client's history, not what is asked."""
    told = sentences(text)
    asking = [s for s in told if s.rstrip().endswith("?")]
    return " ".join(asking) if asking and len(asking) < len(told) else text


# A question asking for an amount of a product or a percentage ("what % retinol should I restart at?", "how many drops
# of serum?", "how many litres of water a day?") is answered only by a quote that gives one: the guides give no doses,
# and a sentence naming the product without an amount does not answer it.
_UNIT = r"(?:%|percent\w*|drops?|pumps?|ml|mg|lit(?:re|er)s?|glass(?:es)?|cups?|ounces?|oz|bottles?)"
_ASKS_AMOUNT = re.compile(r"\b(what|which|how\s+much|how\s+many|how\s+high\s+a?)\s*(" + _UNIT + r"|strength|concentration|"
                          r"dose|dosage)(?!\w)", re.I)
# So is one that names a figure and asks whether it will do or which of two ("is SPF 30 enough or do I need 50+?", "is
# 2 litres enough?"): "a high SPF" says neither. Not a figure only told ("I use SPF 50, will my results last longer?"),
# nor one beside another choice ("must I put the SPF 50 every day or only when it's sunny?" asks when, not which figure).
_FIGURE = r"(?:spf\s*\d+\+?|\d+\+?\s*spf|\d+(?:\.\d+)?\s*" + _UNIT + r"(?!\w))"
_ASKS_OF_A_FIGURE = re.compile(
    r"\b" + _FIGURE + r"\s*(?:\w+\s+){0,2}?(?:enough|too\s+(?:much|little|low|high)|high\s+enough|better|ok|okay|fine)"
    r"|\b" + _FIGURE + r"\s*(?:or|vs\.?|versus)\b|\b(?:or|vs\.?|versus|than)\s+(?:an?\s+)?" + _FIGURE, re.I)
_AMOUNT = re.compile(r"\d\s*" + _UNIT + r"(?!\w)|spf\s*\d", re.I)


def asks_for_an_amount(text: str) -> bool:
    return _ASKS_AMOUNT.search(text) is not None or _ASKS_OF_A_FIGURE.search(text) is not None


def gives_an_amount(text: str) -> bool:
    return _AMOUNT.search(text) is not None
