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
import re
from decimal import Decimal, InvalidOperation

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from kg.rdf.geo import guess_state, state_code_for, state_name
from kg.rdf.iris import IriScheme
from kg.rdf.linking import GeoLink, city_link, county_link, geonames_iri, state_link
from kg.rdf.names import aliases_of, canonical_award, canonical_organization, is_head_title, organiser_of, place_key
from kg.rdf.namespaces import CIVIC, DCTERMS, DEFAULT_BASE, ORG, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, XSD, bind_all
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


def _document_year(record: DocumentRecord) -> int | None:
    """The year a document speaks for: its publication year, else the latest award year it states.

    Why the award year: an undated release announces the latest edition it names,
    so that is the best attestation year for the posts and quotes it carries.
    """
    match = _LEADING_YEAR.match((record.date or "").strip())
    if match:
        return int(match.group(0))
    years = [int(a.year) for a in record.awards if a.year is not None]
    return max(years) if years else None


_LEADING_YEAR = re.compile(r"\d{4}(?=$|-)")
_YEAR_MONTH = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")
_YEAR = re.compile(r"\d{4}")


def _date_literal(text: str, partial: bool = False) -> Literal | None:
    """``xsd:date`` for an ISO date; with ``partial`` also ``xsd:gYearMonth``/``xsd:gYear``.

    Anything else gives None: a date we cannot type is left out rather than guessed.
    """
    text = (text or "").strip()
    try:
        return Literal(_dt.date.fromisoformat(text).isoformat(), datatype=XSD.date)
    except ValueError:
        pass
    if partial and _YEAR_MONTH.fullmatch(text):
        return Literal(text, datatype=XSD.gYearMonth)
    if partial and _YEAR.fullmatch(text):
        return Literal(text, datatype=XSD.gYear)
    return None


def _decimal(value: float | int) -> Literal | None:
    """``xsd:decimal`` in canonical form (``7000000.0``) so the literal survives a round trip."""
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    if not number.is_finite():
        return None
    lexical = format(number, "f")
    if "." not in lexical:
        lexical += ".0"
    return Literal(lexical, datatype=XSD.decimal)


def _state_code(state: str | None) -> str | None:
    """A USPS code from what the record says (``MA``, ``ma``, ``Mass.``?), or None."""
    if not state or not state.strip():
        return None
    letters = "".join(c for c in state if c.isalpha()).upper()
    if len(letters) == 2 and letters.isascii():
        return letters
    return state_code_for(state)


def _blank(*values: str | None) -> bool:
    """True when any required name is missing or whitespace: the fact is skipped."""
    return any(v is None or not str(v).strip() for v in values)


def _clean(text: str) -> str:
    return " ".join(text.split())


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
        self.cities = {place_key(c.name): c for c in record.cities}
        self.counties = {place_key(c.name): c for c in record.counties}
        self.organizations = {_key(canonical_organization(o)) for o in record.organizations if o}
        self.stated_wins: list[tuple[Award, URIRef, URIRef]] = []
        self.year = _document_year(record)

    # -- plumbing -------------------------------------------------------------
    def add(self, s: Node, p: Node, o: Node, g: URIRef | None = None) -> None:
        self.quads[(s, p, o, g if g is not None else self.g_doc)] = None

    def provenance(self, node: URIRef, evidence: Evidence | None, g: URIRef | None = None) -> None:
        """``dcterms:source`` the document and ``prov:wasDerivedFrom`` the sentence (or document)."""
        self.add(node, DCTERMS.source, self.doc, g)
        if evidence is None or not 0 <= evidence.start <= evidence.end:
            self.add(node, PROV.wasDerivedFrom, self.doc, g)
            return
        self.add(node, PROV.wasDerivedFrom, self.evidence(evidence, g), g)

    def evidence(self, evidence: Evidence, g: URIRef | None = None) -> URIRef:
        """The evidence-sentence node: its text and offsets in the document's clean text."""
        ev = self.iri.evidence(self.rec.id, evidence.start, evidence.end)
        self.add(ev, RDF.type, CIVIC.EvidenceSentence, g)
        self.add(ev, CIVIC.sentenceText, Literal(evidence.sentence), g)
        self.add(ev, CIVIC.startOffset, Literal(int(evidence.start), datatype=XSD.integer), g)
        self.add(ev, CIVIC.endOffset, Literal(int(evidence.end), datatype=XSD.integer), g)
        self.add(ev, DCTERMS.source, self.doc, g)
        return ev

    # -- entities (declared in whichever graph references them) ----------------
    def state(self, code: str, g: URIRef | None = None) -> URIRef:
        node = self.iri.state(code)
        self.add(node, RDF.type, CIVIC.State, g)
        self.add(node, RDFS.label, Literal(state_name(code)), g)
        self.add(node, CIVIC.uspsCode, Literal(code), g)
        link = state_link(code)
        if link is not None:
            self.link(node, link, g)
        return node

    def link(self, node: URIRef, link: GeoLink, g: URIRef | None) -> None:
        """Gazetteer facts about a place (GeoNames id and population, FIPS code), in every graph
        that declares the place, so each graph stays self-contained."""
        if link.geonames_id is not None:
            self.add(node, OWL.sameAs, URIRef(geonames_iri(link.geonames_id)), g)
            self.add(node, CIVIC.geonamesId, Literal(str(link.geonames_id)), g)
        if link.population is not None:
            self.add(node, CIVIC.population, Literal(int(link.population), datatype=XSD.integer), g)
        if link.fips:
            self.add(node, CIVIC.fipsCode, Literal(link.fips), g)

    def place(self, name: str, g: URIRef | None = None, default: str = "city") -> URIRef:
        """A city or county named in the record (its state from the record, else a safe guess)."""
        key = place_key(name)
        if key in self.counties:
            kind, state = "county", self.counties[key].state
        elif key in self.cities:
            kind, state = "city", self.cities[key].state
        elif key.endswith(_COUNTY_WORDS):
            kind, state = "county", None
        else:
            kind, state = default, None
        state = _state_code(state)
        if kind == "city" and not state:
            state = guess_state(name)
        node = (self.iri.county if kind == "county" else self.iri.city)(name, state)
        self.add(node, RDF.type, CIVIC.County if kind == "county" else CIVIC.City, g)
        self.add(node, RDFS.label, Literal(_clean(name)), g)
        if state:
            self.add(node, CIVIC.inState, self.state(state, g), g)
            link = (county_link if kind == "county" else city_link)(name, state)
            if link is not None:
                self.link(node, link, g)
        return node

    def is_place(self, name: str) -> bool:
        """The record lists ``name`` among its cities or counties."""
        key = place_key(name)
        return key in self.cities or key in self.counties

    def names_place(self, name: str) -> bool:
        """``name`` is a city or county: listed as one, shaped like a county, or a known US city,
        and not one of the record's organisations."""
        if self.is_place(name):
            return True
        if _key(canonical_organization(name)) in self.organizations:
            return False
        return place_key(name).endswith(_COUNTY_WORDS) or guess_state(name) is not None

    def recipient(self, name: str, g: URIRef | None = None) -> URIRef:
        """Who won: a city or county, unless the record lists the name as an organisation."""
        if not self.is_place(name) and _key(canonical_organization(name)) in self.organizations:
            return self.organization(name, g)
        return self.place(name, g)

    def organization(self, name: str, g: URIRef | None = None) -> URIRef:
        node = self.iri.organization(name, self.rec.id)
        self.add(node, RDF.type, CIVIC.Organization, g)
        canonical = canonical_organization(name)
        self.add(node, RDFS.label, Literal(canonical), g)
        for alias in aliases_of("organizations", canonical):
            self.add(node, SKOS.altLabel, Literal(alias), g)
        return node

    def person(self, name: str, g: URIRef | None = None) -> URIRef:
        node = self.iri.person(name)
        self.add(node, RDF.type, CIVIC.Person, g)
        self.add(node, RDFS.label, Literal(_clean(name)), g)
        return node

    def award_edition(self, award: str, year: int | None, g: URIRef | None = None) -> URIRef:
        series = self.iri.award(award)
        name = canonical_award(award)
        self.add(series, RDF.type, CIVIC.Award, g)
        self.add(series, RDFS.label, Literal(name), g)
        for alias in aliases_of("awards", name):
            self.add(series, SKOS.altLabel, Literal(alias), g)
        giver = organiser_of(name)
        if giver:  # Organisation -gives-> Award: the award list knows who gives each series
            self.add(self.organization(giver, g), CIVIC.gives, series, g)
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
            if not _blank(city.name):
                node = self.place(city.name)
                self.mention(node, city.evidence)
                self.surface_forms(node, city.name, city.aliases)
        for county in self.rec.counties:
            if not _blank(county.name):
                node = self.place(county.name, default="county")
                self.mention(node, county.evidence)
                self.surface_forms(node, county.name, county.aliases)
        for name in self.rec.organizations:
            if not _blank(name):
                self.mention(self.organization(name), self.rec.organization_evidence.get(name))
        self.officials()
        self.awards()
        self.programs()
        self.quotes()
        self.events()
        self.amounts()
        self.inferred()
        return list(self.quads)

    def surface_forms(self, node: URIRef, name: str, aliases: list[str]) -> None:
        """Other ways the document writes the entity ("City of Boston", "Mayor Menino") as altLabels."""
        seen = {_clean(name).casefold()}
        for alias in aliases:
            text = _clean(alias)
            if text and text.casefold() not in seen:
                seen.add(text.casefold())
                self.add(node, SKOS.altLabel, Literal(text))

    def mention(self, node: URIRef, evidence: Evidence | None) -> None:
        """The document names this entity: ``schema:mentions`` plus provenance in its graph."""
        self.add(self.doc, SCHEMA.mentions, node)
        self.provenance(node, evidence)

    def document(self) -> None:
        rec, doc = self.rec, self.doc
        self.source_document(self.g_doc)
        if rec.title:
            self.add(doc, DCTERMS.title, Literal(rec.title))
        if rec.file:
            self.add(doc, CIVIC.file, Literal(rec.file))
        issued = _date_literal(rec.date) if rec.date else None
        if issued is not None:
            self.add(doc, DCTERMS.issued, issued)
            date_evidence = rec.date_evidence
            if date_evidence is not None and 0 <= date_evidence.start <= date_evidence.end:
                self.add(doc, CIVIC.dateStatedIn, self.evidence(date_evidence))
        if self.year is not None:
            self.add(doc, CIVIC.documentYear, _year_literal(self.year))
        if not _blank(rec.publisher):
            publisher = self.organization(rec.publisher)
            self.add(doc, DCTERMS.publisher, publisher)
            if rec.publisher in rec.organization_evidence:
                self.provenance(publisher, rec.organization_evidence[rec.publisher])
        if rec.content_hash:
            self.add(doc, CIVIC.contentHash, Literal(rec.content_hash))

    def officials(self) -> None:
        for off in self.rec.officials:
            if _blank(off.name):
                continue
            person = self.person(off.name)
            self.mention(person, off.evidence)
            self.surface_forms(person, off.name, off.aliases)
            owner = None
            if not _blank(off.of):
                owner = self.place(off.of) if self.names_place(off.of) else self.organization(off.of)
            if not _blank(off.title):
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
                if owner is not None and self.names_place(off.of or "") and is_head_title(off.title):
                    self.add(post, RDF.type, CIVIC.HeadPost)
                    self.add(person, CIVIC.leads, owner)
                self.holding(person, post, off.name, label, off.evidence)
            elif owner is not None:
                self.add(person, ORG.memberOf, owner)

    def holding(self, person: URIRef, post: URIRef, name: str, post_label: str,
                evidence: Evidence | None) -> None:
        """The n-ary, dated statement "this document says ``person`` holds ``post``", so that
        posts can be placed in time (who was mayor when the city won)."""
        node = self.iri.holding(self.rec.id, person, post)
        self.add(node, RDF.type, CIVIC.PostHolding)
        when = f" ({self.year})" if self.year is not None else ""
        self.add(node, RDFS.label, Literal(f"{_clean(name)}: {post_label}{when}"))
        self.add(node, CIVIC.holder, person)
        self.add(node, CIVIC.post, post)
        attested = _date_literal(self.rec.date) if self.rec.date else None
        if attested is None and self.year is not None:
            attested = Literal(str(self.year), datatype=XSD.gYear)
        if attested is not None:
            self.add(node, CIVIC.attestedOn, attested)
        if self.year is not None:
            self.add(node, CIVIC.attestedInYear, _year_literal(self.year))
        self.provenance(node, evidence)

    def awards(self) -> None:
        awards = [a for a in self.rec.awards if not _blank(a.city, a.award)]
        keys = [(_key(a.city), _key(canonical_award(a.award)), a.year) for a in awards]
        for i, aw in enumerate(awards):
            recipient = self.recipient(aw.city)
            edition = self.award_edition(aw.award, aw.year)
            qualifier = None
            if keys.count(keys[i]) > 1:  # same recipient wins one edition twice (two categories)
                qualifier = aw.category or f"n{keys[:i].count(keys[i]) + 1}"
            win = self.iri.win(self.rec.id, recipient, aw.award, aw.year, qualifier)
            self.add(recipient, CIVIC.won, edition)
            self.add(win, RDF.type, CIVIC.AwardWin)
            label = f"{' '.join(aw.city.split())}: {canonical_award(aw.award)}"
            label += f" {aw.year}" if aw.year is not None else ""
            label += f" ({_clean(aw.category or '')})" if not _blank(aw.category) else ""
            self.add(win, RDFS.label, Literal(label))
            self.add(win, CIVIC.recipient, recipient)
            self.add(win, CIVIC.edition, edition)
            if aw.rank is not None and int(aw.rank) > 0:
                self.add(win, CIVIC.rank, Literal(int(aw.rank), datatype=XSD.integer))
            if not _blank(aw.category):
                self.add(win, CIVIC.populationCategory, Literal(aw.category))
            if aw.streak is not None and int(aw.streak) > 0:
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
            if _blank(prog.name):
                continue
            city = None if _blank(prog.city) else self.place(prog.city or "")
            node = self.iri.program(prog.name, city)
            self.add(node, RDF.type, CIVIC.Program)
            self.add(node, RDFS.label, Literal(_clean(prog.name)))
            seen = {_key(prog.name)}
            for alias in prog.aliases:  # case variants of one alias are one alias
                if not _blank(alias) and _key(alias) not in seen:
                    seen.add(_key(alias))
                    self.add(node, SKOS.altLabel, Literal(_clean(alias)))
            if city is not None:
                self.add(node, CIVIC.operatedBy, city)
            self.mention(node, prog.evidence)

    def quotes(self) -> None:
        for q in self.rec.quotes:
            if _blank(q.speaker, q.text):
                continue
            speaker = self.person(q.speaker)
            node = self.iri.quote(self.rec.id, q.speaker, q.text)
            self.add(node, RDF.type, CIVIC.Quote)
            self.add(node, RDFS.label, Literal(f"Quote by {' '.join(q.speaker.split())}"))
            self.add(node, CIVIC.speaker, speaker)
            self.add(node, CIVIC.text, Literal(q.text))
            self.provenance(node, q.evidence)

    def events(self) -> None:
        for ev in self.rec.events:
            if _blank(ev.name):
                continue
            node = self.iri.event(ev.name, ev.date)
            self.add(node, RDF.type, CIVIC.Event)
            self.add(node, RDFS.label, Literal(_clean(ev.name)))
            if not _blank(ev.city):
                self.add(node, SCHEMA.location, self.place(ev.city or ""))
            start = _date_literal(ev.date, partial=True) if ev.date else None
            if start is not None:
                self.add(node, SCHEMA.startDate, start)
            if not _blank(ev.purpose):
                self.add(node, CIVIC.purpose, Literal(ev.purpose))
            self.mention(node, ev.evidence)

    def amounts(self) -> None:
        for am in self.rec.amounts:
            value = _decimal(am.amount_usd)
            if _blank(am.context) or value is None:
                continue
            node = self.iri.amount(self.rec.id, am.context, am.amount_usd, am.kind)
            self.add(node, RDF.type, CIVIC.MonetaryAmount)
            label = f"${am.amount_usd:,} {am.kind or 'amount'}: {am.context}"
            self.add(node, RDFS.label, Literal(label))
            self.add(node, SCHEMA.value, value)
            self.add(node, SCHEMA.currency, Literal("USD"))
            if not _blank(am.kind):
                self.add(node, CIVIC.amountKind, Literal(am.kind))
            self.add(node, CIVIC.context, Literal(am.context))
            self.provenance(node, am.evidence)

    def inferred(self) -> None:
        g = self.g_inf
        inferred = [i for i in self.rec.inferred_awards if not _blank(i.city, i.award) and i.year is not None]
        if not inferred:
            return
        self.source_document(g)
        for inf in inferred:
            recipient = self.recipient(inf.city, g)
            edition = self.award_edition(inf.award, inf.year, g)
            node = self.iri.inferred_win(self.rec.id, recipient, inf.award, inf.year)
            self.add(recipient, CIVIC.won, edition, g)
            self.add(node, RDF.type, CIVIC.InferredAwardWin, g)
            self.add(node, RDF.type, CIVIC.AwardWin, g)
            label = f"{' '.join(inf.city.split())}: {canonical_award(inf.award)} {inf.year} (inferred)"
            self.add(node, RDFS.label, Literal(label), g)
            self.add(node, CIVIC.recipient, recipient, g)
            self.add(node, CIVIC.edition, edition, g)
            self.add(node, CIVIC.reason, Literal(inf.why if not _blank(inf.why) else "implied by a stated streak"), g)
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
