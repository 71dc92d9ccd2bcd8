"""Extraction: document text in, :class:`kg.record.DocumentRecord` out.

>>> from kg import EXAMPLES_DIR
>>> rec = extract_file(EXAMPLES_DIR / "boston-2011-digital-cities.txt")
>>> rec.id
'boston-2011-digital-cities'
"""

from __future__ import annotations

from pathlib import Path

from kg.errors import DocumentError, KGError
from kg.extract.document import SourceText, iter_document_paths, load_document
from kg.extract.pipeline import extract_source
from kg.record import DocumentRecord

__all__ = ["extract_file", "extract_text", "extract_source", "extract_paths", "iter_document_paths"]


def extract_text(text: str, doc_id: str = "document", path: str | None = None) -> DocumentRecord:
    """Extract a record from already clean text."""
    import hashlib

    src = SourceText(id=doc_id, path=path or doc_id, text=text,
                     content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(), kind="text")
    return extract_source(src)


def extract_file(path: str | Path) -> DocumentRecord:
    """Read and extract one file; raises :class:`kg.errors.DocumentError` on bad input."""
    src = load_document(path)
    try:
        return extract_source(src)
    except KGError:
        raise
    except Exception as exc:  # an extractor bug must not hide which file caused it
        raise DocumentError("E108", str(path), detail=f"{type(exc).__name__}: {exc}") from exc


def extract_paths(paths: list[Path] | list[str], on_error=None, progress: bool = False):
    """Yield a record per readable document under ``paths``; report others to ``on_error``."""
    files = iter_document_paths(paths)
    iterator = files
    if progress:
        from tqdm import tqdm

        iterator = tqdm(files, desc="extracting", unit="doc", leave=False)
    for f in iterator:
        try:
            yield extract_file(f)
        except DocumentError as exc:
            if on_error is None:
                raise
            on_error(exc)
