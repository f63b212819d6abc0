"""Whether a message is written in a language the engine cannot read.

The guides, the patterns and the embedding model are English; the red-flag patterns also know a few words of the
languages this clinic's clients write besides English ("fiebre", "Eiter"). A message in another language that
none of them catches was answered "I don't have that in my guides", as if it asked about prices: a red flag in
Tagalog, Vietnamese or Chinese went without any word of urgency. Such a message is recognised here, so the engine
can say it reads only English and who to contact, whatever the message says.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wordfreq import zipf_frequency as wordfreq_zipf

from bot.reading.word_tables import zipf_frequency

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Languages with a Latin script that wordfreq lists, whose words may look like English typos. Their small lists
# (about 50 MB together) are loaded only when a message first looks foreign.
OTHER_LATIN_LANGUAGES = ("es", "fr", "pt", "de", "it", "pl", "nl", "ro", "tr", "id", "fil", "vi")
# A word rarer than this in English (Zipf scale: 2.5 is about once in 3 million words) is not an everyday English
# word; a misspelt English word is one too, and the share below keeps a few typos from making a message foreign.
RARE_IN_ENGLISH = 2.5
# A word this much commoner (Zipf, so about 30 times) in another language than in English is that language's
# ("de", "la", "que", "sa", "po").
COMMONER_ELSEWHERE = 1.5
# An everyday English word (Zipf 4: about once in 100,000 words); a message mostly of such words is English.
EVERYDAY_ENGLISH = 4.0
# More than half the words not English, of at least this many: three words ("is MN permenant") say too little.
SHARE = 0.5
MIN_WORDS = 4


def unreadable(text: str, known: frozenset[str] = frozenset()) -> bool:
    """More than half the letters in a script other than Latin, or more than half of four or more words not
    English: rare in English or far commoner in another language. `known`: words the guides use, English whatever
    their frequency ("microneedling")."""
    words = _words(text)
    if _other_script(words):
        return True
    if not _may_be_foreign(words):
        return False
    not_english = sum(w not in known and (zipf_frequency(w) < RARE_IN_ENGLISH or commoner_elsewhere(w)) for w in words)
    return not_english > SHARE * len(words)


def in_another_language(text: str) -> bool:
    """More than half of four or more words another language's by frequency (or another script): words that are
    merely rare in English, such as typos ("my skn has puse and fevr"), do not count here."""
    words = _words(text)
    if _other_script(words):
        return True
    return _may_be_foreign(words) and sum(commoner_elsewhere(w) for w in words) > SHARE * len(words)


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _other_script(words: list[str]) -> bool:
    letters = [ch for w in words for ch in w]
    return bool(letters) and sum(not _latin(ch) for ch in letters) > SHARE * len(letters)


def _may_be_foreign(words: list[str]) -> bool:
    """Four or more words, most of them not everyday English: only then are the other languages' lists looked at,
    so a service that only ever gets English never loads them."""
    return len(words) >= MIN_WORDS and sum(zipf_frequency(w) < EVERYDAY_ENGLISH for w in words) > SHARE * len(words)


def _latin(ch: str) -> bool:
    return ord(ch) < 0x250 or 0x1E00 <= ord(ch) <= 0x1EFF


@lru_cache(maxsize=8192)
def commoner_elsewhere(word: str) -> bool:
    """A word that is another language's far more than English's ("que", "puis", "sa")."""
    english = zipf_frequency(word)
    return any(wordfreq_zipf(word, language, wordlist="small") >= english + COMMONER_ELSEWHERE
               for language in OTHER_LATIN_LANGUAGES)
