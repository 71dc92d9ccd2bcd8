"""The extraction pipeline: one component per fact kind, run in order over a document.

(Stub: the extraction issue fills the components.)
"""

from __future__ import annotations

from kg.extract.document import SourceText
from kg.record import DocumentRecord

__all__ = ["extract_source"]


def extract_source(src: SourceText) -> DocumentRecord:
    """Run every component over ``src`` and return its record."""
    return DocumentRecord(id=src.id, file=src.path, content_hash=src.content_hash, text=src.text)
