"""The topic words of an unanswered question: what a clinic needs to extend its guides, and nothing that names anyone.

A question's content words are its words less stop words, numbers and the placeholders of `bot.unanswered.redact`; of
those, the ones the guides never use (compared by stem with the knowledge base's vocabulary) are the topics the
guides lack. A word written with a capital inside a sentence is most often a name the redactor could not
recognise ("I saw Priya about it"), so it is left out unless the guides use it too ("SPF").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.reading.text import STOPWORDS, stem

_SENTENCE_END = re.compile(r"[.!?\n]\s*")
_WORD = re.compile(r"\[\w+\]|[^\W\d_]+(?:['’][^\W\d_]+)?")
_STOPSET = frozenset(STOPWORDS)
MIN_WORD_LETTERS = 3


@dataclass(frozen=True)
class Topics:
    words: list[str]  # the question's content words, in order, each once
    missing: list[str]  # those the guides never use


def topic_words(redacted: str, vocabulary: frozenset[str], known_words: frozenset[str]) -> Topics:
    """`redacted` must already have been through `bot.unanswered.redact`; `vocabulary` holds the guides' stemmed terms."""
    found: list[str] = []
    for sentence in _SENTENCE_END.split(redacted):
        for position, match in enumerate(_WORD.finditer(sentence)):
            token = match.group(0)
            if token.startswith("["):
                continue
            word = token.lower().replace("’", "'")
            if len(word) < MIN_WORD_LETTERS or word in found or word in _STOPSET or word.split("'")[0] in _STOPSET:
                continue
            if position > 0 and token[0].isupper() and word not in known_words and stem(word) not in vocabulary:
                continue
            found.append(word)
    return Topics(words=found, missing=[w for w in found if stem(w) not in vocabulary])
