"""Which files a batch reads, and the document id each one gets.

Why ids are not always the file stem: a scraped site holds ``a/index.html``
and ``b/index.html``, and two documents with one id would overwrite each
other.  A name used once in the batch keeps its stem as id (the scorer pairs
records by it); files sharing a name take as many trailing folders of their
path as it takes to tell them apart (``a/index``, ``b/index``), the same
number for each of them, so the ids depend only on the batch's files, not on
the order they are listed in.

Files in the folders given that are not documents (``.pdf``, ``.docx``,
images) are counted as skipped, so a batch can say what it did not read.
Hidden files and folders (``.git``) are neither read nor counted.

>>> ids = document_ids([Path("site/a/index.html"), Path("site/b/index.html"), Path("site/about.html")])
>>> list(ids.values())
['a/index', 'b/index', 'about']
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["SUFFIXES", "Batch", "list_documents", "document_ids"]

SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
            ".html": "html", ".htm": "html", ".xhtml": "html"}


@dataclass
class Batch:
    """The documents to read (path -> document id, in reading order) and the files passed over."""

    ids: dict[Path, str] = field(default_factory=dict)
    skipped: list[Path] = field(default_factory=list)

    @property
    def files(self) -> list[Path]:
        return list(self.ids)

    def skipped_kinds(self) -> Counter[str]:
        """How many skipped files of each suffix (``.pdf``: 3, ``(none)``: 1)."""
        return Counter(p.suffix.lower() or "(none)" for p in self.skipped)

    def skipped_summary(self) -> str:
        """``3 files (2 .pdf, 1 .docx), not .txt, .md or .html``, or ``""`` when none was skipped."""
        if not self.skipped:
            return ""
        ranked = sorted(self.skipped_kinds().items(), key=lambda kv: (-kv[1], kv[0]))
        kinds = ", ".join(f"{n} {kind}" for kind, n in ranked)
        files = "file" if len(self.skipped) == 1 else "files"
        return f"{len(self.skipped)} {files} ({kinds}), not .txt, .md or .html"


def list_documents(paths: list[Path] | list[str]) -> Batch:
    """Expand files and folders (recursively, sorted) into the documents to read, each with its id.

    A file named directly is read whatever its suffix (reading it says why it
    cannot be); a file reached twice is read once.
    """
    found: list[Path] = []
    skipped: list[Path] = []
    seen: set[Path] = set()
    for arg in map(Path, paths):
        if arg.is_dir():
            for q in sorted(arg.rglob("*")):
                if not q.is_file() or _hidden(q.relative_to(arg)):
                    continue
                if q.suffix.lower() not in SUFFIXES:
                    skipped.append(q)
                elif _first(q, seen):
                    found.append(q)
        elif _first(arg, seen):
            found.append(arg)
    return Batch(ids=document_ids(found), skipped=skipped)


def document_ids(files: list[Path]) -> dict[Path, str]:
    """Each file's document id: its stem when no other file in ``files`` shares it, else a path tail."""
    by_stem: dict[str, list[Path]] = {}
    for f in files:
        by_stem.setdefault(f.stem, []).append(f)
    ids: dict[Path, str] = {}
    for f in files:
        group = by_stem[f.stem]
        ids[f] = f.stem if len(group) == 1 else _tail_id(f, group)
    return ids


def _tail_id(path: Path, group: list[Path]) -> str:
    """The fewest trailing path parts (suffix dropped) that tell ``path`` from the rest of ``group``.

    Files that only their suffix tells apart (``index.html``, ``index.htm``) keep it.
    """
    for keep_suffix in (False, True):
        parts = {p: _parts(p, keep_suffix) for p in group}
        for k in range(2, max(len(v) for v in parts.values()) + 1):
            tails = {"/".join(v[-k:]) for v in parts.values()}
            if len(tails) == len(group):
                return "/".join(parts[path][-k:])
    return str(path.absolute())  # unreachable: distinct absolute paths differ somewhere


def _parts(path: Path, keep_suffix: bool) -> list[str]:
    absolute = path.absolute()
    return [*absolute.parent.parts[1:], absolute.name if keep_suffix else absolute.stem]


def _first(path: Path, seen: set[Path]) -> bool:
    key = path.absolute()
    if key in seen:
        return False
    seen.add(key)
    return True


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)
