"""The records that cross module lines during ingestion and retrieval."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

SECTION_SEPARATOR = " > "


@dataclass(frozen=True)
class SourceDocument:
    """A file as loaded: Markdown-style text with `#` heading lines, before cleaning."""

    doc_id: str
    title: str
    text: str
    path: Path
    metadata: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class CleanDocument:
    """The cleaned text is the reference every offset points into."""

    doc_id: str
    title: str
    text: str
    path: Path
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        return sha256_hex(f"{self.doc_id}\x00{self.title}\x00{self.text}")


@dataclass(frozen=True)
class Section:
    heading_path: tuple[str, ...]
    start: int
    end: int


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Chunk:
    chunk_id: str
    doc_id: str
    title: str
    heading_path: tuple[str, ...]
    text: str
    start: int
    end: int
    sentences: tuple[Span, ...]

    @property
    def section(self) -> str:
        return SECTION_SEPARATOR.join(self.heading_path)

    def embedding_text(self) -> str:
        """Headings carry the meaning of terse passages ("Days 3-5") and of FAQ answers, so they are embedded too."""
        head = " — ".join((self.title, *self.heading_path))
        return f"{head}\n{self.text}"


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
