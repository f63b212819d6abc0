"""The accuracy gate: checked-in thresholds that the product's numbers must meet."""

from __future__ import annotations

import tomllib
from pathlib import Path

from aftercare.errors import AftercareError

THRESHOLDS_FILE = Path(__file__).with_name("thresholds.toml")


def load_thresholds(path: Path = THRESHOLDS_FILE) -> dict[str, dict[str, float]]:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise AftercareError(f"Cannot read the gate thresholds in {path}: {err}") from err
    product = raw.get("product", {})
    for metric, bounds in product.items():
        if not isinstance(bounds, dict) or not set(bounds) <= {"min", "max"} or not bounds:
            raise AftercareError(f"{path}: [product].{metric} must be {{ min = x }} or {{ max = x }}")
    return product


def check(metrics: dict[str, float | None], thresholds: dict[str, dict[str, float]]) -> list[str]:
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
