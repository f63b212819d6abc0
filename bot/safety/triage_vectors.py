"""The vectors of the triage examples (bot/data/triage.yaml), embedded once and read back at every start.

`aftercare ingest` embeds them with the model it has loaded anyway, so a service starts without running them
through its own encoder; a service that finds no cache file (a new example, another machine) embeds them with
its question encoder and keeps the file.
"""

from __future__ import annotations

import hashlib
import io
import logging
from collections.abc import Callable
from pathlib import Path

import numpy as np

from bot.cache_files import write_atomically
from bot.safety.triage import NORMAL_COURSE_EXAMPLES, RED_FLAG_EXAMPLES, SemanticTriage
from ingest.embed import TextEncoder

log = logging.getLogger(__name__)


def cache_path(cache_dir: Path, model: str) -> Path:
    key = hashlib.sha256("\n".join((*RED_FLAG_EXAMPLES, "", *NORMAL_COURSE_EXAMPLES, model)).encode()).hexdigest()[:16]
    return cache_dir / f"triage-examples-{key}.npz"


def load_or_embed_semantic_triage(cache_dir: Path, model: str, encoder: Callable[[], TextEncoder]) -> SemanticTriage:
    """The examples' vectors from the cache, else embedded (`encoder` is called only then) and kept."""
    path = cache_path(cache_dir, model)
    if path.exists():
        try:
            with np.load(path) as raw:
                red, normal = raw["red_flags"], raw["normal_course"]
            if len(red) == len(RED_FLAG_EXAMPLES) and len(normal) == len(NORMAL_COURSE_EXAMPLES):
                return SemanticTriage(red, normal)
        except (OSError, ValueError, KeyError) as err:
            log.warning("triage example vectors %s unreadable (%s); embedding them again", path, err)
    model_encoder = encoder()
    red = np.asarray(model_encoder.embed(list(RED_FLAG_EXAMPLES)), dtype=np.float32)
    normal = np.asarray(model_encoder.embed(list(NORMAL_COURSE_EXAMPLES)), dtype=np.float32)
    buffer = io.BytesIO()
    np.savez(buffer, red_flags=red, normal_course=normal)
    write_atomically(path, buffer.getvalue())
    return SemanticTriage(red, normal)
