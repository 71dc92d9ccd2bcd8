"""Map one :class:`~kg.record.DocumentRecord` to RDF quads in two named graphs.

Each document's stated facts go to its own named graph (``{base}graph/{doc}``);
wins inferred from streaks go to a second graph (``{base}graph/{doc}/inferred``)
so that a store can drop or trust them separately.  Every graph is
self-contained: a node referenced in it is typed and labelled in it, so a
single graph validates against the SHACL shapes on its own.

Shared entities (cities, people, awards, editions) get name-derived IRIs and
therefore merge across documents; per-document facts (wins, quotes, amounts,
evidence) carry the document key, so conflicting statements keep their
provenance.  The readable direct edges (``civic:won``, ``civic:leads``) are
the same triple in every document that states them.

>>> from kg.record import DocumentRecord, City, Award
>>> rec = DocumentRecord(id="d1", cities=[City("Boston", "MA")],
...                      awards=[Award(city="Boston", award="Digital Cities Survey", year=2011)])
>>> g = record_to_graph(rec, base="https://example.org/id/")
>>> from kg.rdf.namespaces import CIVIC
>>> (URIRef("https://example.org/id/city/ma/boston"), CIVIC.won,
...  URIRef("https://example.org/id/award/digital-cities-survey/2011")) in g
True
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal, InvalidOperation

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from kg.rdf.geo import guess_state, state_name
from kg.rdf.iris import IriScheme
from kg.rdf.names import canonical_award, canonical_organization, is_head_title
from kg.rdf.namespaces import CIVIC, DCTERMS, DEFAULT_BASE, ORG, PROV, RDF, RDFS, SCHEMA, SKOS, XSD, bind_all
from kg.record import Award, DocumentRecord, Evidence, InferredAward

__all__ = [
    "Quad",
    "record_to_quads",
    "record_to_graph",
    "records_to_dataset",
    "document_graph_iri",
    "inferred_graph_iri",
    "document_iri",
]

Quad = tuple[Node, Node, Node, URIRef]

_COUNTY_WORDS = ("county", "parish", "borough")


def document_graph_iri(doc_id: str, base: str = DEFAULT_BASE) -> URIRef:
    """The named graph holding what document ``doc_id`` states."""
    return IriScheme(base).document_graph(doc_id)


def inferred_graph_iri(doc_id: str, base: str = DEFAULT_BASE) -> URIRef:
    """The named graph holding the wins inferred from document ``doc_id``'s streaks."""
    return IriScheme(base).inferred_graph(doc_id)


def document_iri(doc_id: str, base: str = DEFAULT_BASE) -> URIRef:
    """The civic:SourceDocument node of document ``doc_id``."""
    return IriScheme(base).document(doc_id)


def record_to_quads(record: DocumentRecord, base: str = DEFAULT_BASE) -> list[Quad]:
    """All quads for one record: its document graph first, then its inferred-wins graph.

    Deterministic: the same record always gives the same list, with no blank nodes.
    """
    return _Mapper(record, base).run()


def record_to_graph(record: DocumentRecord, base: str = DEFAULT_BASE) -> Graph:
    """Every triple of the record (stated and inferred) in one plain graph."""
    graph = Graph()
    bind_all(graph)
    for s, p, o, _ in record_to_quads(record, base):
        graph.add((s, p, o))
    return graph


def records_to_dataset(records: list[DocumentRecord], base: str = DEFAULT_BASE) -> Dataset:
    """An in-memory dataset (default graph = union of named graphs) of many records."""
    ds = Dataset(default_union=True)
    bind_all(ds)
    for record in records:
        for s, p, o, g in record_to_quads(record, base):
            ds.add((s, p, o, g))
    return ds


def _year_literal(year: int) -> Literal:
    return Literal(int(year), datatype=XSD.integer)


def _date_literal(text: str) -> Literal:
    """``xsd:date`` for ISO dates, else a plain string (never guess a date)."""
    try:
        return Literal(_dt.date.fromisoformat(text), datatype=XSD.date)
    except (TypeError, ValueError):
        return Literal(text)


def _decimal(value: float | int) -> Literal:
    try:
        return Literal(Decimal(str(value)), datatype=XSD.decimal)
    except (InvalidOperation, ValueError):
        return Literal(str(value))


def _key(name: str | None) -> str:
    return " ".join((name or "").casefold().split())


class _Mapper:
    """One record's mapping; holds the IRI scheme, graph IRIs and the quad list."""

    def __init__(self, record: DocumentRecord, base: str) -> None:
        self.rec = record
        self.iri = IriScheme(base)
        self.doc = self.iri.document(record.id)
        self.g_doc = self.iri.document_graph(record.id)
        self.g_inf = self.iri.inferred_graph(record.id)
        self.quads: dict[Quad, None] = {}  # ordered set
        self.cities = {_key(c.name): c for c in record.cities}
        self.counties = {_key(c.name): c for c in record.counties}
        self.stated_wins: list[tuple[Award, URIRef, URIRef]] = []

    # -- plumbing -------------------------------------------------------------
    def add(self, s: Node, p: Node, o: Node, g: URIRef | None = None) -> None:
        self.quads[(s, p, o, g if g is not None else self.g_doc)] = None

    def provenance(self, node: URIRef, evidence: Evidence | None, g: URIRef | None = None) -> None:
        """``dcterms:source`` the document and ``prov:wasDerivedFrom`` the sentence (or document)."""
        self.add(node, DCTERMS.source, self.doc, g)
        if evidence is None:
            self.add(node, PROV.wasDerivedFrom, self.doc, g)
            return
        ev = self.iri.evidence(self.rec.id, evidence.start, evidence.end)
        self.add(node, PROV.wasDerivedFrom, ev, g)
        self.add(ev, RDF.type, CIVIC.EvidenceSentence, g)
        self.add(ev, CIVIC.sentenceText, Literal(evidence.sentence), g)
        self.add(ev, CIVIC.startOffset, Literal(int(evidence.start), datatype=XSD.integer), g)
        self.add(ev, CIVIC.endOffset, Literal(int(evidence.end), datatype=XSD.integer), g)
        self.add(ev, DCTERMS.source, self.doc, g)

    # -- entities (declared in whichever graph references them) ----------------
    def state(self, code: str, g: URIRef | None = None) -> URIRef:
        node = self.iri.state(code)
        self.add(node, RDF.type, CIVIC.State, g)
        self.add(node, RDFS.label, Literal(state_name(code)), g)
        self.add(node, CIVIC.uspsCode, Literal(code.upper()), g)
        return node

    def place(self, name: str, g: URIRef | None = None, default: str = "city") -> URIRef:
        """A city or county named in the record (its state from the record, else a safe guess)."""
        key = _key(name)
        if key in self.counties:
            kind, state = "county", self.counties[key].state
        elif key in self.cities:
            kind, state = "city", self.cities[key].state
        elif key.endswith(_COUNTY_WORDS):
            kind, state = "county", None
        else:
            kind, state = default, None
        if kind == "city" and not state:
            state = guess_state(name)
        node = (self.iri.county if kind == "county" else self.iri.city)(name, state)
        self.add(node, RDF.type, CIVIC.County if kind == "county" else CIVIC.City, g)
        self.add(node, RDFS.label, Literal(" ".join(name.split())), g)
        if state:
            self.add(node, CIVIC.inState, self.state(state, g), g)
        return node

    def is_place(self, name: str) -> bool:
        key = _key(name)
        return key in self.cities or key in self.counties

    def organization(self, name: str, g: URIRef | None = None) -> URIRef:
        node = self.iri.organization(name)
        self.add(node, RDF.type, CIVIC.Organization, g)
        self.add(node, RDFS.label, Literal(canonical_organization(name)), g)
        return node

    def person(self, name: str, g: URIRef | None = None) -> URIRef:
        node = self.iri.person(name)
        self.add(node, RDF.type, CIVIC.Person, g)
        self.add(node, RDFS.label, Literal(" ".join(name.split())), g)
        return node

    def award_edition(self, award: str, year: int | None, g: URIRef | None = None) -> URIRef:
        series = self.iri.award(award)
        name = canonical_award(award)
        self.add(series, RDF.type, CIVIC.Award, g)
        self.add(series, RDFS.label, Literal(name), g)
        edition = self.iri.edition(award, year)
        self.add(edition, RDF.type, CIVIC.AwardEdition, g)
        label = f"{name} {year}" if year is not None else f"{name} (year not stated)"
        self.add(edition, RDFS.label, Literal(label), g)
        self.add(edition, CIVIC.ofAward, series, g)
        if year is not None:
            self.add(edition, CIVIC.year, _year_literal(year), g)
        return edition

    def source_document(self, g: URIRef) -> None:
        rec, doc = self.rec, self.doc
        self.add(doc, RDF.type, CIVIC.SourceDocument, g)
        self.add(doc, RDFS.label, Literal(rec.title or rec.id), g)
        self.add(doc, CIVIC.documentId, Literal(rec.id), g)

    # -- record sections --------------------------------------------------------
    def run(self) -> list[Quad]:
        self.document()
        for city in self.rec.cities:
            node = self.place(city.name)
            self.mention(node, city.evidence)
        for county in self.rec.counties:
            node = self.place(county.name, default="county")
            self.mention(node, county.evidence)
        for name in self.rec.organizations:
            self.mention(self.organization(name), None)
        self.officials()
        self.awards()
        self.programs()
        self.quotes()
        self.events()
        self.amounts()
        self.inferred()
        return list(self.quads)

    def mention(self, node: URIRef, evidence: Evidence | None) -> None:
        self.add(self.doc, SCHEMA.mentions, node)
        if evidence is not None:
            self.provenance(node, evidence)

    def document(self) -> None:
        rec, doc = self.rec, self.doc
        self.source_document(self.g_doc)
        if rec.title:
            self.add(doc, DCTERMS.title, Literal(rec.title))
        if rec.file:
            self.add(doc, CIVIC.file, Literal(rec.file))
        if rec.date:
            self.add(doc, DCTERMS.issued, _date_literal(rec.date))
        if rec.publisher:
            self.add(doc, DCTERMS.publisher, self.organization(rec.publisher))
        if rec.content_hash:
            self.add(doc, CIVIC.contentHash, Literal(rec.content_hash))

    def officials(self) -> None:
        for off in self.rec.officials:
            person = self.person(off.name)
            self.mention(person, None)
            self.provenance(person, off.evidence)
            owner = None
            if off.of:
                owner = self.place(off.of) if self.is_place(off.of) else self.organization(off.of)
            if off.title:
                post = self.iri.post(off.title, owner, person)
                self.add(post, RDF.type, CIVIC.Post)
                title = " ".join(off.title.split())
                label = f"{title}, {' '.join(off.of.split())}" if off.of else title
                self.add(post, RDFS.label, Literal(label))
                self.add(post, CIVIC.title, Literal(title))
                if owner is not None:
                    self.add(post, ORG.postIn, owner)
                self.add(person, ORG.holds, post)
                self.add(post, ORG.heldBy, person)
                self.provenance(post, off.evidence)
                if owner is not None and self.is_place(off.of or "") and is_head_title(off.title):
                    self.add(person, CIVIC.leads, owner)
            elif owner is not None:
                self.add(person, ORG.memberOf, owner)

    def awards(self) -> None:
        awards = self.rec.awards
        keys = [(_key(a.city), _key(canonical_award(a.award)), a.year) for a in awards]
        for i, aw in enumerate(awards):
            recipient = self.place(aw.city)
            edition = self.award_edition(aw.award, aw.year)
            qualifier = None
            if keys.count(keys[i]) > 1:  # same recipient wins one edition twice (two categories)
                qualifier = aw.category or f"n{keys[:i].count(keys[i]) + 1}"
            win = self.iri.win(self.rec.id, recipient, aw.award, aw.year, qualifier)
            self.add(recipient, CIVIC.won, edition)
            self.add(win, RDF.type, CIVIC.AwardWin)
            label = f"{' '.join(aw.city.split())}: {canonical_award(aw.award)}"
            label += f" {aw.year}" if aw.year is not None else ""
            label += f" ({aw.category})" if aw.category else ""
            self.add(win, RDFS.label, Literal(label))
            self.add(win, CIVIC.recipient, recipient)
            self.add(win, CIVIC.edition, edition)
            if aw.rank is not None:
                self.add(win, CIVIC.rank, Literal(int(aw.rank), datatype=XSD.integer))
            if aw.category:
                self.add(win, CIVIC.populationCategory, Literal(aw.category))
            if aw.streak is not None:
                self.add(win, CIVIC.streak, Literal(int(aw.streak), datatype=XSD.integer))
            self.add(win, CIVIC.tie, Literal(bool(aw.tie or self._tied(aw))))
            self.provenance(win, aw.evidence)
            self.stated_wins.append((aw, recipient, win))

    def _tied(self, aw: Award) -> bool:
        """Another recipient holds the same rank in the same edition and category."""
        if aw.rank is None:
            return False
        return any(o is not aw and o.rank == aw.rank and o.year == aw.year
                   and _key(canonical_award(o.award)) == _key(canonical_award(aw.award))
                   and _key(o.category) == _key(aw.category) and _key(o.city) != _key(aw.city)
                   for o in self.rec.awards)

    def programs(self) -> None:
        for prog in self.rec.programs:
            city = self.place(prog.city) if prog.city else None
            node = self.iri.program(prog.name, city)
            self.add(node, RDF.type, CIVIC.Program)
            self.add(node, RDFS.label, Literal(" ".join(prog.name.split())))
            for alias in prog.aliases:
                self.add(node, SKOS.altLabel, Literal(alias))
            if city is not None:
                self.add(node, CIVIC.operatedBy, city)
            self.mention(node, None)
            self.provenance(node, prog.evidence)

    def quotes(self) -> None:
        for q in self.rec.quotes:
            speaker = self.person(q.speaker)
            node = self.iri.quote(self.rec.id, q.speaker, q.text)
            self.add(node, RDF.type, CIVIC.Quote)
            self.add(node, RDFS.label, Literal(f"Quote by {' '.join(q.speaker.split())}"))
            self.add(node, CIVIC.speaker, speaker)
            self.add(node, CIVIC.text, Literal(q.text))
            self.provenance(node, q.evidence)

    def events(self) -> None:
        for ev in self.rec.events:
            node = self.iri.event(ev.name, ev.date)
            self.add(node, RDF.type, CIVIC.Event)
            self.add(node, RDFS.label, Literal(" ".join(ev.name.split())))
            if ev.city:
                self.add(node, SCHEMA.location, self.place(ev.city))
            if ev.date:
                self.add(node, SCHEMA.startDate, _date_literal(ev.date))
            if ev.purpose:
                self.add(node, CIVIC.purpose, Literal(ev.purpose))
            self.mention(node, None)
            self.provenance(node, ev.evidence)

    def amounts(self) -> None:
        for am in self.rec.amounts:
            node = self.iri.amount(self.rec.id, am.context, am.amount_usd, am.kind)
            self.add(node, RDF.type, CIVIC.MonetaryAmount)
            label = f"${am.amount_usd:,} {am.kind or 'amount'}: {am.context}"
            self.add(node, RDFS.label, Literal(label))
            self.add(node, SCHEMA.value, _decimal(am.amount_usd))
            self.add(node, SCHEMA.currency, Literal("USD"))
            if am.kind:
                self.add(node, CIVIC.amountKind, Literal(am.kind))
            self.add(node, CIVIC.context, Literal(am.context))
            self.provenance(node, am.evidence)

    def inferred(self) -> None:
        g = self.g_inf
        if not self.rec.inferred_awards:
            return
        self.source_document(g)
        for inf in self.rec.inferred_awards:
            recipient = self.place(inf.city, g)
            edition = self.award_edition(inf.award, inf.year, g)
            node = self.iri.inferred_win(self.rec.id, recipient, inf.award, inf.year)
            self.add(recipient, CIVIC.won, edition, g)
            self.add(node, RDF.type, CIVIC.InferredAwardWin, g)
            self.add(node, RDF.type, CIVIC.AwardWin, g)
            label = f"{' '.join(inf.city.split())}: {canonical_award(inf.award)} {inf.year} (inferred)"
            self.add(node, RDFS.label, Literal(label), g)
            self.add(node, CIVIC.recipient, recipient, g)
            self.add(node, CIVIC.edition, edition, g)
            self.add(node, CIVIC.reason, Literal(inf.why), g)
            source = self._stated_source(inf, recipient)
            if source is not None:
                self.add(node, PROV.wasDerivedFrom, source, g)
            self.provenance(node, inf.evidence, g)

    def _stated_source(self, inf: InferredAward, recipient: URIRef) -> URIRef | None:
        """The stated win whose streak implies ``inf`` (a later win of the same award)."""
        award = _key(canonical_award(inf.award))
        candidates = [(aw.streak is None, aw.year, str(win)) for aw, rec, win in self.stated_wins
                      if rec == recipient and _key(canonical_award(aw.award)) == award
                      and aw.year is not None and aw.year > inf.year]
        return URIRef(min(candidates)[2]) if candidates else None
