"""Extraction component: programs and initiatives with their aliases."""

from __future__ import annotations

from kg.extract.doc import Doc
from kg.record import DocumentRecord

__all__ = ["extract"]


def extract(doc: Doc, record: DocumentRecord) -> None:
    """Fill the record's fields for programs and initiatives with their aliases."""
    return None
