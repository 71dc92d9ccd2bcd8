"""Reading a document file into clean text.

Bad input is the norm on the web, so every failure becomes a
:class:`kg.errors.DocumentError` naming the file, never a traceback.  HTML goes
through BeautifulSoup (lxml parser, tolerant of broken markup), Markdown through
markdown-it, unknown encodings through charset-normalizer.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from kg.errors import DocumentError
from kg.extract.reflow import unwrap

__all__ = [
    "SourceText",
    "MAX_BYTES",
    "SUFFIXES",
    "load_document",
    "text_from_bytes",
    "html_to_text",
    "markdown_to_text",
    "iter_document_paths",
]

#: Largest file we read; press releases are a few KB, a 10 MB "document" is a mistake.
MAX_BYTES = 10 * 1024 * 1024
SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
            ".html": "html", ".htm": "html", ".xhtml": "html"}

_BLOCK_TAGS = ["p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
               "section", "article", "header", "footer", "blockquote", "pre", "dd", "dt", "table",
               "ul", "ol", "nav", "aside", "main", "figure", "figcaption", "caption", "hr"]
#: Cells stay on their row's line but apart from each other: "1 | Los Angeles, Calif."
_CELL_TAGS = ["td", "th"]
_SOURCE_BREAK = re.compile(r"\s*\n\s*")
_DROP_TAGS = ["script", "style", "noscript", "template", "svg", "head", "iframe", "form"]


@dataclass(frozen=True)
class SourceText:
    """A document as extraction sees it."""

    id: str  # the file stem: the key the scorer pairs records on
    path: str
    text: str  # clean text, the string evidence offsets point into
    content_hash: str  # sha256 of the raw bytes
    kind: str  # "text", "markdown" or "html"


def iter_document_paths(paths: list[Path] | list[str]) -> list[Path]:
    """Expand files and folders (recursively) into the document files to read, sorted."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() in SUFFIXES))
        else:
            out.append(p)
    return out


def load_document(path: str | Path, *, max_bytes: int = MAX_BYTES) -> SourceText:
    """Read one file into a :class:`SourceText` or raise a one-line DocumentError."""
    p = Path(path)
    where = str(p)
    if not p.exists():
        raise DocumentError("E106", where)
    kind = SUFFIXES.get(p.suffix.lower())
    if kind is None:
        raise DocumentError("E107", where, detail=repr(p.suffix or "(none)"))
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise DocumentError("E103", where, detail=f"{size:,} bytes", limit=f"{max_bytes:,} bytes")
        raw = p.read_bytes()
    except OSError as exc:
        raise DocumentError("E100", where, detail=exc.strerror or str(exc)) from None
    text = text_from_bytes(raw, kind, where)
    return SourceText(id=p.stem, path=where, text=text,
                      content_hash=hashlib.sha256(raw).hexdigest(), kind=kind)


def text_from_bytes(raw: bytes, kind: str, where: str = "<bytes>") -> str:
    """Decode and clean raw bytes of the given kind ("text", "markdown", "html")."""
    if not raw.strip():
        raise DocumentError("E101", where)
    if b"\x00" in raw[:8192] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError("E102", where)
    decoded = _decode(raw, where)
    if _looks_binary(decoded):
        raise DocumentError("E102", where)
    if kind == "html" or (kind == "text" and _looks_like_html(decoded)):
        text = html_to_text(decoded)
        if not text.strip():
            raise DocumentError("E105", where)
    elif kind == "markdown":
        text = markdown_to_text(decoded)
    else:
        text = unwrap(decoded)
    text = _normalise(text)
    if not text.strip():
        raise DocumentError("E101", where)
    return text


def _decode(raw: bytes, where: str) -> str:
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if raw.startswith(bom):
            try:
                return raw.decode(enc)
            except UnicodeDecodeError as exc:
                raise DocumentError("E104", where, detail=str(exc)) from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise DocumentError("E104", where, detail="no known encoding fits")
    return str(best)


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return False
    control = sum(1 for c in sample if (ord(c) < 32 and c not in "\t\n\r\f\v") or c == "\ufffd")
    return control / len(sample) > 0.05


def _looks_like_html(text: str) -> bool:
    head = text[:2048].lower()
    return "<html" in head or "<!doctype html" in head or "<body" in head


def html_to_text(html: str, *, join_source_lines: bool = True) -> str:
    """Visible text of an HTML page, one block per line.

    A line break in a page's source is a space in the browser, so it is one
    here too (except in ``<pre>``); rendered Markdown keeps its soft breaks,
    which writers use for bylines and addresses.
    """
    from bs4 import BeautifulSoup, NavigableString

    soup = BeautifulSoup(html, "lxml")
    for tag in soup(_DROP_TAGS):
        tag.decompose()
    for node in soup.find_all(string=_SOURCE_BREAK) if join_source_lines else ():
        if type(node) is NavigableString and node.find_parent(["pre", "textarea"]) is None:
            node.replace_with(_SOURCE_BREAK.sub(" ", node))
    for tag in soup.find_all(_BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    for row in soup.find_all("tr"):
        for i, cell in enumerate(row.find_all(_CELL_TAGS, recursive=False)):
            if i:
                cell.insert_before(" | ")
    return soup.get_text()


def markdown_to_text(md: str) -> str:
    """Markdown rendered to HTML by markdown-it, then to text."""
    from markdown_it import MarkdownIt

    return html_to_text(MarkdownIt("commonmark").render(unwrap(md)), join_source_lines=False)


_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")
_BLANKS = re.compile(r"\n\s*\n\s*(\n\s*)+")


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(c for c in text if (c in "\n\t" or ord(c) >= 32) and c not in "\ufeff\u200b")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip() + "\n"
