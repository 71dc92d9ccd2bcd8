"""Extraction component: money amounts and what they are for."""

from __future__ import annotations

from kg.extract.doc import Doc
from kg.record import DocumentRecord

__all__ = ["extract"]


def extract(doc: Doc, record: DocumentRecord) -> None:
    """Fill the record's fields for money amounts and what they are for."""
    return None
