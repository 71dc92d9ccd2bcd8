"""Reading a document file into clean text.

Bad input is the norm on the web, so every failure becomes a
:class:`kg.errors.DocumentError` naming the file, never a traceback.  HTML goes
through BeautifulSoup (lxml parser, tolerant of broken markup), Markdown through
markdown-it, code pages through :mod:`kg.extract.decoding`.

Two limits keep time and memory bounded: a file over :data:`MAX_BYTES` is
refused before it is read (``E103``), and a document whose clean text is over
:data:`MAX_TEXT_CHARS` is refused before extraction (``E109``), because some
extractors compare each sentence with the ones before it, so their time grows
with the square of a page's length.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import DocumentError
from kg.extract.decoding import bom_encoding, decode_bytes
from kg.extract.paths import SUFFIXES, list_documents
from kg.extract.reflow import unwrap

__all__ = [
    "SourceText",
    "MAX_BYTES",
    "MAX_TEXT_CHARS",
    "SUFFIXES",
    "load_document",
    "text_from_bytes",
    "html_to_text",
    "markdown_to_text",
    "iter_document_paths",
]

#: Largest file we read; press releases are a few KB, a 10 MB "document" is a mistake.
MAX_BYTES = 10 * 1024 * 1024
#: Longest clean text we extract from: about a hundred press releases; a page this long takes seconds.
MAX_TEXT_CHARS = 200_000

_BLOCK_TAGS = ["p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
               "section", "article", "header", "footer", "blockquote", "pre", "dd", "dt", "table",
               "ul", "ol", "nav", "aside", "main", "figure", "figcaption", "caption", "hr"]
#: Cells stay on their row's line but apart from each other: "1 | Los Angeles, Calif."
_CELL_TAGS = ["td", "th"]
_SOURCE_BREAK = re.compile(r"\s*\n\s*")
_DROP_TAGS = ["script", "style", "noscript", "template", "svg", "head", "iframe", "form"]
_BLOCK_SET, _CELL_SET, _DROP_SET = set(_BLOCK_TAGS), set(_CELL_TAGS), set(_DROP_TAGS)
#: Inside these a line break in the source is a line break on screen.
_PRE_TAGS = {"pre", "textarea"}


@dataclass(frozen=True)
class SourceText:
    """A document as extraction sees it."""

    id: str  # the file stem: the key the scorer pairs records on
    path: str
    text: str  # clean text, the string evidence offsets point into
    content_hash: str  # sha256 of the raw bytes
    kind: str  # "text", "markdown" or "html"


def iter_document_paths(paths: list[Path] | list[str]) -> list[Path]:
    """Expand files and folders (recursively) into the document files to read, sorted
    (:func:`kg.extract.paths.list_documents` gives their ids and the files skipped too)."""
    return list_documents(paths).files


def load_document(path: str | Path, *, max_bytes: int = MAX_BYTES, doc_id: str | None = None) -> SourceText:
    """Read one file into a :class:`SourceText` or raise a one-line DocumentError.

    ``doc_id`` is the document's id (default: the file stem).  The file is read
    at most ``max_bytes + 1`` bytes far, so one that grows while it is read
    still costs bounded memory.
    """
    p = Path(path)
    where = str(p)
    kind = SUFFIXES.get(p.suffix.lower())
    if kind is None:
        if not p.exists():
            raise DocumentError("E106", where)
        raise DocumentError("E107", where, detail=repr(p.suffix or "(none)"))
    try:
        # non-blocking, so a named pipe is seen for what it is instead of waiting for a writer
        with os.fdopen(os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb") as fh:
            info = os.fstat(fh.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise DocumentError("E100", where, detail="not a regular file")
            if info.st_size > max_bytes:
                raise DocumentError("E103", where, detail=f"{info.st_size:,} bytes", limit=f"{max_bytes:,} bytes")
            raw = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise DocumentError("E106", where) from None
    except IsADirectoryError:
        raise DocumentError("E100", where, detail="not a regular file") from None
    except OSError as exc:
        raise DocumentError("E100", where, detail=exc.strerror or str(exc)) from None
    if len(raw) > max_bytes:
        raise DocumentError("E103", where, detail=f"more than {max_bytes:,} bytes", limit=f"{max_bytes:,} bytes")
    text = text_from_bytes(raw, kind, where)
    return SourceText(id=doc_id or p.stem, path=where, text=text,
                      content_hash=hashlib.sha256(raw).hexdigest(), kind=kind)


def text_from_bytes(raw: bytes, kind: str, where: str = "<bytes>", *,
                    max_chars: int = MAX_TEXT_CHARS) -> str:
    """Decode and clean raw bytes of the given kind ("text", "markdown", "html")."""
    if not raw.strip():
        raise DocumentError("E101", where)
    if b"\x00" in raw[:8192] and bom_encoding(raw) is None:
        raise DocumentError("E102", where)
    decoded = decode_bytes(raw, html=kind == "html", where=where)
    if _looks_binary(decoded):
        raise DocumentError("E102", where)
    if kind == "html" or (kind == "text" and _looks_like_html(decoded)):
        try:
            text = html_to_text(decoded)
        except RecursionError:
            raise DocumentError("E105", where) from None
        if not text.strip():
            raise DocumentError("E105", where)
    elif kind == "markdown":
        text = markdown_to_text(decoded)
    else:
        text = unwrap(decoded)
    text = _normalise(text)
    if not text.strip():
        raise DocumentError("E101", where)
    if len(text) > max_chars:
        raise DocumentError("E109", where, detail=f"{len(text):,} characters", limit=f"{max_chars:,} characters")
    return text


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
    which writers use for bylines and addresses.  Table cells stay on their
    row's line, apart: ``1 | Los Angeles, Calif.``.

    The tree is walked once, with a stack rather than recursion, and the text
    gathered as it goes: inserting line breaks into the tree instead costs
    time with the square of the nesting depth, and deeply nested junk pages
    exist (100,000 nested ``<div>`` took ten minutes).
    """
    from bs4 import BeautifulSoup, CData, NavigableString, Tag

    soup = BeautifulSoup(html, "lxml")
    out: list[str] = []
    in_pre = 0
    stack: list[tuple[Tag, Iterator[object], list[int]]] = [(soup, iter(soup.contents), [0])]
    while stack:
        tag, children, cells = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            in_pre -= tag.name in _PRE_TAGS
            if tag.name in _BLOCK_SET and tag is not soup:
                out.append("\n")
        elif isinstance(child, Tag):
            if child.name in _DROP_SET:
                continue
            if tag.name == "tr" and child.name in _CELL_SET:
                if cells[0]:
                    out.append(" | ")
                cells[0] += 1
            if child.name in _BLOCK_SET:
                out.append("\n")
            in_pre += child.name in _PRE_TAGS
            stack.append((child, iter(child.contents), [0]))
        elif type(child) is NavigableString:
            out.append(_SOURCE_BREAK.sub(" ", child) if join_source_lines and not in_pre else str(child))
        elif type(child) is CData:
            out.append(str(child))
    return "".join(out)


def markdown_to_text(md: str) -> str:
    """Markdown rendered to HTML by markdown-it, then to text."""
    from markdown_it import MarkdownIt

    return html_to_text(MarkdownIt("commonmark").render(unwrap(md)), join_source_lines=False)


_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")
_BLANKS = re.compile(r"\n\s*\n\s*(\n\s*)+")


#: hyphens a PDF or a typesetter writes as their own characters ("first‐place", "top‐ranked"): every reader
#: matches the ASCII one
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_HYPHENS)
    text = "".join(c for c in text if (c in "\n\t" or ord(c) >= 32) and c not in "\ufeff\u200b")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip() + "\n"
