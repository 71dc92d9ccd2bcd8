"""Extraction component: the other ways a document writes its cities, counties and officials.

Why: entity resolution across documents (:mod:`kg.resolve`) and search both need
the surface forms ("City of Boston", "Boston, Mass.", "Mayor Menino", "Menino"),
not only the canonical name, and only the document knows them.  They go into the
facts' ``aliases`` and from there into ``skos:altLabel``.

>>> from kg.extract.doc import Doc
>>> from kg.record import City, DocumentRecord, Official
>>> text = "Mayor Thomas M. Menino said the City of Boston won. Boston, Mass. is proud, Menino said."
>>> rec = DocumentRecord(id="d", cities=[City("Boston", "MA")],
...                      officials=[Official("Thomas M. Menino", "Mayor", "Boston")])
>>> extract(Doc(id="d", text=text), rec)
>>> rec.cities[0].aliases
['Boston, Mass.', 'City of Boston']
>>> rec.officials[0].aliases
['Mayor Thomas M. Menino', 'Menino']
"""

from __future__ import annotations

import re

from kg.extract.doc import Doc
from kg.extract.mentions import word_finditer, word_search
from kg.extract.regex import rx
from kg.record import DocumentRecord

__all__ = ["extract", "place_forms", "person_forms"]

_GOVERNMENT = r"(?:City|Town|Village|Borough|Township|County|Parish|City and County|Municipality)"
_STATE_AFTER = r",\s+(?:[A-Z][a-z]{1,4}\.(?:\s?[A-Z][a-z]?\.)?|[A-Z]{2}\b|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
_SUFFIX = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


_GOV_OF = re.compile(rf"\b(?:the\s+)?{_GOVERNMENT}\s+of\s+")
_STATE_AT = re.compile(_STATE_AFTER)
_STOP = {"The", "This", "It", "And", "But", "Which", "Who"}


def place_forms(text: str, name: str) -> list[str]:
    """'City of X', 'X, St.' and similar forms of ``name`` written in ``text``."""
    found: set[str] = set()
    i = text.find(name)
    while i >= 0:
        j = i + len(name)
        if (i == 0 or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum()):
            gov = None
            for m in _GOV_OF.finditer(text, max(0, i - 40), i):
                if m.end() == i:
                    gov = m
            if gov:
                found.add(rx(r"^the\s+").sub("", text[gov.start():j]))
            st = _STATE_AT.match(text, j)
            # "Boston, Mass." yes; "Boston, The" (a sentence going on) no
            if st and st.group(0).strip(", ").split()[0] not in _STOP:
                found.add(text[i:st.end()])
        i = text.find(name, j)
    return sorted(f for f in found if f != name)


def person_forms(text: str, name: str, title: str | None) -> list[str]:
    """'Title Full Name', 'Title Surname' and the bare surname, as written in ``text``."""
    parts = [p for p in name.split() if p.lower() not in _SUFFIX]
    if len(parts) < 2:
        return []
    surname = parts[-1]
    found: set[str] = set()
    titles = {title, title.split()[-1], title.split()[-1].split("-")[0]} if title else set()
    for t in sorted(filter(None, titles)):
        for form in (f"{t} {name}", f"{t} {surname}"):
            m = word_search(form, text, re.I)
            if m:
                found.add(m.group(0))
    # the bare surname, when the text uses it apart from the full name
    rest = text.replace(name, "")
    if any(not (rest[m.end():m.end() + 1] == "-" or rest[m.start() - 1:m.start()] == "-")
           for m in word_finditer(surname, rest)):
        found.add(surname)
    return sorted(f for f in found if f != name)


def extract(doc: Doc, record: DocumentRecord) -> None:
    """Fill ``aliases`` on the record's cities, counties and officials."""
    text = doc.text
    for place in [*record.cities, *record.counties]:
        if place.name:
            place.aliases = sorted(set(place.aliases) | set(place_forms(text, place.name)))
    for off in record.officials:
        if off.name:
            off.aliases = sorted(set(off.aliases) | set(person_forms(text, off.name, off.title)))
