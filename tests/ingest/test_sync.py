from pathlib import Path

import pytest

from aftercare.settings import Settings
from ingest.embed import Embedder
from ingest.pipeline import run_ingest
from ingest.store import open_client, open_live_collections, read_manifest
from tests.conftest import make_settings
from tests.utils.files import write_article


def ids_by_doc(settings: Settings) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for col in open_live_collections(open_client(settings), settings)[1]:
        got = col.get(include=["metadatas"])
        for cid, meta in zip(got["ids"], got["metadatas"]):
            out.setdefault(meta["doc_id"], set()).add(cid)
    return out


@pytest.fixture()
def small_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_article(corpus, "sun.md", "Sun Care", {"After Treatment": "Wear sunscreen daily.", "Hats": "A hat helps."})
    write_article(corpus, "gym.md", "Exercise", {"Sweating": "Avoid the gym for two days."})
    return corpus


def test_an_edited_document_has_its_old_chunks_replaced(small_corpus: Path, tmp_path: Path, embedder: Embedder) -> None:
    settings = make_settings(small_corpus, tmp_path / "index")
    run_ingest(settings, show_progress=False, embedder=embedder)
    before = ids_by_doc(settings)
    write_article(small_corpus, "sun.md", "Sun Care", {"After Treatment": "Wear SPF 50 daily.", "Hats": "A hat helps."})
    report = run_ingest(settings, show_progress=False, embedder=embedder)
    after = ids_by_doc(settings)
    assert after["gym"] == before["gym"]
    assert report.chunk_stats.added == 1 and report.chunk_stats.removed == 1
    chunks, _, _ = open_live_collections(open_client(settings), settings)[1]
    texts = chunks.get(where={"doc_id": "sun"}, include=["documents"])["documents"]
    assert sorted(texts) == ["A hat helps.", "Wear SPF 50 daily."]


def test_a_deleted_document_has_all_its_chunks_removed(small_corpus: Path, tmp_path: Path, embedder: Embedder) -> None:
    settings = make_settings(small_corpus, tmp_path / "index")
    run_ingest(settings, show_progress=False, embedder=embedder)
    (small_corpus / "gym.md").unlink()
    report = run_ingest(settings, show_progress=False, embedder=embedder)
    assert set(ids_by_doc(settings)) == {"sun"}
    assert report.manifest.documents == 1 and report.embedded == 0


def test_an_unchanged_corpus_ingested_without_an_export_gets_one_recorded_in_its_manifest(
        small_corpus: Path, tmp_path: Path, embedder: Embedder, corpus_index) -> None:
    without = make_settings(small_corpus, tmp_path / "index", query_backend="torch")
    assert run_ingest(without, show_progress=False, embedder=embedder).manifest.onnx_export is None
    report = run_ingest(without.model_copy(update={"query_backend": "onnx"}), show_progress=False, embedder=embedder)
    chunks = open_live_collections(open_client(without), without)[1].chunks
    assert report.embedded == 0
    assert read_manifest(chunks).onnx_export == corpus_index.report.manifest.onnx_export
