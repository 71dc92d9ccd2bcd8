"""Extraction component: officials: name, title and the jurisdiction or organisation they serve."""

from __future__ import annotations

from kg.extract.doc import Doc
from kg.record import DocumentRecord

__all__ = ["extract"]


def extract(doc: Doc, record: DocumentRecord) -> None:
    """Fill the record's fields for officials: name, title and the jurisdiction or organisation they serve."""
    return None
