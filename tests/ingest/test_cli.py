"""The `aftercare ingest` command on bad input: a clear message, a non-zero exit, and nothing half-written."""

from pathlib import Path

from typer.testing import CliRunner

from aftercare.cli import EXIT_ERROR, EXIT_SKIPPED_FILES, app
from tests.utils.files import write_article

runner = CliRunner()


def ingest(corpus: Path, index: Path, **env: str):
    return runner.invoke(app, ["ingest", "-q", "--corpus", str(corpus), "--index", str(index)],
                         env={"AFTERCARE_CHROMA_HOST": "", **env})


def test_a_missing_corpus_folder_is_named_and_fails(tmp_path: Path) -> None:
    result = ingest(tmp_path / "nowhere", tmp_path / "index")
    assert result.exit_code == EXIT_ERROR
    assert f"Corpus folder {tmp_path / 'nowhere'} does not exist" in result.output
    assert not (tmp_path / "index").exists()


def test_an_empty_corpus_folder_fails(tmp_path: Path) -> None:
    (tmp_path / "corpus").mkdir()
    result = ingest(tmp_path / "corpus", tmp_path / "index")
    assert result.exit_code == EXIT_ERROR
    assert "holds no readable guide articles" in result.output


def test_an_empty_document_fails_and_leaves_no_index(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_article(corpus, "sun.md", "Sun Care", {"After": "Wear sunscreen daily."})
    (corpus / "blank.txt").write_text("\n  \n", encoding="utf-8")
    result = ingest(corpus, tmp_path / "index")
    assert result.exit_code == EXIT_ERROR
    assert "blank.txt is empty" in result.output
    assert not (tmp_path / "index").exists()


def test_a_document_with_no_text_after_cleaning_fails(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "shop.md").write_text("# Shop\n\nDiaminy Aesthetics\nPremium Microcannula\n", encoding="utf-8")
    result = ingest(corpus, tmp_path / "index")
    assert result.exit_code == EXIT_ERROR
    assert "shop.md has no article text left after cleaning" in result.output


def test_a_model_that_cannot_be_found_fails_before_the_index_is_touched(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_article(corpus, "sun.md", "Sun Care", {"After": "Wear sunscreen daily."})
    result = ingest(corpus, tmp_path / "index", AFTERCARE_EMBEDDING_MODEL=str(tmp_path / "no-model"))
    assert result.exit_code == EXIT_ERROR
    assert "was not found" in result.output and "AFTERCARE_EMBEDDING_MODEL" in result.output
    assert not (tmp_path / "index").exists()


def test_an_invalid_setting_is_named(tmp_path: Path) -> None:
    result = ingest(tmp_path, tmp_path / "index", AFTERCARE_CHUNK_MAX_CHARS="5")
    assert result.exit_code == 2
    assert "chunk_max_chars must be between 100 and 2000" in result.output


def test_unreadable_files_are_skipped_by_name_and_the_rest_ingested(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_article(corpus, "sun.md", "Sun Care", {"After": "Wear sunscreen daily."})
    bad = {"scan.pdf": b"%PDF-1.4 garbage", "photo.txt": b"\x89PNG\r\n\x1a\n\x00\x00", "latin1.md": "Crème".encode("latin-1")}
    for name, data in bad.items():
        (corpus / name).write_bytes(data)
    result = ingest(corpus, tmp_path / "index")
    assert result.exit_code == EXIT_SKIPPED_FILES, result.output
    for name in bad:
        assert f"warning: skipped {corpus / name}" in result.output
    assert "Ingested 1 documents" in result.output
