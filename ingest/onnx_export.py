"""The ONNX export of the embedding model, made and checked against PyTorch at ingest, where PyTorch is loaded anyway.

The answer path then only opens the export with ONNX Runtime (`ingest/onnx_encoder.py`) after checking its hash
against the one the manifest records, so serving never imports torch. The export is named by a fingerprint of
the model's files, and a record beside it keeps its hash and how closely it matched PyTorch; an export that is
already recorded for these model files is reused without loading the model.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import warnings
from collections.abc import Callable
from pathlib import Path

from pydantic import ValidationError

from aftercare.errors import AftercareError
from aftercare.settings import Settings
from ingest.embed import Embedder, is_mean_pooled_and_normalised, resolve_model_path
from ingest.onnx_encoder import ONNX_INPUTS, OnnxEncoder, file_sha256
from ingest.store import OnnxExport

log = logging.getLogger(__name__)

MIN_COSINE = 0.9999
# Named in the export's file, so an export of an earlier kind (the plain graph) is made again, not reused.
GRAPH = "fused"
# The fixed texts the export is checked on: short and long questions, typos, non-ASCII, a text past the
# 256-token truncation, and one the tokenizer must clean (control and zero-width characters).
CHECK_TEXTS: tuple[str, ...] = (
    "When can I wear makeup again?",
    "is flaking normal on day 4? my nose is peeling",
    "makeup?",
    "my skin is really red and swolen, is that ok after microneedling",
    "Puis-je me maquiller après le traitement ? café, crème, rougeur",
    "Ich habe Rötungen — ist das normal?\u200b\u00ad",
    "Avoid direct sun exposure for at least one week after treatment and wear a broad-spectrum sunscreen. " * 12,
)


class _ExportRecord(OnnxExport):
    model_fingerprint: str


def model_fingerprint(model_path: Path) -> str:
    """A hash of every file of the model folder: a fine-tuned model with the same config.json gets its own export."""
    digest = hashlib.sha256()
    for path in sorted(p for p in model_path.rglob("*") if p.is_file() and ".git" not in p.parts):
        digest.update(str(path.relative_to(model_path)).encode() + b"\0")
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


def ensure_export(settings: Settings, load_model: Callable[[], Embedder]) -> OnnxExport:
    """The checked export for the configured model: reused when recorded and intact, else exported and checked.

    `load_model` is called only when an export has to be made; its embeddings are the reference the export must
    match (cosine > MIN_COSINE on CHECK_TEXTS), since they are the ones the index was built with.
    """
    model_path = resolve_model_path(settings.embedding_model)
    fingerprint = model_fingerprint(model_path)
    stem = f"{model_path.name}-{fingerprint[:16]}-{GRAPH}"
    target, record_file = settings.onnx_dir / f"{stem}.onnx", settings.onnx_dir / f"{stem}.json"
    recorded = _read_record(record_file)
    if recorded and recorded.model_fingerprint == fingerprint and target.exists() and file_sha256(target) == recorded.sha256:
        return OnnxExport(file=recorded.file, sha256=recorded.sha256, min_cosine=recorded.min_cosine)
    model = load_model()
    if not is_mean_pooled_and_normalised(model.sentence_transformer):
        raise AftercareError(f"The model {settings.embedding_model} is not mean-pooled and normalised, so its ONNX export "
                             f"would not reproduce it: set AFTERCARE_QUERY_BACKEND=torch.")
    try:
        _export(model_path, target)
        agreement = min_cosine(OnnxEncoder(target, model_path, settings.embedding_model), model)
    except (OSError, RuntimeError, ValueError, ImportError) as err:
        raise AftercareError(f"Exporting the model to ONNX in {settings.onnx_dir} failed ({err}).") from err
    if agreement <= MIN_COSINE:
        target.unlink(missing_ok=True)
        raise AftercareError(f"The ONNX export differs from PyTorch (cosine {agreement:.6f} on the check texts, needs "
                             f"> {MIN_COSINE}); it was removed.")
    record = _ExportRecord(file=target.name, sha256=file_sha256(target), min_cosine=round(agreement, 7),
                           model_fingerprint=fingerprint)
    record_file.write_text(record.model_dump_json(indent=2) + "\n", encoding="utf-8")
    log.info("exported the model to %s (cosine to PyTorch %.6f)", target, agreement)
    return OnnxExport(file=record.file, sha256=record.sha256, min_cosine=record.min_cosine)


def min_cosine(encoder: OnnxEncoder, model: Embedder) -> float:
    """The lowest cosine between the export's embeddings and the sentence-transformers ones over CHECK_TEXTS."""
    texts = list(CHECK_TEXTS)
    return float(min((encoder.embed(texts) * model.embed(texts)).sum(axis=1)))


def _read_record(path: Path) -> _ExportRecord | None:
    try:
        return _ExportRecord.model_validate_json(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, ValidationError) as err:
        log.warning("ONNX export record %s unreadable (%s); exporting again", path, err)
        return None


def _export(model_path: Path, target: Path) -> None:
    """Eager attention exports a graph that matches PyTorch exactly; written beside, then renamed into place.

    The graph is then fused by ONNX Runtime's transformer optimizer (one Attention, SkipLayerNormalization and
    BiasGelu operator where the export has dozens of small ones): the same embeddings (cosine 1.0000 on 2,773 dev
    questions) in about two thirds of the time a question takes on two cores (4.96 → 3.41 ms, p50 over 400)."""
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
                LastHiddenState(), tuple(sample[k] for k in ONNX_INPUTS), tmp,
                input_names=list(ONNX_INPUTS), output_names=["last_hidden_state"],
                dynamic_axes={k: {0: "batch", 1: "tokens"} for k in (*ONNX_INPUTS, "last_hidden_state")},
                opset_version=17, dynamo=False,
            )
        _fuse(tmp, model.config.num_attention_heads, model.config.hidden_size)
        os.chmod(tmp, 0o644)  # mkstemp's 0600 would keep a service running as another user from reading it
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _fuse(path: str, num_heads: int, hidden_size: int) -> None:
    """In place; the optimizer cannot read the head count from this graph, so the model's config gives it."""
    from onnxruntime.transformers.optimizer import optimize_model

    fused = optimize_model(path, model_type="bert", num_heads=num_heads, hidden_size=hidden_size)
    log.info("fused the ONNX graph: %s", {k: v for k, v in fused.get_fused_operator_statistics().items() if v})
    fused.save_model_to_file(path)
