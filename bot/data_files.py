"""The data kept beside the code in bot/data/ (fitted parameters, red flags, follow-up words); YAML read failing with the file named."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from aftercare.errors import AftercareError

DATA_DIR = Path(__file__).parent / "data"


def read_yaml(path: Path, what: str) -> dict[str, Any]:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise AftercareError(f"Cannot read the {what} data {path}: {err}") from err
