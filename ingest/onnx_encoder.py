"""Embeddings without PyTorch: the `tokenizers` tokenizer, the ONNX export of the transformer, NumPy pooling.

This is what the answer path runs (`aftercare serve`, `aftercare ask`): importing it loads neither torch nor
sentence-transformers, so a worker starts in about a second and holds a fraction of the memory. The export is
made and checked against PyTorch at ingest (`ingest/onnx_export.py`); here it is only verified by its hash.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from tokenizers import Tokenizer

ONNX_INPUTS = ("input_ids", "attention_mask", "token_type_ids")
# Rows per ONNX Runtime call when embedding many texts (word lists on a cache miss): bounds the memory of one call.
MAX_ROWS_PER_CALL = 256


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def max_seq_length(model_path: Path) -> int:
    """The length sentence-transformers truncates at (sentence_bert_config.json), not the tokenizer file's own."""
    config = model_path / "sentence_bert_config.json"
    try:
        return int(json.loads(config.read_text(encoding="utf-8"))["max_seq_length"])
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise ValueError(f"Cannot read max_seq_length from {config} ({err}).") from err


def load_tokenizer(model_path: Path) -> Tokenizer:
    """The model's fast tokenizer, truncating where sentence-transformers does and never padding.

    tokenizer.json carries its own truncation (128) and fixed padding, which sentence-transformers overrides;
    the same ids as the Hugging Face tokenizer come out only with both reset (tests/ingest/test_onnx.py).
    """
    path = model_path / "tokenizer.json"
    if not path.is_file():
        raise ValueError(f"The model folder {model_path} has no tokenizer.json.")
    try:
        tokenizer = Tokenizer.from_file(str(path))
    except Exception as err:  # noqa: BLE001 - tokenizers raises a plain Exception for a file it cannot parse
        raise ValueError(f"Cannot read the tokenizer {path} ({err}).") from err
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length=max_seq_length(model_path))
    return tokenizer


class OnnxEncoder:
    """Mean-pooled, normalised embeddings, the same as sentence-transformers gives (cosine > 0.9999)."""

    def __init__(self, onnx_file: Path, model_path: Path, name: str, threads: int | None = None) -> None:
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or min(2, os.cpu_count() or 1)
        options.inter_op_num_threads = 1
        # Idle threads sleep rather than spin: a served question runs the model once, and spinning threads took the
        # cores from the other workers and request threads (one worker, one client at a time: 20 → 13 ms of CPU a
        # request at about the same speed).
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self._session = ort.InferenceSession(str(onnx_file), options, providers=["CPUExecutionProvider"])
        self._tokenizer = load_tokenizer(model_path)
        self.name = name
        self.dimension = int(self._session.get_outputs()[0].shape[-1])

    def token_ids(self, texts: Sequence[str]) -> list[list[int]]:
        return [encoding.ids for encoding in self._tokenizer.encode_batch(list(texts))]

    def embed_one(self, text: str) -> np.ndarray:
        return self.embed_questions([text])[0]

    def embed_questions(self, texts: Sequence[str]) -> np.ndarray:
        """Texts of the same token length run together, so nothing is padded.

        On CPU, ONNX Runtime's cost per question hardly falls with batch size, while padding a batch to its
        longest question cost about 40% more per question than one at a time (measured at 32 questions).
        """
        token_ids = self.token_ids(texts)
        if not token_ids:
            raise ValueError("embed_questions() needs at least one text")
        rows_by_length: dict[int, list[int]] = {}
        for row, ids in enumerate(token_ids):
            rows_by_length.setdefault(len(ids), []).append(row)
        out = np.empty((len(token_ids), self.dimension), dtype=np.float32)
        for rows in rows_by_length.values():
            for start in range(0, len(rows), MAX_ROWS_PER_CALL):
                part = rows[start:start + MAX_ROWS_PER_CALL]
                input_ids = np.asarray([token_ids[r] for r in part], dtype=np.int64)
                feeds = {"input_ids": input_ids, "attention_mask": np.ones_like(input_ids),
                         "token_type_ids": np.zeros_like(input_ids)}
                pooled = self._session.run(None, feeds)[0].mean(axis=1)  # no padding: the mean is the masked mean
                out[part] = pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return out

    def embed(self, texts: Sequence[str], on_batch: Callable[[int], None] | None = None) -> np.ndarray:
        """Any number of texts (word lists, examples), in slices so a progress bar can follow."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        out = np.empty((len(texts), self.dimension), dtype=np.float32)
        step = MAX_ROWS_PER_CALL * 8
        for start in range(0, len(texts), step):
            out[start:start + step] = self.embed_questions(texts[start:start + step])
            if on_batch:
                on_batch(len(texts[start:start + step]))
        return out
