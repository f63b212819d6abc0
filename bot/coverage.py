"""Deciding whether the guides cover a question at all, from several signals rather than one similarity cut-off.

On this corpus the best passage similarity of an answerable question and of an off-topic one overlap, so the
decision also asks whether the question's own words are known to the guides (after the glossary and typo
tolerance), how close the best single sentence is, and how well the best quote scores overall. A question
the glossary could translate into the guides' words ("gym" → sweating) is on topic by construction, so its
sentence bar is lower.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.spelling import Speller, is_english_word
from bot.text import stem, terms, words


# The guides are about the treatment and its aftercare; where the clinic is, when it opens, how to reach it
# and what it costs are never in them, yet such questions share words with the guides ("clinic", "time").
ABOUT_THE_CLINIC = re.compile(
    r"\b((clinic'?s?|your|the|street|postal)\s+address|address\s+of|located|location|directions?|"
    r"get\s+to\s+(the|your)\s+(clinic|office|salon)|parking|park\b|opening\s+(hours|times)|"
    r"what\s+time\s+.*\b(open|close)s?\b|phone\s+number|e-?mail|prices?|costs?|fees?|payments?|"
    r"pay\s+(for|by|with|in)|insurance)\b", re.I)


@dataclass(frozen=True)
class CoverageSignals:
    about_the_clinic: bool
    dense_top: float
    best_quote: float
    best_sentence: float
    unknown_terms: tuple[str, ...]
    known_share: float
    bridged: bool


@dataclass(frozen=True)
class CoverageThresholds:
    """Tuned on the dev questions (evals/gold.yaml, split dev)."""

    min_dense: float = 0.15
    min_quote: float = 0.40
    min_sentence: float = 0.38
    min_sentence_bridged: float = 0.25
    confident_dense: float = 0.70
    min_known_share: float = 0.5


DEFAULT_THRESHOLDS = CoverageThresholds()


GENERIC_WORDS = frozenset("""
put hit take took taking make made say said tell told write come came back day days week weeks morning mornings
yesterday yesterdays today tonight tomorrow time times now soon later right fine normal bad good thing stuff bit
little lot lots yes yeah know think feel feels felt look looks looked use using used try trying start started wear
wearing ever since first second third fourth fifth next ago okay ok hey guys anyone someone wondering wonder question
quick went gone keep keeps kept let lets allowed allow safe fine alright sure tips tip advice best worst way ways
stop stopped stopping pause wait waiting upper lower left side area areas part bits else other another able whole
night nights tonight evening afternoon hour hours minute minutes same different enough much more less usually
""".split())


def unknown_terms(question: str, speller: Speller) -> tuple[str, ...]:
    """Topic words of the question the guides never use; everyday words and near-spellings ("makup") don't count."""
    missing = []
    for word in dict.fromkeys(words(question)):
        if len(word) <= 3 or word in GENERIC_WORDS or word.isdigit() or speller.is_known(word):
            continue
        if is_english_word(word) or len(word) < 5 or speller.close(word) is None:
            missing.append(stem(word))
    return tuple(missing)


def signals(question: str, bridged: frozenset[str], speller: Speller, dense_top: float, best_quote: float,
            best_sentence: float) -> CoverageSignals:
    asked = list(dict.fromkeys(terms(question)))
    missing = tuple(m for m in unknown_terms(question, speller) if m not in bridged)
    known = (len(asked) - len(missing)) / len(asked) if asked else 0.0
    return CoverageSignals(about_the_clinic=bool(ABOUT_THE_CLINIC.search(question)), dense_top=dense_top, best_quote=best_quote, best_sentence=best_sentence,
                           unknown_terms=missing, known_share=known, bridged=bool(bridged))


def is_covered(s: CoverageSignals, t: CoverageThresholds = DEFAULT_THRESHOLDS) -> bool:
    if s.about_the_clinic:
        return False
    if s.dense_top < t.min_dense or s.best_quote < t.min_quote:
        return False
    if s.best_sentence < (t.min_sentence_bridged if s.bridged else t.min_sentence):
        return False
    return not s.unknown_terms or (s.dense_top >= t.confident_dense and s.known_share >= t.min_known_share)
