"""Reading a clinic's files (.md, .txt, .html, .pdf) into SourceDocuments with their headings recovered."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from bs4 import BeautifulSoup
from pypdf import PdfReader
from pypdf.errors import PdfReadError

from aftercare.errors import AftercareError
from ingest.documents import SourceDocument

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm", ".pdf")
_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)
_MD_H1 = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.MULTILINE)
_BULLET = re.compile(r"^\s*(?:[-*•●▪◦]|\d+[.)])\s+")
_TERMINAL = (".", ",", ";", "!", ":")


class UnreadableFile(AftercareError):
    """A file that cannot be read as text; ingestion skips it and names it."""


@dataclass(frozen=True)
class LoadResult:
    documents: list[SourceDocument]
    skipped: list[tuple[Path, str]]


def load_corpus(corpus_dir: Path) -> LoadResult:
    """Load every supported file below corpus_dir; unreadable ones are skipped and reported, not fatal."""
    if not corpus_dir.exists():
        raise AftercareError(
            f"Corpus folder {corpus_dir} does not exist: pass --corpus DIR or set AFTERCARE_CORPUS_DIR."
        )
    if not corpus_dir.is_dir():
        raise AftercareError(f"Corpus path {corpus_dir} is not a folder: pass a folder of guide articles.")
    files = sorted(
        p for p in corpus_dir.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(corpus_dir).parts)
    )
    documents: list[SourceDocument] = []
    skipped: list[tuple[Path, str]] = []
    for path in files:
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            skipped.append((path, f"not a supported type ({', '.join(SUPPORTED_SUFFIXES)})"))
            continue
        try:
            documents.append(load_file(path))
        except UnreadableFile as err:
            skipped.append((path, str(err)))
    if not documents:
        detail = f" ({len(skipped)} file(s) skipped)" if skipped else ""
        raise AftercareError(
            f"Corpus folder {corpus_dir} holds no readable guide articles{detail}: "
            f"add .md, .txt, .html or .pdf files and ingest again."
        )
    _refuse_duplicate_ids(documents)
    return LoadResult(documents=documents, skipped=skipped)


def load_file(path: Path) -> SourceDocument:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return _load_pdf(path)
    text = _read_text(path)
    if suffix in (".md", ".markdown"):
        return _load_markdown(path, text)
    if suffix in (".html", ".htm"):
        return _load_html(path, text)
    return _from_plain_text(path, text, {})


def slugify(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return slug or "document"


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise UnreadableFile(f"cannot be read: {err.strerror or err}") from err
    if b"\x00" in raw[:8192]:
        raise UnreadableFile("looks binary (contains NUL bytes), not a text article")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise UnreadableFile(f"is not UTF-8 text (byte {err.start}): save it as UTF-8") from err


def _load_markdown(path: Path, text: str) -> SourceDocument:
    meta: dict[str, str] = {}
    match = _FRONT_MATTER.match(text)
    if match:
        try:
            loaded = yaml.safe_load(match.group(1)) or {}
        except yaml.YAMLError as err:
            raise AftercareError(f"{path}: the front matter is not valid YAML ({err}); fix it and ingest again.") from err
        if not isinstance(loaded, dict):
            raise AftercareError(f"{path}: the front matter must be key: value pairs.")
        meta = {str(k): str(v) for k, v in loaded.items() if v is not None}
        text = text[match.end():]
    h1 = _MD_H1.search(text)
    title = meta.pop("title", None) or (h1.group(1) if h1 else path.stem.replace("-", " ").strip())
    doc_id = slugify(meta.pop("id", None) or path.stem)
    meta.setdefault("source", path.name)
    return SourceDocument(doc_id=doc_id, title=title.strip(), text=text, path=path, metadata=meta)


def _load_html(path: Path, text: str) -> SourceDocument:
    soup = BeautifulSoup(text, "html.parser")
    for tag in soup(["script", "style", "nav", "footer", "header", "noscript", "template", "form"]):
        tag.decompose()
    lines: list[str] = []
    root = soup.body or soup
    for el in root.find_all(["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "td", "pre", "blockquote"]):
        if el.find_parent(["p", "li", "td", "pre", "blockquote"]) is not None:
            continue
        content = " ".join(el.get_text().split())
        if not content:
            continue
        if el.name and el.name[0] == "h" and el.name[1:].isdigit():
            lines += ["", "#" * int(el.name[1:]) + " " + content, ""]
        elif el.name == "li":
            lines.append("- " + content)
        else:
            lines += ["", content, ""]
    body = "\n".join(lines)
    h1 = _MD_H1.search(body)
    title_tag = soup.title.get_text(strip=True) if soup.title else ""
    title = (h1.group(1) if h1 else "") or title_tag or path.stem
    return SourceDocument(doc_id=slugify(path.stem), title=title, text=body, path=path, metadata={"source": path.name})


def _load_pdf(path: Path) -> SourceDocument:
    try:
        reader = PdfReader(str(path))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, OSError, ValueError) as err:
        raise UnreadableFile(f"is not a readable PDF ({err})") from err
    meta_title = (reader.metadata.title if reader.metadata else None) or ""
    return _from_plain_text(path, "\n\n".join(pages), {"title": meta_title} if meta_title.strip() else {})


def _from_plain_text(path: Path, text: str, hints: dict[str, str]) -> SourceDocument:
    """Plain text marks headings only by layout: a short line without closing punctuation, before a paragraph."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    title = hints.get("title", "").strip()
    out: list[str] = []
    for pos, i in enumerate(nonblank):
        line = " ".join(lines[i].split())
        nxt = lines[nonblank[pos + 1]] if pos + 1 < len(nonblank) else ""
        if not title and pos == 0 and _looks_like_heading(line, nxt or "x"):
            title = line
            out += [f"# {line}", ""]
            continue
        if _looks_like_heading(line, nxt):
            out += ["", f"## {line}", ""]
        elif _BULLET.match(lines[i]):
            out.append(line)
        else:
            out += ["", line, ""]
    return SourceDocument(
        doc_id=slugify(path.stem),
        title=title or path.stem.replace("_", " ").replace("-", " "),
        text="\n".join(out),
        path=path,
        metadata={"source": path.name},
    )


def _looks_like_heading(line: str, following: str) -> bool:
    if not following.strip() or _BULLET.match(line):
        return False
    words = line.split()
    return (
        0 < len(words) <= 14
        and len(line) <= 100
        and not line.endswith(_TERMINAL)
        and (line[0].isupper() or line[0].isdigit())
    )


def _refuse_duplicate_ids(documents: list[SourceDocument]) -> None:
    seen: dict[str, Path] = {}
    for doc in documents:
        if doc.doc_id in seen:
            raise AftercareError(
                f"Two files share the document id '{doc.doc_id}': {seen[doc.doc_id]} and {doc.path}. "
                f"Rename one of them or give it a different `id:` in its front matter."
            )
        seen[doc.doc_id] = doc.path
