from pathlib import Path

import numpy as np

from bot.safety.triage import NORMAL_COURSE_EXAMPLES, RED_FLAG_EXAMPLES
from bot.safety.triage_vectors import load_or_embed_semantic_triage
from ingest.embed import Embedder


def _never_called() -> Embedder:
    raise AssertionError("the model was asked although the vectors were cached")


def test_the_triage_examples_are_embedded_once_and_read_back_without_the_model(tmp_path: Path, embedder: Embedder) -> None:
    built = load_or_embed_semantic_triage(tmp_path, "all-MiniLM-L6-v2", lambda: embedder)
    again = load_or_embed_semantic_triage(tmp_path, "all-MiniLM-L6-v2", _never_called)
    assert built.red_flags.shape == (len(RED_FLAG_EXAMPLES), embedder.dimension)
    assert again.normal_course.shape == (len(NORMAL_COURSE_EXAMPLES), embedder.dimension)
    assert np.array_equal(built.red_flags, again.red_flags) and np.array_equal(built.normal_course, again.normal_course)
