"""Splitting a cleaned document into sections (heading path kept), sentences, and section-bounded chunks.

Chunk size: at most `max_chars` (default 500) characters of body text. all-MiniLM-L6-v2 was trained on
inputs of up to 128 word pieces and truncates at 256; 500 characters of English is about 110-130 pieces,
so a chunk plus its headings is embedded whole, and a chunk still holds a short section or a lead-in
with its list. Chunks never cross a section boundary, so every chunk answers to one heading.
"""

from __future__ import annotations

import re
from collections import Counter

from ingest.documents import Chunk, CleanDocument, Section, Span, sha256_hex

_HEADING_LINE = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$", re.MULTILINE)
_LIST_ITEM = re.compile(r"^(?:- |\d+[.)] )")
_SENTENCE_END = re.compile(r"[.!?][\"”’)\]]*\s+")
_NEXT_STARTS_SENTENCE = re.compile(r"[\"“‘(\[]?[A-Z0-9]")
_ABBREVIATIONS = ("e.g.", "i.e.", "vs.", "etc.", "dr.", "mr.", "mrs.", "ms.", "approx.", "no.", "st.")


def split_sections(doc: CleanDocument) -> list[Section]:
    """Each heading opens a section that runs to the next heading; text before the first heading has no path."""
    sections: list[Section] = []
    stack: list[tuple[int, str]] = []
    cursor = 0
    path: tuple[str, ...] = ()
    for match in _HEADING_LINE.finditer(doc.text):
        _add_section(sections, path, cursor, match.start(), doc.text)
        level, heading = len(match.group(1)), match.group(2)
        stack = [(lvl, h) for lvl, h in stack if lvl < level]
        if not (level == 1 and heading == doc.title):
            stack.append((level, heading))
        path = tuple(h for _, h in stack)
        cursor = match.end()
    _add_section(sections, path, cursor, len(doc.text), doc.text)
    return sections


def split_sentences(text: str, start: int, end: int) -> list[Span]:
    """Sentences of text[start:end]; a list item or a line is never joined to the next one."""
    spans: list[Span] = []
    line_start = start
    for line in text[start:end].split("\n"):
        line_end = line_start + len(line)
        spans.extend(_sentences_in_line(text, line_start, line_end))
        line_start = line_end + 1
    return spans


def chunk_document(doc: CleanDocument, max_chars: int) -> list[Chunk]:
    chunks: list[Chunk] = []
    seen: Counter[str] = Counter()
    for section in split_sections(doc):
        for group in _pack(doc.text, split_sentences(doc.text, section.start, section.end), max_chars):
            start, end = group[0].start, group[-1].end
            text = doc.text[start:end]
            base = sha256_hex(f"{doc.doc_id}\x00{' > '.join(section.heading_path)}\x00{text}")[:24]
            seen[base] += 1
            chunk_id = f"{doc.doc_id}-{base}" + (f"-{seen[base]}" if seen[base] > 1 else "")
            chunks.append(
                Chunk(
                    chunk_id=chunk_id,
                    doc_id=doc.doc_id,
                    title=doc.title,
                    heading_path=section.heading_path,
                    text=text,
                    start=start,
                    end=end,
                    sentences=tuple(group),
                )
            )
    return chunks


def _add_section(sections: list[Section], path: tuple[str, ...], start: int, end: int, text: str) -> None:
    body = text[start:end]
    if body.strip():
        lead = len(body) - len(body.lstrip())
        trail = len(body) - len(body.rstrip())
        sections.append(Section(heading_path=path, start=start + lead, end=end - trail))


def _sentences_in_line(text: str, start: int, end: int) -> list[Span]:
    line = text[start:end]
    if not line.strip():
        return []
    if _LIST_ITEM.match(line.strip()):
        return [_trimmed(text, start, end)]
    spans: list[Span] = []
    cursor = 0
    for match in _SENTENCE_END.finditer(line):
        rest = line[match.end():]
        word = line[:match.start() + 1].rsplit(None, 1)[-1].lower()
        if not rest or not _NEXT_STARTS_SENTENCE.match(rest) or word.endswith(_ABBREVIATIONS):
            continue
        spans.append(_trimmed(text, start + cursor, start + match.end()))
        cursor = match.end()
    spans.append(_trimmed(text, start + cursor, end))
    return [s for s in spans if s.end > s.start]


def _trimmed(text: str, start: int, end: int) -> Span:
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    trail = len(piece) - len(piece.rstrip())
    return Span(start + lead, end - trail)


def _pack(text: str, sentences: list[Span], max_chars: int) -> list[list[Span]]:
    """Greedy packing that never cuts a lead-in ("...include:") from its list, unless the list is huge."""
    groups: list[list[Span]] = []
    current: list[Span] = []
    for span in sentences:
        if current:
            size = span.end - current[0].start
            last = text[current[-1].start:current[-1].end]
            keeps_list = last.endswith(":") or (
                _LIST_ITEM.match(text[span.start:span.end]) is not None
                and _LIST_ITEM.match(last) is not None
                and any(text[s.start:s.end].endswith(":") for s in current)
            )
            if size > max_chars and not (keeps_list and size <= 2 * max_chars):
                groups.append(current)
                current = []
        current.append(span)
    if current:
        groups.append(current)
    return groups
