"""The dev questions `aftercare fit` learnt from, kept as vectors with their labels: what the guides answered for
questions worded like a new one is evidence the fitted decisions weigh like any other signal.

Two things are read from them: whether the closest dev questions are ones the guides answer rather than ones
they don't (the refuse decision, bot/answering/coverage.py), and which quotes carried the answer to the closest
answerable one (quote ranking, bot/answering/compose.py). Clients ask the same few dozen things in endless wordings, and
a labelled wording close to a new one says more about the right quote than any single word does.

What the guides answer, and where, changes with the corpus (a clinic adds the article its clients kept asking
for), so the precedents speak only for the corpus they were labelled on (`corpus_hash`); for any other, the
engine gives both signals their fitted means, which weigh nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from aftercare.errors import AftercareError
from bot.data_files import DATA_DIR

EXAMPLES_FILE = DATA_DIR / "answerability_examples.npz"
# The three closest dev questions of each kind: 1, 3 and 5 gave out-of-fold AUC 0.950, 0.951 and 0.949.
PRECEDENT_NEIGHBOURS = 3
# A stored question this close to the asked one is the same question: the eval leaves it out, so a dev
# question is never answered from its own label and dev figures stay comparable with the other splits.
IDENTICAL = 0.9999


def quote_key(doc_id: str, start: int, end: int) -> str:
    """A quote by its place in its article: stable across re-ingests of the same corpus."""
    return f"{doc_id}:{start}-{end}"


@dataclass(frozen=True)
class Precedents:
    vectors: np.ndarray
    answerable: np.ndarray
    model: str
    corpus_hash: str = ""
    right_quotes: tuple[frozenset[str], ...] = field(default=())
    # Each question's adapted vector from the query adapter fitted without it (evals/fit_adapter.py): only the
    # eval reads them (`held_out=True` on load), to answer a dev question as an unseen one would be.
    held_out_adapted: np.ndarray | None = field(default=None, compare=False)

    def similarities(self, vector: np.ndarray, exclude: int | None = None,
                     skip_identical: bool = False) -> np.ndarray:
        sims = self.vectors @ vector
        if exclude is not None or skip_identical:
            sims = sims.copy()
            if exclude is not None:
                sims[exclude] = -1.0
            if skip_identical:
                sims[sims >= IDENTICAL] = -1.0
        return sims

    def margin(self, vector: np.ndarray, exclude: int | None = None, skip_identical: bool = False) -> float:
        return self.margin_of(self.similarities(vector, exclude, skip_identical))

    def margin_of(self, sims: np.ndarray) -> float:
        """From `similarities` already computed: the answer path weighs a question's precedents twice."""
        return _closest(sims[self.answerable]) - _closest(sims[~self.answerable])

    def quote_votes(self, vector: np.ndarray, exclude: int | None = None,
                    skip_identical: bool = False) -> dict[str, float]:
        """The right quotes of the closest answerable dev question, each valued at that question's similarity.

        Only the closest one: in a grouped cross-validation on the 278 dev questions of the time, counting the
        second to fifth closest too ranked the right quote first less often (72.8% with one, 69.6% with two,
        66.5% with five)."""
        return self.quote_votes_of(self.similarities(vector, exclude, skip_identical))

    def quote_votes_of(self, sims: np.ndarray) -> dict[str, float]:
        if not self.right_quotes:
            return {}
        sims = np.where(self.answerable, sims, -1.0)
        best = int(np.argmax(sims))
        if sims[best] <= 0:
            return {}
        return {key: float(sims[best]) for key in self.right_quotes[best]}

    def in_units(self, spans: Iterable[tuple[str, int, int]]) -> "Precedents":
        """The right quotes as keys of the quotable units (article, start, end) there are now. A right quote is stored
        by its place in the article; one that a unit now holds inside a longer one (a list quoted with what is said
        of it after) is that unit's, so labels outlive a change in how sentences group into units."""
        spans = list(spans)
        known = {quote_key(*span) for span in spans}

        def now(key: str) -> str:
            if key in known:
                return key
            doc, _, offsets = key.rpartition(":")
            start, end = (int(x) for x in offsets.split("-"))
            holding = [span for span in spans if span[0] == doc and span[1] <= start and end <= span[2]]
            return quote_key(*min(holding, key=lambda span: span[2] - span[1])) if holding else key

        return replace(self, right_quotes=tuple(frozenset(now(k) for k in keys) for keys in self.right_quotes))

    def subset(self, rows: np.ndarray) -> "Precedents":
        quotes = tuple(self.right_quotes[int(r)] for r in rows) if self.right_quotes else ()
        adapted = self.held_out_adapted[rows] if self.held_out_adapted is not None else None
        return Precedents(self.vectors[rows], self.answerable[rows], self.model, self.corpus_hash, quotes, adapted)

    def save(self, path: Path = EXAMPLES_FILE) -> None:
        quotes = json.dumps([sorted(q) for q in self.right_quotes])
        extra = {} if self.held_out_adapted is None else {"held_out_adapted": self.held_out_adapted.astype(np.float16)}
        np.savez_compressed(path, vectors=self.vectors.astype(np.float16), answerable=self.answerable,
                            model=np.array(self.model), corpus_hash=np.array(self.corpus_hash),
                            right_quotes=np.array(quotes), **extra)

    @classmethod
    def load(cls, model: str, path: Path = EXAMPLES_FILE, held_out: bool = False) -> "Precedents":
        """`held_out`: also the out-of-fold adapted vectors (the eval's; a served engine has no use for them)."""
        try:
            with np.load(path) as raw:
                quotes = json.loads(str(raw["right_quotes"])) if "right_quotes" in raw else []
                adapted = (raw["held_out_adapted"].astype(np.float32)
                           if held_out and "held_out_adapted" in raw else None)
                found = cls(raw["vectors"].astype(np.float32), raw["answerable"].astype(bool), str(raw["model"]),
                            str(raw["corpus_hash"]), tuple(frozenset(q) for q in quotes), adapted)
        except (OSError, ValueError, KeyError) as err:
            raise AftercareError(f"Cannot read the dev precedents {path} ({err}): run `aftercare fit`.") from err
        if found.model != model:
            raise AftercareError(f"{path} was fitted with the model '{found.model}', this service uses '{model}': "
                                 "run `aftercare fit`.")
        if found.right_quotes and len(found.right_quotes) != len(found.answerable):
            raise AftercareError(f"{path} is inconsistent (right quotes for {len(found.right_quotes)} of "
                                 f"{len(found.answerable)} questions): run `aftercare fit`.")
        if found.held_out_adapted is not None and len(found.held_out_adapted) != len(found.answerable):
            raise AftercareError(f"{path} is inconsistent (held-out adapted vectors for {len(found.held_out_adapted)} of "
                                 f"{len(found.answerable)} questions): run `aftercare fit`.")
        return found


def _closest(sims: np.ndarray) -> float:
    return float(np.sort(sims)[-PRECEDENT_NEIGHBOURS:].mean()) if sims.size else 0.0
