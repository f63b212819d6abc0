"""A linear map from how clients word a question to how the guides word its answer, learnt on the dev questions.

The embedding model places "how long am I gonna look like a tomato" nearer to sentences about tomatoes than to
"the redness typically subsides within 24-48 hours". A matrix fitted on dev (question → the sentences that carry
its fact; `aftercare fit`, evals/fit_adapter.py) moves question vectors toward the sentences that answer such
questions, for every wording near a labelled one at once; the sentences' own vectors are left as they are. It
is one more quote signal ("adapted" in bot/answering/compose.py) that the fitted quote ranking weighs, never the only one.

Like the precedents, it speaks only for the corpus and model it was fitted on; for any other the signal takes
its fitted mean, which weighs nothing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np

from aftercare.errors import AftercareError
from bot.data_files import DATA_DIR
from bot.retrieval.precedents import IDENTICAL

ADAPTER_FILE = DATA_DIR / "query_adapter.npz"
log = logging.getLogger(__name__)


class Adapter(Protocol):
    def adapt(self, vector: np.ndarray) -> np.ndarray: ...


@dataclass(frozen=True)
class QueryAdapter:
    matrix: np.ndarray
    model: str
    corpus_hash: str

    def adapt(self, vector: np.ndarray) -> np.ndarray:
        moved = self.matrix @ vector
        norm = float(np.linalg.norm(moved))
        return moved / norm if norm else vector

    def save(self, path: Path = ADAPTER_FILE) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        # float16 halves the file; the scores it changes differ in the fourth decimal.
        np.savez_compressed(path, matrix=self.matrix.astype(np.float16), model=np.array(self.model),
                            corpus_hash=np.array(self.corpus_hash))

    @classmethod
    def load(cls, model: str, corpus_hash: str, path: Path = ADAPTER_FILE) -> "QueryAdapter | None":
        """None, with a warning, when there is none or it was fitted for another model or corpus."""
        if not path.exists():
            log.warning("no query adapter at %s: run `aftercare fit`", path)
            return None
        try:
            with np.load(path) as data:
                adapter = cls(data["matrix"].astype(np.float32), str(data["model"]), str(data["corpus_hash"]))
        except (OSError, ValueError, KeyError) as err:
            raise AftercareError(f"Cannot read the query adapter {path} ({err}): run `aftercare fit`.") from err
        if adapter.model != model or adapter.corpus_hash != corpus_hash:
            log.warning("the query adapter in %s was fitted for another model or corpus: run `aftercare fit`", path)
            return None
        return adapter


class HeldOutAdapter:
    """Each dev question's adapted vector from the adapter fitted without it; any other question's from `fallback`.

    The eval and the fits downstream of the adapter answer a dev question through it, so that the adapter never
    speaks for a question it learnt from and dev figures stay comparable with test and unseen ones."""

    def __init__(self, questions: np.ndarray, out_of_fold: np.ndarray, fallback: Adapter) -> None:
        self._questions = np.asarray(questions, dtype=np.float32)
        self._out_of_fold = np.asarray(out_of_fold, dtype=np.float32)
        self._fallback = fallback

    def adapt(self, vector: np.ndarray) -> np.ndarray:
        sims = self._questions @ vector
        best = int(np.argmax(sims)) if sims.size else -1
        if best >= 0 and sims[best] >= IDENTICAL:
            return self._out_of_fold[best]
        return self._fallback.adapt(vector)
