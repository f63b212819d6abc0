"""Normalising article text and stripping shop boilerplate, so offsets and the index see only aftercare content.

The boilerplate rule: a line that is exactly a shop-menu entry (BOILERPLATE_LINES) is dropped, and a heading
that announces a promotion (PROMO_HEADINGS) is dropped together with its section. Both lists hold the
patterns found in the clinic's guide articles; extend them when a clinic's own sheets carry others.
"""

from __future__ import annotations

import re
import unicodedata

from aftercare.errors import AftercareError
from ingest.documents import CleanDocument, SourceDocument

BOILERPLATE_LINES: tuple[re.Pattern[str], ...] = (
    re.compile(r"^Diaminy Aesthetics$", re.IGNORECASE),
    re.compile(r"^Premium (Facial Lifting Threads|Microcannula|Multi Injector Needles)$", re.IGNORECASE),
)
PROMO_HEADINGS: tuple[re.Pattern[str], ...] = (
    re.compile(r"book a consultation", re.IGNORECASE),
    re.compile(r"^Small Steps Add Up to Big Results$", re.IGNORECASE),
)
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^[ \t]*[*•●▪◦–][ \t]+")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


def clean_document(doc: SourceDocument) -> CleanDocument:
    if not doc.text.strip():
        raise AftercareError(f"{doc.path} is empty: add the article's text or remove the file, then ingest again.")
    text = clean_text(doc.text)
    body_without_headings = "".join(
        line for line in text.splitlines(keepends=True) if not _HEADING.match(line)
    )
    if not body_without_headings.strip():
        raise AftercareError(
            f"{doc.path} has no article text left after cleaning (only headings or boilerplate): "
            f"add its text or remove the file, then ingest again."
        )
    title = " ".join(doc.title.split())
    return CleanDocument(doc_id=doc.doc_id, title=title, text=text, path=doc.path, metadata=dict(doc.metadata))


def clean_text(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch)[0] != "C")
    lines: list[str] = []
    dropping_level: int | None = None
    for raw in text.split("\n"):
        line = _SPACES.sub(" ", _BULLET.sub("- ", raw)).strip()
        heading = _HEADING.match(line)
        if heading:
            level = len(heading.group(1))
            if dropping_level is not None and level <= dropping_level:
                dropping_level = None
            if any(p.search(heading.group(2)) for p in PROMO_HEADINGS):
                dropping_level = level
                continue
        if dropping_level is not None:
            continue
        content = heading.group(2) if heading else line
        if any(p.match(content) for p in BOILERPLATE_LINES):
            continue
        lines.append(line)
    joined = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", joined).strip() + "\n"
