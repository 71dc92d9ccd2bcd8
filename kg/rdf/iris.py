"""The instance IRI scheme: one function per kind of node, all under a configurable base.

Shared entities get IRIs from their normalised names so the same city, person
or award is the same node in every document; per-document facts (wins,
quotes, amounts, evidence) carry the document key so that conflicting facts
from two documents stay apart with their provenance.

>>> iri = IriScheme("https://example.org/id/")
>>> str(iri.city("Boston", "MA"))
'https://example.org/id/city/ma/boston'
>>> str(iri.city("Boston", None))
'https://example.org/id/city/boston'
>>> str(iri.edition("Digital Cities Award", 2011))
'https://example.org/id/award/digital-cities-survey/2011'
>>> str(iri.organization("CDG"))
'https://example.org/id/org/center-for-digital-government'
>>> str(iri.win("boston-2011", iri.city("Boston", "MA"), "Digital Cities Survey", 2011))
'https://example.org/id/win/boston-2011/city-ma-boston/digital-cities-survey/2011'
"""

from __future__ import annotations

from rdflib import URIRef

from kg.rdf.names import canonical_award, canonical_organization, is_generic_organization, person_key, place_key
from kg.rdf.namespaces import DEFAULT_BASE
from kg.rdf.slug import doc_key, short_hash, slugify

__all__ = ["IriScheme"]


class IriScheme:
    """Mints every instance IRI from a base (``https://w3id.org/civic-kg/id/`` by default)."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def _iri(self, *segments: str) -> URIRef:
        return URIRef(self.base + "/".join(segments))

    def local(self, iri: URIRef) -> str:
        """The path of an IRI under the base, dashed: ``city/ma/boston`` -> ``city-ma-boston``."""
        return str(iri)[len(self.base):].replace("/", "-")

    # -- places ---------------------------------------------------------------
    def state(self, code: str) -> URIRef:
        return self._iri("state", slugify(code))

    def city(self, name: str, state: str | None) -> URIRef:
        if state:
            return self._iri("city", slugify(state), slugify(place_key(name)))
        return self._iri("city", slugify(place_key(name)))

    def county(self, name: str, state: str | None) -> URIRef:
        if state:
            return self._iri("county", slugify(state), slugify(place_key(name)))
        return self._iri("county", slugify(place_key(name)))

    # -- agents ---------------------------------------------------------------
    def person(self, name: str) -> URIRef:
        return self._iri("person", slugify(person_key(name)))

    def organization(self, name: str, doc_id: str | None = None) -> URIRef:
        """Organisations merge by canonical name, except generic ones (Mayor's Office), which
        are scoped to the document that names them: ``org/{doc}/mayors-office``."""
        slug = slugify(canonical_organization(name))
        if doc_id is not None and is_generic_organization(name):
            return self._iri("org", doc_key(doc_id), slug)
        return self._iri("org", slug)

    def post(self, title: str, holder_of: URIRef | None, person: URIRef) -> URIRef:
        """A post is shared when it belongs to a jurisdiction/organisation, else per person."""
        owner = self.local(holder_of) if holder_of is not None else self.local(person)
        return self._iri("post", owner, slugify(title))

    def holding(self, doc_id: str, person: URIRef, post: URIRef) -> URIRef:
        """One document's attestation that a person holds a post:
        ``holding/{doc}/{person}/{post path}`` (``holding/d1/thomas-menino/city-ma-boston-mayor``)."""
        return self._iri("holding", doc_key(doc_id), self.local(person).removeprefix("person-"),
                         self.local(post).removeprefix("post-"))

    # -- programs, awards -----------------------------------------------------
    def program(self, name: str, city: URIRef | None) -> URIRef:
        if city is not None:
            return self._iri("program", self.local(city), slugify(name))
        return self._iri("program", slugify(name))

    def award(self, name: str) -> URIRef:
        return self._iri("award", slugify(canonical_award(name)))

    def edition(self, award: str, year: int | None) -> URIRef:
        return self._iri("award", slugify(canonical_award(award)), str(year) if year is not None else "undated")

    def win(self, doc_id: str, recipient: URIRef, award: str, year: int | None,
            qualifier: str | None = None) -> URIRef:
        parts = ["win", doc_key(doc_id), self.local(recipient), slugify(canonical_award(award)),
                 str(year) if year is not None else "undated"]
        if qualifier:
            parts.append(slugify(qualifier))
        return self._iri(*parts)

    def inferred_win(self, doc_id: str, recipient: URIRef, award: str, year: int) -> URIRef:
        return self._iri("inferred-win", doc_key(doc_id), self.local(recipient),
                         slugify(canonical_award(award)), str(year))

    # -- per-document facts ---------------------------------------------------
    def quote(self, doc_id: str, speaker: str, text: str) -> URIRef:
        return self._iri("quote", doc_key(doc_id), short_hash(slugify(person_key(speaker)), " ".join(text.split())))

    def amount(self, doc_id: str, context: str, value: object, kind: str | None) -> URIRef:
        return self._iri("amount", doc_key(doc_id), short_hash(context, value, kind))

    def event(self, name: str, date: str | None) -> URIRef:
        if date:
            return self._iri("event", slugify(name), slugify(date))
        return self._iri("event", slugify(name))

    def evidence(self, doc_id: str, start: int, end: int) -> URIRef:
        return self._iri("evidence", doc_key(doc_id), f"{int(start)}-{int(end)}")

    # -- documents and graphs -------------------------------------------------
    def document(self, doc_id: str) -> URIRef:
        return self._iri("doc", doc_key(doc_id))

    def document_graph(self, doc_id: str) -> URIRef:
        return self._iri("graph", doc_key(doc_id))

    def inferred_graph(self, doc_id: str) -> URIRef:
        return self._iri("graph", doc_key(doc_id), "inferred")
