"""Chat shorthand spelled out ("tmrw" → "tomorrow", "3 hrs ago" → "3 hours ago") before anything reads a message.

Every reader downstream (the treatment day, triage, the follow-up reading, retrieval) is written for whole words;
spelling the shorthand out once at the edge spares each of them its own list of abbreviations. The table is data
(bot/data/spelling.yaml, `chat_shorthand`), limited to forms that are no English word of their own.
"""

from __future__ import annotations

import re

from bot.data_files import DATA_DIR, read_yaml
from bot.message_caches import per_message

_TABLE = {short.lower(): word for word, shorts in
          read_yaml(DATA_DIR / "spelling.yaml", "spelling")["chat_shorthand"].items() for short in shorts}
_SHORTHAND = re.compile(r"(?<![\w'-])(" + "|".join(re.escape(s) for s in sorted(_TABLE, key=len, reverse=True))
                        + r")(?![\w'-])", re.I)


_CUT_WEEKDAYS = tuple((re.compile(pattern, re.I), day)
                      for pattern, day in read_yaml(DATA_DIR / "spelling.yaml", "spelling")["cut_weekdays"])


def _weekdays(text: str) -> str:
    for pattern, day in _CUT_WEEKDAYS:
        text = pattern.sub(lambda m: f"{m.group(0)[:m.start('slip') - m.start()]}{day}", text)
    return text


# A number run into its unit ("1hr ago", "48hrs", "3days"): split, so the unit is read as a word.
_FUSED_UNIT = re.compile(r"\b(\d+(?:\.\d+)?)(hrs?|hours?|days?|wks?|weeks?|mins?|mths?|months?)\b", re.I)


def _spell(text: str) -> str:
    return _SHORTHAND.sub(lambda m: _TABLE[m.group(1).lower()], text)


@per_message(maxsize=1024)
def spelled_out(text: str) -> str:
    """The message with each shorthand word replaced by the word it stands for. Cached: each reader of a message
    spells it out again."""
    # Shorthand first ("2day" is today, not "2 day"), then the units split from their numbers.
    text = _weekdays(_spell(text))
    return _spell(_FUSED_UNIT.sub(r"\1 \2", text)) if _FUSED_UNIT.search(text) else text
