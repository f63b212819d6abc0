import json

from ingest.clean import clean_document
from ingest.load import load_corpus
from ingest.pipeline import run_ingest
from ingest.store import open_client, open_live_collections, read_manifest
from tests.conftest import CORPUS, IngestedIndex
from tests.ingest.test_clean import BOILERPLATE


def stored(index: IngestedIndex, what: str = "chunks") -> dict:
    collections = open_live_collections(open_client(index.settings), index.settings)[1]
    col = collections.chunks if what == "chunks" else collections.sentences
    return col.get(include=["documents", "metadatas"])


def test_no_boilerplate_reaches_the_index(corpus_index: IngestedIndex) -> None:
    texts = stored(corpus_index)["documents"] + stored(corpus_index, "sentences")["documents"]
    assert texts
    assert not [t for t in texts if any(b in t for b in BOILERPLATE)]


def test_every_chunk_carries_its_document_title_section_and_offsets(corpus_index: IngestedIndex) -> None:
    docs = {d.doc_id: clean_document(d) for d in load_corpus(CORPUS).documents}
    got = stored(corpus_index)
    assert len(got["ids"]) == corpus_index.report.manifest.chunks
    for cid, text, meta in zip(got["ids"], got["documents"], got["metadatas"]):
        doc = docs[meta["doc_id"]]
        assert cid.startswith(meta["doc_id"] + "-")
        assert meta["title"] == doc.title
        assert doc.text[meta["start"]:meta["end"]] == text
        assert all(doc.text[s:e] in text for s, e in json.loads(meta["sentences"]))


def test_a_faq_chunk_is_stored_under_its_question(corpus_index: IngestedIndex) -> None:
    got = stored(corpus_index)
    sections = [m["section"] for t, m in zip(got["documents"], got["metadatas"]) if t.startswith("Avoid using makeup, sweating")]
    assert sections == ["FAQs > What should I avoid after microneedling?"]


def test_the_manifest_records_model_dimension_chunking_hash_and_counts(corpus_index: IngestedIndex) -> None:
    chunks, _, _ = open_live_collections(open_client(corpus_index.settings), corpus_index.settings)[1]
    manifest = read_manifest(chunks)
    assert manifest is not None
    assert manifest.embedding_model == "all-MiniLM-L6-v2" and manifest.dimension == 384
    assert manifest.chunking == {"splitter": "section-sentence-v1", "max_chars": 500}
    assert manifest.documents == 5 and manifest.chunks == chunks.count()
    on_disk = json.loads((corpus_index.settings.index_dir / "manifest.json").read_text())
    assert on_disk["corpus_hash"] == manifest.corpus_hash and len(manifest.corpus_hash) == 64


def test_reingesting_an_unchanged_corpus_keeps_the_same_ids_and_embeds_nothing(corpus_index: IngestedIndex) -> None:
    before = sorted(stored(corpus_index)["ids"])
    report = run_ingest(corpus_index.settings, show_progress=False)
    assert report.embedded == 0
    assert (report.chunk_stats.added, report.chunk_stats.removed) == (0, 0)
    assert sorted(stored(corpus_index)["ids"]) == before
    assert report.manifest.corpus_hash == corpus_index.report.manifest.corpus_hash
