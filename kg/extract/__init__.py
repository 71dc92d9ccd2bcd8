"""Extraction: document text in, :class:`kg.record.DocumentRecord` out.

>>> from kg import EXAMPLES_DIR
>>> rec = extract_file(EXAMPLES_DIR / "boston-2011-digital-cities.txt")
>>> rec.id
'boston-2011-digital-cities'
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from kg.errors import DocumentError, KGError
from kg.extract.document import SourceText, iter_document_paths, load_document
from kg.extract.paths import Batch, list_documents
from kg.extract.pipeline import extract_source
from kg.record import DocumentRecord

__all__ = ["extract_file", "extract_text", "extract_source", "extract_paths", "extract_batch",
           "iter_document_paths", "list_documents", "Batch"]


def extract_text(text: str, doc_id: str = "document", path: str | None = None) -> DocumentRecord:
    """Extract a record from already clean text."""
    import hashlib

    src = SourceText(id=doc_id, path=path or doc_id, text=text,
                     content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(), kind="text")
    return extract_source(src)


def extract_file(path: str | Path, doc_id: str | None = None) -> DocumentRecord:
    """Read and extract one file (id: ``doc_id``, default its stem); raises
    :class:`kg.errors.DocumentError` on bad input, never anything else."""
    try:
        return extract_source(load_document(path, doc_id=doc_id))
    except KGError:
        raise
    except Exception as exc:  # a reader or extractor bug must not hide which file caused it
        raise DocumentError("E108", str(path), detail=f"{type(exc).__name__}: {exc}") from exc


def extract_paths(paths: list[Path] | list[str], on_error: Callable[[DocumentError], None] | None = None,
                  progress: bool = False) -> Iterator[DocumentRecord]:
    """Yield a record per readable document under ``paths``; report others to ``on_error``."""
    yield from extract_batch(list_documents(paths), on_error=on_error, progress=progress)


def extract_batch(batch: Batch, on_error: Callable[[DocumentError], None] | None = None,
                  progress: bool = False) -> Iterator[DocumentRecord]:
    """Yield a record per readable document of ``batch``, each with its batch id; report others to ``on_error``."""
    iterator = batch.ids.items()
    if progress:
        from tqdm import tqdm

        iterator = tqdm(iterator, total=len(batch.ids), desc="extracting", unit="doc", leave=False)
    for f, doc_id in iterator:
        try:
            yield extract_file(f, doc_id)
        except DocumentError as exc:
            if on_error is None:
                raise
            on_error(exc)
