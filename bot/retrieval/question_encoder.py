"""Which encoder the answer path embeds questions with: the model's ONNX export that the index's manifest names,
opened with ONNX Runtime (no PyTorch), or PyTorch when the export is missing, damaged or not wanted.

The export is made and checked against PyTorch at ingest; here it is only found and its hash compared with the
manifest's, so a worker starts in about a second and holds no torch. A service that finds no valid export says so,
says what to run, and answers with PyTorch meanwhile (slower to start, same answers).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Literal

from aftercare.errors import AftercareError
from aftercare.settings import Settings
from ingest.embed import TextEncoder, resolve_model_path
from ingest.store import Manifest

log = logging.getLogger("aftercare.service")
QueryBackend = Literal["onnx", "torch"]


class ExportNotValid(AftercareError):
    """The index names no ONNX export, or the file is missing or not the one the manifest records."""


@dataclass(frozen=True)
class QuestionEncoder:
    model: TextEncoder
    backend: QueryBackend


def open_question_encoder(settings: Settings, manifest: Manifest) -> QuestionEncoder:
    if settings.query_backend == "onnx":
        try:
            return QuestionEncoder(open_onnx_export(settings, manifest), "onnx")
        except ExportNotValid as err:
            log.warning("%s Answering with PyTorch meanwhile (slower to start, more memory).", err)
    return QuestionEncoder(open_torch_model(settings), "torch")


def open_onnx_export(settings: Settings, manifest: Manifest) -> TextEncoder:
    from ingest.onnx_encoder import OnnxEncoder, file_sha256

    fix = (f"run `aftercare ingest` with the same settings (AFTERCARE_ONNX_DIR={settings.onnx_dir}): it exports "
           f"and checks the model and changes nothing else for an unchanged corpus.")
    export = manifest.onnx_export
    if export is None:
        raise ExportNotValid(f"The index records no ONNX export of the model: {fix}")
    path = settings.onnx_dir / export.file
    if not path.is_file():
        raise ExportNotValid(f"The ONNX export {path} is missing: {fix}")
    if file_sha256(path) != export.sha256:
        raise ExportNotValid(f"The ONNX export {path} is not the one the index was checked with (its hash differs): {fix}")
    try:
        return OnnxEncoder(path, resolve_model_path(settings.embedding_model), settings.embedding_model,
                           settings.query_threads)
    except (OSError, RuntimeError, ValueError) as err:
        raise ExportNotValid(f"The ONNX export {path} cannot be opened ({err}): {fix}") from err


def open_torch_model(settings: Settings) -> TextEncoder:
    import torch

    from ingest.embed import Embedder

    torch.set_num_threads(settings.query_threads)
    return Embedder(settings.embedding_model)
