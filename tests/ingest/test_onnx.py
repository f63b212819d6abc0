"""The ONNX export, made and checked at ingest, and the torch-free encoder the answer path embeds with."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from aftercare.settings import Settings
from ingest.embed import Embedder, resolve_model_path
from ingest.onnx_encoder import OnnxEncoder, file_sha256, load_tokenizer
from ingest.onnx_export import ensure_export
from ingest.pipeline import prepare_documents
from evals.cases import load_cases
from tests.conftest import CORPUS, IngestedIndex


@pytest.fixture(scope="module")
def encoder(corpus_index: IngestedIndex) -> OnnxEncoder:
    export = corpus_index.report.manifest.onnx_export
    assert export is not None
    return OnnxEncoder(corpus_index.settings.onnx_dir / export.file, resolve_model_path(Settings().embedding_model),
                       Settings().embedding_model)


def test_the_tokenizers_tokenizer_gives_the_same_ids_as_the_models_own_on_questions_and_whole_articles(
        embedder: Embedder) -> None:
    model_path = resolve_model_path(embedder.name)
    texts = [c.question for c in load_cases("all")] + [d.text for d in prepare_documents(CORPUS)[0]]
    hf = embedder.sentence_transformer.tokenizer  # type: ignore[attr-defined]
    expected = hf(texts, truncation=True, max_length=embedder.sentence_transformer.max_seq_length)["input_ids"]  # type: ignore[attr-defined]
    got = [e.ids for e in load_tokenizer(model_path).encode_batch(texts)]
    assert max(len(ids) for ids in got) == 256  # whole articles are truncated where sentence-transformers truncates
    assert got == expected


def test_onnx_embeddings_of_questions_of_different_lengths_match_sentence_transformers_in_order(
        encoder: OnnxEncoder, embedder: Embedder) -> None:
    questions = ["is flaking normal on day 4?", "When can I wear makeup again?", "makeup?",
                 "it's day 4 and my nose is peeling, is that ok", "When can I wear makeup again?"]
    cosines = (encoder.embed_questions(questions) * embedder.embed(questions)).sum(axis=1)
    assert cosines.min() > 0.9999


def test_a_lone_question_gets_the_same_vector_as_in_a_batch(encoder: OnnxEncoder) -> None:
    together = encoder.embed_questions(["makeup?", "Can I hit the gym the day after?"])
    assert np.allclose(encoder.embed_one("Can I hit the gym the day after?"), together[1], atol=1e-6)


def test_the_manifest_records_the_hash_of_the_export_the_ingest_checked(corpus_index: IngestedIndex) -> None:
    export = corpus_index.report.manifest.onnx_export
    assert export is not None and export.min_cosine > 0.9999
    assert file_sha256(corpus_index.settings.onnx_dir / export.file) == export.sha256
    on_disk = json.loads((corpus_index.settings.index_dir / "manifest.json").read_text())
    assert on_disk["onnx_export"]["sha256"] == export.sha256


def test_an_export_already_checked_is_reused_without_loading_the_model(corpus_index: IngestedIndex) -> None:
    export = corpus_index.report.manifest.onnx_export
    assert export is not None
    stamp = (corpus_index.settings.onnx_dir / export.file).stat().st_mtime_ns

    def never_called() -> Embedder:
        raise AssertionError("the model was loaded although the export was there")

    assert ensure_export(corpus_index.settings, never_called) == export
    assert (corpus_index.settings.onnx_dir / export.file).stat().st_mtime_ns == stamp


def test_a_damaged_export_is_made_again_and_checked(corpus_index: IngestedIndex, embedder: Embedder,
                                                    tmp_path: Path) -> None:
    settings = corpus_index.settings.model_copy(update={"onnx_dir": tmp_path / "onnx"})
    shutil.copytree(corpus_index.settings.onnx_dir, settings.onnx_dir)
    export = corpus_index.report.manifest.onnx_export
    assert export is not None
    (settings.onnx_dir / export.file).write_bytes(b"not a model")
    again = ensure_export(settings, lambda: embedder)
    assert again == export and file_sha256(settings.onnx_dir / again.file) == export.sha256
