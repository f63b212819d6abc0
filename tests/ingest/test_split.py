import pytest

from ingest.clean import clean_document
from ingest.documents import CleanDocument
from ingest.load import load_file
from ingest.split import chunk_document, split_sentences
from tests.conftest import CORPUS


def clean(name: str) -> CleanDocument:
    return clean_document(load_file(CORPUS / name))


@pytest.fixture(scope="module")
def sessions_article() -> CleanDocument:
    return clean("how-many-sessions.md")


def test_days_3_to_5_section_becomes_one_chunk_under_its_heading_path(sessions_article: CleanDocument) -> None:
    chunks = [c for c in chunk_document(sessions_article, 500) if c.heading_path[-1:] == ("Days 3-5",)]
    assert len(chunks) == 1
    chunk = chunks[0]
    assert chunk.heading_path == ("What to Expect After Treatment", "Days 3-5")
    assert chunk.text.startswith("Now your skin will start to shed and renew.")
    assert chunk.text.endswith("Don’t try to scrub or exfoliate your skin. Let it renew naturally.")
    assert "- Slight peeling around the nose and/or mouth" in chunk.text
    assert sessions_article.text[chunk.start:chunk.end] == chunk.text


def test_every_chunk_is_the_cleaned_document_at_its_offsets() -> None:
    for path in sorted(CORPUS.glob("*.md")):
        doc = clean(path.name)
        for chunk in chunk_document(doc, 500):
            assert doc.text[chunk.start:chunk.end] == chunk.text
            for span in chunk.sentences:
                assert chunk.start <= span.start < span.end <= chunk.end


def test_a_lead_in_ending_in_a_colon_stays_with_its_list(sessions_article: CleanDocument) -> None:
    chunk = next(c for c in chunk_document(sessions_article, 500) if "the most common ones include:" in c.text)
    assert chunk.text.endswith("- Avoid direct sun exposure and tanning")


def test_chunks_stay_within_the_size_limit_unless_a_list_is_held_together(sessions_article: CleanDocument) -> None:
    for chunk in chunk_document(sessions_article, 300):
        if len(chunk.text) > 300:
            assert len(chunk.sentences) == 1 or ":\n" in chunk.text


def test_sentences_do_not_break_after_abbreviations() -> None:
    doc = clean("results-timeline.md")
    start = doc.text.index("Healing speed and outcome")
    end = doc.text.index("\n", start)
    sentences = [doc.text[s.start:s.end] for s in split_sentences(doc.text, start, end)]
    assert sentences[0] == (
        "Healing speed and outcome depend on factors like needle depth (0.5mm vs. 1.5mm), "
        "skin type, age, and aftercare consistency."
    )


def test_chunk_ids_are_the_same_on_every_run(sessions_article: CleanDocument) -> None:
    first = [c.chunk_id for c in chunk_document(sessions_article, 500)]
    second = [c.chunk_id for c in chunk_document(clean("how-many-sessions.md"), 500)]
    assert first == second
    assert len(set(first)) == len(first)
    assert all(cid.startswith("how-many-sessions-") for cid in first)


def test_text_before_the_first_heading_has_an_empty_section_path(sessions_article: CleanDocument) -> None:
    first = chunk_document(sessions_article, 500)[0]
    assert first.heading_path == ()
    assert first.text.startswith("It’s natural to feel both excited")


def test_faq_answer_carries_its_question_as_heading() -> None:
    doc = clean("how-many-sessions.md")
    chunk = next(c for c in chunk_document(doc, 500) if c.text.startswith("Avoid using makeup, sweating"))
    assert chunk.heading_path == ("FAQs", "What should I avoid after microneedling?")
    assert "What should I avoid after microneedling?" in chunk.embedding_text()
