"""Evidence for the facts the gold schema keeps as plain strings: organisations, the publisher, the date.

Why: every fact in the graph must be traceable to the sentence it came
from, but ``organizations`` and ``date`` are strings in the record schema,
so the components that find them have nowhere to put a span.  This last
component finds, for each, the first sentence that states it (the name, one
of its known aliases, or the acronym the text defined for it; a date written
in any form that means the same day) and records it beside the schema
fields, in ``organization_evidence`` and ``date_evidence``.

>>> from kg.extract.doc import Doc
>>> from kg.extract.sentences import split_sentences
>>> from kg.record import DocumentRecord
>>> text = "Posted Nov. 4, 2019. The Center for Digital Government (CDG) ranked Tulsa third. CDG said so."
>>> doc = Doc(id="d", text=text, sentences=split_sentences(text))
>>> record = DocumentRecord(id="d", date="2019-11-04", organizations=["Center for Digital Government"])
>>> extract(doc, record)
>>> record.date_evidence.sentence, record.organization_evidence["Center for Digital Government"].start
('Posted Nov. 4, 2019.', 21)
"""

from __future__ import annotations

from kg.extract.dates import find_dates
from kg.extract.doc import Doc
from kg.extract.mentions import sentence_at, word_search
from kg.extract.organizations import acronyms, known_forms
from kg.record import DocumentRecord, Evidence

__all__ = ["extract", "first_mention"]


def first_mention(doc: Doc, forms: list[str]) -> Evidence | None:
    """The sentence of the earliest whole-word occurrence of any of ``forms``."""
    best: int | None = None
    for form in forms:
        if form:
            found = word_search(form, doc.text)
            if found and (best is None or found.start() < best):
                best = found.start()
    sentence = sentence_at(doc, best) if best is not None else None
    return sentence.evidence() if sentence is not None else None


def extract(doc: Doc, record: DocumentRecord) -> None:
    """Fill ``record.date_evidence`` and ``record.organization_evidence``."""
    if record.date:
        for start, _end, iso in find_dates(doc.text):
            if iso == record.date:
                sentence = sentence_at(doc, start)
                record.date_evidence = sentence.evidence() if sentence is not None else None
                break
    names = [*record.organizations, *([record.publisher] if record.publisher else [])]
    if not names:
        return
    defined = acronyms(doc)  # acronym -> long form, as this text defined it
    for name in names:
        if name in record.organization_evidence:
            continue
        forms = [name, *known_forms(name), *(acr for acr, long in defined.items() if long == name)]
        evidence = first_mention(doc, forms)
        if evidence is not None:
            record.organization_evidence[name] = evidence
