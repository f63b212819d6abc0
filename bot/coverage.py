"""Deciding whether the guides cover a question at all, from several signals rather than one similarity cut-off.

On this corpus the best passage similarity of an answerable question and of an off-topic one overlap, so the
decision also asks whether the question's own words are known to the guides (after the glossary and typo
tolerance) and how well the best quote matches.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from bot.text import terms


@dataclass(frozen=True)
class CoverageSignals:
    dense_top: float
    best_quote: float
    unknown_terms: tuple[str, ...]
    known_share: float


@dataclass(frozen=True)
class CoverageThresholds:
    """Tuned on the dev questions (evals/gold.yaml, split dev)."""

    min_dense: float = 0.30
    min_quote: float = 0.45
    confident_dense: float = 0.55


DEFAULT_THRESHOLDS = CoverageThresholds()


def unknown_terms(question: str, vocabulary: frozenset[str]) -> tuple[str, ...]:
    """Question words the guides never use; a near-spelling of a known word ("makup") counts as known."""
    missing = []
    for term in dict.fromkeys(terms(question)):
        if term in vocabulary or term.isdigit():
            continue
        if len(term) >= 4 and difflib.get_close_matches(term, vocabulary, n=1, cutoff=0.8):
            continue
        missing.append(term)
    return tuple(missing)


def signals(question: str, bridged: frozenset[str], vocabulary: frozenset[str], dense_top: float,
            best_quote: float) -> CoverageSignals:
    asked = list(dict.fromkeys(terms(question)))
    missing = tuple(m for m in unknown_terms(question, vocabulary) if m not in bridged)
    known = (len(asked) - len(missing)) / len(asked) if asked else 0.0
    return CoverageSignals(dense_top=dense_top, best_quote=best_quote, unknown_terms=missing, known_share=known)


def is_covered(s: CoverageSignals, t: CoverageThresholds = DEFAULT_THRESHOLDS) -> bool:
    if s.dense_top < t.min_dense or s.best_quote < t.min_quote:
        return False
    return not s.unknown_terms or s.dense_top >= t.confident_dense
