from pathlib import Path

import pytest

from aftercare.errors import AftercareError
from ingest.clean import clean_document, clean_text
from ingest.documents import SourceDocument
from ingest.load import load_file

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
BOILERPLATE = ("Diaminy Aesthetics", "Premium Microcannula", "Premium Facial Lifting Threads",
               "Premium Multi Injector Needles", "Book a Consultation", "At 32 Med Spa", "Diaminy’s Microneedling Pen")


def source(text: str, name: str = "sheet.md") -> SourceDocument:
    return SourceDocument(doc_id="sheet", title="Sheet", text=text, path=Path(name))


def test_shop_menu_lines_are_dropped() -> None:
    text = clean_text("Keep this line.\n\nDiaminy Aesthetics\nPremium Microcannula\n")
    assert text == "Keep this line.\n"


def test_a_promotion_heading_is_dropped_with_its_section() -> None:
    text = clean_text("## Care\n\nUse sunscreen.\n\n## Refresh Your Skin: Book a Consultation Today\n\nCall us.\n\n## Next\n\nRest.")
    assert "Call us" not in text and "Book a Consultation" not in text
    assert "Use sunscreen." in text and "## Next\n\nRest." in text


def test_bullets_and_spaces_are_normalised() -> None:
    assert clean_text("  •  Redness\n● Mild   swelling\u00a0today") == "- Redness\n- Mild swelling today\n"


@pytest.mark.skipif(not SEEDS.exists(), reason="the raw seed articles live beside the repository")
@pytest.mark.parametrize("seed", ["000_42e80a8fe2b4514a.txt", "003_b79485588649267a.txt", "004_0fb743432a5ac36e.txt"])
def test_a_raw_seed_article_loses_its_boilerplate_at_ingest(seed: str) -> None:
    raw = (SEEDS / seed).read_text(encoding="utf-8")
    assert any(b in raw for b in BOILERPLATE)
    cleaned = clean_document(load_file(SEEDS / seed)).text
    assert not [b for b in BOILERPLATE if b in cleaned]


def test_an_empty_document_is_refused_with_its_path() -> None:
    with pytest.raises(AftercareError, match=r"sheet.md is empty"):
        clean_document(source("   \n\n"))


def test_a_document_of_only_boilerplate_is_refused() -> None:
    with pytest.raises(AftercareError, match=r"no article text left after cleaning"):
        clean_document(source("# Sheet\n\nDiaminy Aesthetics\nPremium Microcannula\n"))
