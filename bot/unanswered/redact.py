"""Removing what identifies a client from a question before a clinic keeps it.

What a client types into a chat about their skin can carry their name, contact details, address and date of
birth. Each kind is replaced by a placeholder (`[name]`, `[email]`, `[phone]`, `[address]`, `[postcode]`,
`[date]`, `[link]`, `[handle]`, `[number]`), in an order where a broad pattern never eats a narrower one's text:

- phone numbers are found by libphonenumber (the `phonenumbers` port of Google's library), in any format of the
  configured regions and in international format for every region;
- calendar dates by `dateparser`'s search, restricted to absolute dates that have a day, a month and a year, so
  "day 4", "in 2 weeks" and "24-48 hours" stay; after "born", "birthday" or "DOB", a year or month alone goes too;
- e-mail addresses (also written out: "jane dot doe at example dot com"), links and @handles, street addresses
  and postcodes (UK and US) and names where a client names themselves or someone ("my name is", "I'm Jane
  Doe", "Jane Doe here", "Dr Patel", "my husband Tom", a sign-off) by the patterns below, whose word lists
  are data. No library finds these in free text without a language model, which this service does not load
  for a log.

The words around a match stay ("Call me on [phone]"), so the clinic still reads what was asked.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import phonenumbers

DEFAULT_PHONE_REGIONS = ("GB", "US")
MIN_PHONE_DIGITS = 7  # below this a "possible" number is a range ("24-48") or a year, not a phone number

# Absolute dates only, with all three parts: a date of birth or a treatment date, never "in 2 weeks".
_FULL_DATE = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"], "PARSERS": ["absolute-time"]}
_ANY_DATE = {"PARSERS": ["absolute-time"]}
_MONTH_NAME = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.IGNORECASE)
_EDGE = r"(?:on|the|and|in|at|of|by|from|to|is|was|since)"
_DATE_EDGES = re.compile(rf"^(?:{_EDGE}\b[\s,]*)+|(?:[\s,]+{_EDGE})+$", re.IGNORECASE)

# Words that follow "I'm" or "it's" with a capital without being a name ("I'm Black" says whose skin, not who).
NOT_NAMES = frozenset("""
i a an the not so just also very really still now here there only currently back due about after before
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december day days week weeks month months today tonight tomorrow yesterday
ok okay fine good sure sorry worried concerned scared pregnant breastfeeding allergic sensitive using having
getting going trying wondering asking hoping new unsure confused nervous
black white brown asian latina latino hispanic indian african caribbean mixed irish scottish welsh english british
american canadian australian
""".split())
GREETINGS = r"hi|hello|hey|hiya|dear|good\s+(?:morning|afternoon|evening)"
SIGN_OFFS = (r"thanks|thank\s+you(?:\s+(?:very|so)\s+much)?|many\s+thanks|thanks\s+again|with\s+thanks|cheers|regards"
             r"|kind\s+regards|best\s+regards|warm(?:est)?\s+regards|best\s+wishes|best|all\s+the\s+best|sincerely"
             r"|yours(?:\s+(?:sincerely|faithfully|truly))?|x+")
TITLES = r"(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?|Miss|Doctor|Professor|Sir|Dame"
PEOPLE = (r"husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?|daughter|son|child|mum|mom|mother|dad|father|"
          r"sister|brother|friend|colleague|practitioner|therapist|nurse|doctor|aesthetician|clinician|dermatologist")
# Street types in any case; those that are also everyday words ("a 5 mile walk") only with a capital.
STREET_TYPES = (r"street|st|road|rd|avenue|ave|lane|ln|drive|dr|crescent|cres|boulevard|blvd|terrace|gdns|"
                r"mews|highway|hwy|parkway|pkwy|broadway")
STREET_TYPES_CAPITALISED = (r"Close|Way|Court|Ct|Place|Pl|Gardens|Grove|Square|Sq|Hill|Row|Walk|Parade|Park|Rise|"
                            r"View|Circle|Cir|Trail|Plaza|Green|Vale|Wharf")
UNITS = r"flat|apt|apartment|unit|suite|ste|room|floor|#"

_I = re.IGNORECASE
_NAME_WORD = r"[A-Z](?:\.|[a-zA-Z]*(?:['’-][A-Za-z]+)*)"  # "Ellison", "O'Neil", or an initial: "J."
_NAME = rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})"
_SELF = r"\b(?i:my\s+name\s+is|my\s+name['’]s|name\s*:|i\s+am\s+called|i['’]?m\s+called|call\s+me|this\s+is|it['’]s|it\s+is|i['’]m|im|i\s+am)"

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_AT = r"(?:\s*[(\[{<]\s*at\s*[)\]}>]\s*|\s+at\s+|\s*@\s*)"
_DOT = r"(?:\s*[(\[{<]\s*dot\s*[)\]}>]\s*|\s+dot\s+|\.)"
_SPELLED_EMAIL = re.compile(rf"\b[\w+-]+(?:{_DOT}[\w+-]+)*{_AT}[\w-]+(?:{_DOT}[\w-]+)*{_DOT}[a-z]{{2,12}}\b(?!{_AT})", _I)
_LINK = re.compile(r"\b(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|co\.uk|org|net|io|me|uk|us)/\S*", _I)
_HANDLE = re.compile(r"(?<![\w@])@[A-Za-z0-9_.]{2,30}\b")

_STREET_NAME_WORD = r"(?!(?:the|a|an|and|or|at|in|on|to|of|for|my|your|after|before|with|is|it|i|day|days|week|weeks)\b)[A-Za-z][\w'’-]*"
_STREET = (rf"(?:(?i:{UNITS})\s*\d+[A-Za-z]?,?\s+)?\b\d{{1,5}}[A-Za-z]?(?:[-/]\d{{1,5}}[A-Za-z]?)?,?\s+"
           rf"(?i:the\s+)?(?i:{_STREET_NAME_WORD}\s+){{0,3}}(?:(?i:{STREET_TYPES})|{STREET_TYPES_CAPITALISED})\b\.?"
           rf"(?:\s+(?:N|S|E|W|NE|NW|SE|SW)\b)?(?:,?\s+(?i:{UNITS})\.?\s*\w+)?")
_UK_POSTCODE = r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[ABD-HJLNP-UW-Z]{2}\b"  # the inward code never uses C I K M O V
_US_ZIP = r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b"
_PLACE_TAIL = rf"(?:,?\s+(?:{_UK_POSTCODE}|{_US_ZIP}|[A-Z][a-zA-Z'’-]+\b(?:\s+[A-Z][a-zA-Z'’-]+\b){{0,2}}))"
_ADDRESS = re.compile(rf"{_STREET}(?:{_PLACE_TAIL}){{0,3}}")
_PO_BOX = re.compile(r"\bP\.?\s*O\.?\s+Box\s+\d+\b", _I)
_LIVE_AT = re.compile(r"(?P<cue>\b(?i:i\s+live\s+(?:at|on|in|near)|my\s+(?:home\s+)?address\s+is|address\s*:|"
                      r"we\s+live\s+(?:at|on|in|near)|i\s+am\s+based\s+in|i['’]m\s+based\s+in|i['’]m\s+from|i\s+am\s+from))\s+"
                      r"(?P<place>(?:the\s+)?[A-Z0-9][\w'’-]*(?:,?\s+(?:[A-Z0-9][\w'’-]*|\[\w+\]))*)")
_POSTCODE = re.compile(rf"(?i:{_UK_POSTCODE})|{_US_ZIP}|\b(?i:zip(?:\s*code)?|post\s*code)(?:\s*:|\s+is)?\s*\d{{5}}(?:-\d{{4}})?\b")

_BIRTH = re.compile(r"\b(?:born|birthday|birth\s*date|date\s+of\s+birth|d\.?o\.?b\.?|year\s+of\s+birth)\b[^.?!;\n]*", _I)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_UK_NI = re.compile(r"\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b", _I)
_LONG_NUMBER = re.compile(r"(?<![\w\[])\d(?:[\s.-]?\d){5,}(?![\w\]])")

_NAMED = [
    re.compile(rf"(?P<keep>{_SELF}\s+){_NAME}"),
    re.compile(rf"(?P<keep>\b(?:{TITLES})\s+){_NAME}"),
    re.compile(rf"(?P<keep>\b(?i:my|our)\s+(?i:{PEOPLE})(?:\s+(?i:is|was|called|named))?,?\s+){_NAME}"),
    re.compile(rf"(?P<keep>(?:^|[.!?]\s+)(?:(?i:{GREETINGS})[,!]?\s+)?){_NAME}(?=\s+(?i:here)\b)"),
    re.compile(rf"(?P<keep>(?:^|[.!?,\n])\s*(?i:{SIGN_OFFS})[,!.]?\s*(?:[-–—]\s*)?){_NAME}(?=\s*[.!x]*\s*$)"),
    re.compile(rf"(?P<keep>\s[-–—]\s*){_NAME}(?=\s*$)"),
]
# After "my name is" a client may well type their name in lower case; it runs to the next stop word.
_LOWER_NAME = re.compile(r"(?P<keep>\b(?i:my\s+name\s+is|my\s+name['’]s|name\s*:)\s+)(?P<name>[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,2})")
_LOWER_STOP = frozenset("and but so i im i'm i’m can could would will do does is was what when how why where please "
                        "thanks thank hi hello from".split())


@dataclass(frozen=True)
class Redactor:
    """Replaces personal details with placeholders; `phone_regions` are the countries whose national formats count."""

    phone_regions: tuple[str, ...] = DEFAULT_PHONE_REGIONS

    def __call__(self, text: str) -> str:
        steps: list[Callable[[str], str]] = [
            lambda t: _EMAIL.sub("[email]", t),
            lambda t: _LINK.sub("[link]", t),
            lambda t: _HANDLE.sub("[handle]", t),
            lambda t: _SPELLED_EMAIL.sub("[email]", t),
            self._redact_phones,
            _redact_dates,
            lambda t: _PO_BOX.sub("[address]", t),
            lambda t: _ADDRESS.sub("[address]", t),
            lambda t: _LIVE_AT.sub(lambda m: f"{m.group('cue')} [address]", t),
            lambda t: _POSTCODE.sub("[postcode]", t),
            lambda t: _UK_NI.sub("[number]", t),
            lambda t: _LONG_NUMBER.sub("[number]", t),
            _redact_names,
        ]
        for step in steps:
            text = step(text)
        return text

    def _redact_phones(self, text: str) -> str:
        spans = set()
        for region in ("ZZ", *self.phone_regions):  # ZZ: only numbers written with + and a country code
            for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.POSSIBLE):
                if sum(c.isdigit() for c in match.raw_string) >= MIN_PHONE_DIGITS and not _is_date(match.raw_string):
                    spans.add((match.start, match.end))
        return _replace(text, spans, "[phone]")


def redact(text: str, phone_regions: Iterable[str] = DEFAULT_PHONE_REGIONS) -> str:
    return Redactor(tuple(phone_regions))(text)


def _redact_dates(text: str) -> str:
    spans = set(_date_spans(text, _FULL_DATE))
    for cue in _BIRTH.finditer(text):
        clause_start = cue.start() + len(cue.group(0).split(None, 1)[0])
        clause = text[clause_start:cue.end()]
        spans.update((clause_start + a, clause_start + b) for a, b in _date_spans(clause, _ANY_DATE))
        spans.update((clause_start + m.start(), clause_start + m.end()) for m in _YEAR.finditer(clause))
    return _replace(text, spans, "[date]")


def _is_date(text: str) -> bool:
    """"1985-03-14" is also a possible phone number; the date reading wins when it covers all of it."""
    return _date_spans(text, _FULL_DATE) == [(0, len(text))]


def _date_spans(text: str, settings: dict[str, object]) -> list[tuple[int, int]]:
    """Where dateparser found dates, less the little words it takes along ("on the 14th of March, 1985 and")."""
    from dateparser.search import (
        search_dates,  # imported here: only the opt-in log needs it, not every start
    )

    spans, searched_to = [], 0
    for phrase, _ in search_dates(text, languages=["en"], settings=settings) or []:
        at = text.find(phrase, searched_to)
        if at < 0:
            continue
        searched_to = at + len(phrase)
        core = _DATE_EDGES.sub("", phrase)
        # dateparser fills a missing year in ("a 9/10" pain score): all three parts must be in the words themselves.
        if len(re.findall(r"\d+", core)) + bool(_MONTH_NAME.search(core)) >= (3 if settings is _FULL_DATE else 1):
            start = at + phrase.index(core)
            spans.append((start, start + len(core)))
    return spans


def _redact_names(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        first = match.group("name").split()[0].lower().strip("'’")
        return match.group(0) if first in NOT_NAMES else f"{match.group('keep')}[name]"

    for pattern in _NAMED:
        text = pattern.sub(replace, text)

    def replace_lower(match: re.Match[str]) -> str:
        kept: list[str] = []
        for word in match.group("name").split():
            if word in _LOWER_STOP:
                break
            kept.append(word)
        if not kept:
            return match.group(0)
        rest = match.group("name")[len(" ".join(kept)):]
        return f"{match.group('keep')}[name]{rest}"

    return _LOWER_NAME.sub(replace_lower, text)


def _replace(text: str, spans: Iterable[tuple[int, int]], placeholder: str) -> str:
    """Replace possibly overlapping spans, merged, from the end so earlier offsets stay valid."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    for start, end in reversed(merged):
        text = text[:start] + placeholder + text[end:]
    return text
