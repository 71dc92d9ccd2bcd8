"""The extraction pipeline: one component per fact kind, run in order over a document.

Each component is ``component(doc, record) -> None``: it reads the
:class:`~kg.extract.doc.Doc` (and what earlier components put in the record or
in ``doc.context``) and fills its own fields of the record.  Order matters:
places before awards, awards before officials (an official's ``of`` is often
the winning city), officials before quotes (speakers resolve to full names).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from kg.extract import (
    amounts,
    awards,
    dates,
    events,
    officials,
    organizations,
    places,
    programs,
    provenance,
    quotes,
    surface,
)
from kg.extract.doc import Doc
from kg.extract.document import SourceText
from kg.extract.sentences import split_sentences
from kg.record import DocumentRecord

__all__ = ["COMPONENTS", "extract_source"]

Component = Callable[[Doc, DocumentRecord], None]
_log = logging.getLogger("kg.extract")

COMPONENTS: list[tuple[str, Component]] = [
    ("dates", dates.extract),
    ("places", places.extract),
    ("awards", awards.extract),
    ("officials", officials.extract),
    ("quotes", quotes.extract),
    ("organizations", organizations.extract),
    ("programs", programs.extract),
    ("amounts", amounts.extract),
    ("events", events.extract),
    ("surface forms", surface.extract),
    ("provenance", provenance.extract),  # evidence for organisations and the date
]


def extract_source(src: SourceText) -> DocumentRecord:
    """Run every component over ``src`` and return its record."""
    doc = Doc(id=src.id, text=src.text, sentences=split_sentences(src.text))
    record = DocumentRecord(id=src.id, file=src.path, content_hash=src.content_hash, text=src.text)
    for name, component in COMPONENTS:
        try:
            component(doc, record)
        except Exception as exc:  # one component's bug costs its own facts, not the document's others
            _log.warning("%s: the %s component failed (%s: %s); its facts are missing",
                         src.path, name, type(exc).__name__, exc)
    return record
