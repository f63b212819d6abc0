"""Chat shorthand spelled out ("tmrw" → "tomorrow", "3 hrs ago" → "3 hours ago"), and clinical words for signs
("urticaria" → "hives"), before anything reads a message.

Every reader downstream (the treatment day, triage, the follow-up reading, retrieval) is written for whole words;
spelling the shorthand out once at the edge spares each of them its own list of abbreviations. The table is data
(bot/data/spelling.yaml, `chat_shorthand`), limited to forms that are no English word of their own, and
`clinical_terms`, each with one plain meaning; a word that is English of its own is spelled out only where the
words around it show what it stands for (`cut_weekdays`, `post_for_after`).
"""

from __future__ import annotations

import difflib
import re

from bot.data_files import DATA_DIR, read_yaml
from bot.message_caches import per_message
from bot.reading.word_tables import ENGLISH_WORDS

_SPELLING = read_yaml(DATA_DIR / "spelling.yaml", "spelling")
_TABLE = {short.lower(): word for table in ("chat_shorthand", "clinical_terms")
          for word, shorts in _SPELLING[table].items() for short in shorts}
_SHORTHAND = re.compile(r"(?<![\w'-])(" + "|".join(re.escape(s) for s in sorted(_TABLE, key=len, reverse=True))
                        + r")(?![\w'-])", re.I)


# Words that stand for another only where the words around them say so: a weekday cut short, "post" for after.
_IN_CONTEXT = tuple((re.compile(pattern, re.I), word)
                    for pattern, word in [*_SPELLING["cut_weekdays"], *_SPELLING["post_for_after"]])


def _in_context(text: str) -> str:
    for pattern, word in _IN_CONTEXT:
        text = pattern.sub(lambda m: f"{m.group(0)[:m.start('slip') - m.start()]}{word}", text)
    return text


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# How like a weekday a word no dictionary knows must be to be read as it: "frday" (0.91), "thurday" (0.93) and
# "wedensday" (0.89) pass; "today" beside "sunday" (0.55) and "holiday" beside "friday" (0.62) are nowhere near.
WEEKDAY_LIKENESS = 0.85
_DAYLIKE = re.compile(r"\b[a-z]{2,7}d[a-z]?y\b", re.I)


def _misspelt_weekday(word: str) -> str | None:
    lowered = word.lower()
    if lowered in WEEKDAYS or lowered in ENGLISH_WORDS():
        return None
    ratio, day = max((difflib.SequenceMatcher(None, lowered, day).ratio(), day) for day in WEEKDAYS)
    return day if ratio >= WEEKDAY_LIKENESS else None


def _respelled_weekdays(text: str) -> str:
    """A weekday mistyped ("had it done on frday") read as the day: every day reader downstream knows only the
    spelled names, and a list could never hold every slip."""
    return _DAYLIKE.sub(lambda m: _misspelt_weekday(m.group(0)) or m.group(0), text)


# A number run into its unit ("1hr ago", "48hrs", "3days"): split, so the unit is read as a word.
_FUSED_UNIT = re.compile(r"\b(\d+(?:\.\d+)?)(hrs?|hours?|days?|wks?|weeks?|mins?|mths?|months?)\b", re.I)


def _spell(text: str) -> str:
    return _SHORTHAND.sub(lambda m: _TABLE[m.group(1).lower()], text)


@per_message(maxsize=1024)
def spelled_out(text: str) -> str:
    """The message with each shorthand word replaced by the word it stands for. Cached: each reader of a message
    spells it out again."""
    # Shorthand first ("2day" is today, not "2 day"), then the units split from their numbers.
    text = _in_context(_spell(text))
    if _DAYLIKE.search(text):
        text = _respelled_weekdays(text)
    return _spell(_FUSED_UNIT.sub(r"\1 \2", text)) if _FUSED_UNIT.search(text) else text
