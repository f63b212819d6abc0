"""Decisions fitted on the dev questions (`aftercare fit`), kept as data in bot/data/ and applied with NumPy.

A logistic regression over standardised, named signals: scikit-learn fits it, this applies it, so answering a
question needs neither scikit-learn nor anything fitted at start-up.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from functools import cached_property
from pathlib import Path

import numpy as np

from aftercare.errors import AftercareError



@dataclass(frozen=True)
class LinearModel:
    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    threshold: float = 0.5
    note: str = ""

    @cached_property
    def _weights(self) -> tuple[tuple[tuple[str, float], ...], float]:
        """The standardisation folded into the weights once: a quote is scored on every question."""
        weights = tuple((n, c / s) for n, c, s in zip(self.features, self.coef, self.scale))
        return weights, self.intercept - sum(c * m / s for c, m, s in zip(self.coef, self.mean, self.scale))

    def logit(self, values: Mapping[str, float]) -> float:
        weights, offset = self._weights
        return offset + sum(w * values[n] for n, w in weights)

    def probability(self, values: Mapping[str, float]) -> float:
        return 1.0 / (1.0 + math.exp(-self.logit(values)))

    def probabilities(self, columns: Mapping[str, np.ndarray]) -> np.ndarray:
        """Many rows at once (every candidate passage of a question): one NumPy pass, not a call per row."""
        weights, offset = self._weights
        logits = offset + sum(w * columns[n] for n, w in weights)
        return 1.0 / (1.0 + np.exp(-logits))

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(asdict(self), indent=2) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path, known: frozenset[str]) -> "LinearModel":
        """`known`: the signals this version computes; a model fitted on others is refused with what to run."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            model = cls(**{k: tuple(v) if isinstance(v, list) else v for k, v in raw.items()})
        except (OSError, ValueError, TypeError) as err:
            raise AftercareError(f"Cannot read the fitted model {path} ({err}): run `aftercare fit`.") from err
        if not set(model.features) <= known or not (
                len(model.features) == len(model.mean) == len(model.scale) == len(model.coef)):
            raise AftercareError(f"{path} does not fit this version's signals: run `aftercare fit`.")
        return model
