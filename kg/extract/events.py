"""Extraction component: events (ceremonies, conferences) with city and date."""

from __future__ import annotations

from kg.extract.doc import Doc
from kg.record import DocumentRecord

__all__ = ["extract"]


def extract(doc: Doc, record: DocumentRecord) -> None:
    """Fill the record's fields for events (ceremonies, conferences) with city and date."""
    return None
