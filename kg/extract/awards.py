"""Extraction component: awards won, with rank, category and streak, and the wins streaks imply."""

from __future__ import annotations

from kg.extract.doc import Doc
from kg.record import DocumentRecord

__all__ = ["extract"]


def extract(doc: Doc, record: DocumentRecord) -> None:
    """Fill the record's fields for awards won, with rank, category and streak, and the wins streaks imply."""
    return None
