from pathlib import Path

from ingest.clean import clean_document
from ingest.load import load_corpus, load_file
from ingest.split import split_sections
from tests.conftest import CORPUS
from tests.utils.files import write_pdf


def headings(path: Path) -> list[tuple[str, ...]]:
    return [s.heading_path for s in split_sections(clean_document(load_file(path)))]


def test_markdown_front_matter_gives_id_title_publisher_and_source() -> None:
    doc = load_file(CORPUS / "results-and-maintenance.md")
    assert doc.doc_id == "results-and-maintenance"
    assert doc.title.startswith("Microneedling Aftercare and Results")
    assert doc.metadata == {"publisher": "32 Med Spa", "source": "004_0fb743432a5ac36e.txt"}


def test_the_corpus_holds_the_five_articles() -> None:
    ids = sorted(d.doc_id for d in load_corpus(CORPUS).documents)
    assert ids == ["how-long-results-last", "how-many-sessions", "results-and-maintenance",
                   "results-how-long-until-changes", "results-timeline"]


def test_html_headings_become_sections(tmp_path: Path) -> None:
    page = tmp_path / "clinic-sheet.html"
    page.write_text(
        "<html><head><title>Tab title</title><style>p{}</style></head><body>"
        "<nav>Home | Book</nav><h1>After Your Peel</h1><p>Rest tonight.</p>"
        "<h2>Day 1</h2><p>Keep skin <b>clean</b>.</p><ul><li>No makeup</li><li>No gym</li></ul>"
        "<h2>Day 2</h2><p>Moisturise.</p><script>alert(1)</script></body></html>",
        encoding="utf-8",
    )
    doc = clean_document(load_file(page))
    assert doc.title == "After Your Peel"
    assert headings(page) == [(), ("Day 1",), ("Day 2",)]
    assert "Keep skin clean." in doc.text and "- No makeup" in doc.text
    assert "alert" not in doc.text and "Home | Book" not in doc.text


def test_plain_text_heading_lines_become_sections(tmp_path: Path) -> None:
    sheet = tmp_path / "night-care.txt"
    sheet.write_text(
        "Night Care After Microneedling\n\nSleep on a clean pillowcase.\n\n"
        "First Night\nUse only a simple moisturiser.\n\nThe Morning After\nRinse with lukewarm water.\n",
        encoding="utf-8",
    )
    doc = clean_document(load_file(sheet))
    assert doc.title == "Night Care After Microneedling"
    assert headings(sheet) == [(), ("First Night",), ("The Morning After",)]


def test_pdf_text_and_title_are_recovered(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "sun-sheet.pdf", "Sun Care Sheet",
                    ["Sun After Treatment", "Wear sunscreen every day for two weeks.", "Hats", "A wide hat helps."])
    doc = clean_document(load_file(pdf))
    assert doc.title == "Sun Care Sheet"
    assert "Wear sunscreen every day for two weeks." in doc.text
    assert ("Sun After Treatment",) in headings(pdf)
