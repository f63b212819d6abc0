"""The accuracy gate: checked-in thresholds that the product's numbers must meet."""

from __future__ import annotations

import tomllib
from pathlib import Path

from aftercare.errors import AftercareError

THRESHOLDS_FILE = Path(__file__).with_name("thresholds.toml")


Bounds = dict[str, dict[str, float]]


def load_thresholds(path: Path = THRESHOLDS_FILE) -> dict[str, Bounds]:
    """The bounds of each split that has a table in the file (`[test]`, `[unseen]`); a split without one is not gated."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise AftercareError(f"Cannot read the gate thresholds in {path}: {err}") from err
    for split, bounds_of in raw.items():
        for metric, bounds in bounds_of.items():
            if not isinstance(bounds, dict) or not set(bounds) <= {"min", "max"} or not bounds:
                raise AftercareError(f"{path}: [{split}].{metric} must be {{ min = x }} or {{ max = x }}")
    return raw


def check(metrics: dict[str, float | None], thresholds: Bounds) -> list[str]:
    """Each failed bound as a sentence; a metric with no value fails too, since it could not be shown to pass."""
    failures = []
    for metric, bounds in thresholds.items():
        value = metrics.get(metric)
        if value is None:
            failures.append(f"{metric}: not measured")
            continue
        if "min" in bounds and value < bounds["min"]:
            failures.append(f"{metric} = {value:.3f}, below the minimum {bounds['min']:.3f}")
        if "max" in bounds and value > bounds["max"]:
            failures.append(f"{metric} = {value:.3f}, above the maximum {bounds['max']:.3f}")
    return failures
