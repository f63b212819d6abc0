"""Files of values derived from the corpus and the model (word neighbours, triage example vectors), kept in
AFTERCARE_CACHE_DIR between starts: written whole or not at all, and never a reason to fail."""

from __future__ import annotations

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)


def write_atomically(path: Path, data: bytes) -> None:
    """Written beside, then renamed into place; a cache that cannot be written only costs the next start."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError as err:
        log.warning("could not keep %s (%s); it will be computed again at the next start", path, err)
