"""Record -> RDF mapping: stable IRIs, named graphs, provenance, determinism, hostile strings."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.rdf.mapping import (
    document_graph_iri,
    inferred_graph_iri,
    record_to_graph,
    record_to_quads,
    records_to_dataset,
)
from kg.rdf.namespaces import CIVIC, DCTERMS, DEFAULT_BASE, ORG, PROV, RDF, RDFS, SKOS
from kg.rdf.validate import validate
from kg.record import (
    Amount,
    Award,
    City,
    DocumentRecord,
    Event,
    Evidence,
    InferredAward,
    Official,
    Program,
    Quote,
    records_from_json,
)

from conftest import SHARED

B = DEFAULT_BASE


needs_shared = pytest.mark.skipif(not (SHARED / "gold" / "seeds.json").exists(),
                                  reason="../shared (gold records) is not available")


def gold(*names: str) -> list[DocumentRecord]:
    """Gold records from ../shared (quotes' ``starts_with`` is read as ``text`` by the record model)."""
    return [r for n in names for r in records_from_json((SHARED / n).read_text(encoding="utf-8"))]


def iri(path: str) -> URIRef:
    return URIRef(B + path)


def boston(doc_id: str = "boston-2011", rank: int | None = None) -> DocumentRecord:
    sentence = "Boston was named a top Digital City for the second year in a row."
    return DocumentRecord(
        id=doc_id, file="x/boston.txt", date="2011-11-15", publisher="Mayor's Office",
        title="Boston named top Digital City", content_hash="ab" * 32,
        cities=[City("Boston", "MA", Evidence(sentence, 0, len(sentence)))],
        officials=[Official("Thomas M. Menino", "Mayor", "Boston"),
                   Official("Todd Sander", "Director", "CDG")],
        organizations=["Center for Digital Government"],
        awards=[Award(city="Boston", award="Digital Cities Survey", year=2011, rank=rank, streak=2,
                      evidence=Evidence(sentence, 0, len(sentence)))],
        inferred_awards=[InferredAward(city="Boston", award="Digital Cities Survey", year=2010,
                                       why="second year in a row in 2011")],
        programs=[Program("Citizens Connect", "Boston", ["Citizen Connect 3.0"])],
        quotes=[Quote("Thomas M. Menino", "This recognition is an example")],
        events=[Event("NLC conference", "Boston", "2011-11-10", "honorees recognized")],
        amounts=[Amount("efficiency study", 7000000, "savings")],
    )


def test_the_iri_scheme_is_readable_and_shared() -> None:
    g = record_to_graph(boston())
    city, edition = iri("city/ma/boston"), iri("award/digital-cities-survey/2011")
    assert (city, RDF.type, CIVIC.City) in g
    assert (city, CIVIC.inState, iri("state/ma")) in g
    assert (iri("state/ma"), RDFS.label, Literal("Massachusetts")) in g
    assert (city, CIVIC.won, edition) in g
    assert (edition, CIVIC.ofAward, iri("award/digital-cities-survey")) in g
    assert (edition, CIVIC.year, Literal(2011)) in g
    win = iri("win/boston-2011/city-ma-boston/digital-cities-survey/2011")
    assert (win, CIVIC.recipient, city) in g and (win, CIVIC.edition, edition) in g
    assert (win, CIVIC.streak, Literal(2)) in g
    menino = iri("person/thomas-menino")
    assert (menino, CIVIC.leads, city) in g
    post = iri("post/city-ma-boston/mayor")
    assert (menino, ORG.holds, post) in g and (post, ORG.postIn, city) in g
    assert (post, CIVIC.title, Literal("Mayor")) in g
    # the acronym CDG folds onto the organisation's canonical IRI
    assert (iri("post/org-center-for-digital-government/director"), ORG.postIn,
            iri("org/center-for-digital-government")) in g
    assert (iri("person/todd-sander"), CIVIC.leads, None) not in g
    program = iri("program/city-ma-boston/citizens-connect")
    assert (program, CIVIC.operatedBy, city) in g
    assert (program, SKOS.altLabel, Literal("Citizen Connect 3.0")) in g


def test_stated_and_inferred_facts_live_in_separate_named_graphs() -> None:
    quads = record_to_quads(boston())
    g_doc, g_inf = document_graph_iri("boston-2011"), inferred_graph_iri("boston-2011")
    assert {q[3] for q in quads} == {g_doc, g_inf}
    inferred = iri("inferred-win/boston-2011/city-ma-boston/digital-cities-survey/2010")
    stated = iri("win/boston-2011/city-ma-boston/digital-cities-survey/2011")
    assert (inferred, RDF.type, CIVIC.InferredAwardWin, g_inf) in quads
    assert (inferred, PROV.wasDerivedFrom, stated, g_inf) in quads
    assert (inferred, CIVIC.reason, Literal("second year in a row in 2011"), g_inf) in quads
    assert (iri("city/ma/boston"), CIVIC.won, iri("award/digital-cities-survey/2010"), g_inf) in quads
    assert not any(q[0] == inferred and q[3] == g_doc for q in quads)


def test_provenance_reaches_the_evidence_sentence_or_the_document() -> None:
    g = record_to_graph(boston())
    doc = iri("doc/boston-2011")
    assert (doc, RDF.type, CIVIC.SourceDocument) in g
    assert (doc, DCTERMS.publisher, iri("org/boston-2011/mayors-office")) in g  # generic: per document
    assert (doc, CIVIC.contentHash, Literal("ab" * 32)) in g
    win = iri("win/boston-2011/city-ma-boston/digital-cities-survey/2011")
    evidence = g.value(win, PROV.wasDerivedFrom)
    assert (evidence, RDF.type, CIVIC.EvidenceSentence) in g
    assert (evidence, DCTERMS.source, doc) in g
    assert g.value(evidence, CIVIC.startOffset) == Literal(0)
    quote = next(g.subjects(RDF.type, CIVIC.Quote))
    assert (quote, PROV.wasDerivedFrom, doc) in g and (quote, DCTERMS.source, doc) in g


def test_mapping_is_deterministic() -> None:
    first, second = record_to_quads(boston()), record_to_quads(boston())
    assert first == second
    assert isomorphic(record_to_graph(boston()), record_to_graph(boston()))
    assert not any(isinstance(term, type(None)) for q in first for term in q)


def test_conflicting_ranks_from_two_documents_are_both_kept() -> None:
    ds = records_to_dataset([boston("doc-a", rank=3), boston("doc-b", rank=4)])
    edition = iri("award/digital-cities-survey/2011")
    wins = set(ds.subjects(CIVIC.edition, edition))
    stated = {w for w in wins if (w, RDF.type, CIVIC.InferredAwardWin) not in ds}
    assert len(stated) == 2
    assert {ds.value(w, CIVIC.rank) for w in stated} == {Literal(3), Literal(4)}
    assert {ds.value(w, DCTERMS.source) for w in stated} == {iri("doc/doc-a"), iri("doc/doc-b")}
    # the direct edge is the same triple in both documents' graphs
    graphs = {c for _, _, _, c in ds.quads((iri("city/ma/boston"), CIVIC.won, edition, None))}
    assert {str(getattr(c, "identifier", c)) for c in graphs} == {B + "graph/doc-a", B + "graph/doc-b"}


def test_base_is_configurable() -> None:
    quads = record_to_quads(boston(), base="http://localhost:8000/kg/")
    iris = {str(t) for q in quads for t in q if isinstance(t, URIRef)}
    minted = {i for i in iris if "w3id.org/civic-kg/id/" in i}
    assert not minted
    assert "http://localhost:8000/kg/city/ma/boston" in iris


def test_two_categories_of_one_edition_give_two_win_nodes() -> None:
    rec = DocumentRecord(id="d", cities=[City("Lafayette", "LA")], awards=[
        Award(city="Lafayette", award="Smart 50 Awards", year=2019, category="Community Engagement"),
        Award(city="Lafayette", award="Smart 50 Awards", year=2019, category="Urban Infrastructure")])
    g = record_to_graph(rec)
    assert len(set(g.subjects(RDF.type, CIVIC.AwardWin))) == 2


def test_ties_are_detected_within_one_ranking() -> None:
    rec = DocumentRecord(id="d", awards=[
        Award(city="Louisville", award="Digital Cities Survey", year=2015, rank=2, category="big"),
        Award(city="Los Angeles", award="Digital Cities Survey", year=2015, rank=2, category="big"),
        Award(city="Philadelphia", award="Digital Cities Survey", year=2015, rank=1, category="big")])
    g = record_to_graph(rec)
    ties = {str(g.value(w, CIVIC.recipient)).rsplit("/", 1)[-1]
            for w in g.subjects(CIVIC.tie, Literal(True))}
    assert ties == {"louisville", "los-angeles"}


def test_bare_city_names_get_a_state_only_when_unambiguous() -> None:
    rec = DocumentRecord(id="d", cities=[City("Boston"), City("Arlington"), City("Dubai")])
    cities = set(record_to_graph(rec).subjects(RDF.type, CIVIC.City))
    assert cities == {iri("city/ma/boston"), iri("city/arlington"), iri("city/dubai")}


def test_state_codes_are_normalised() -> None:
    rec = DocumentRecord(id="d", cities=[City("Norfolk", "Va."), City("Tampa", "fl"), City("Reno", "Nevada")])
    cities = set(record_to_graph(rec).subjects(RDF.type, CIVIC.City))
    assert cities == {iri("city/va/norfolk"), iri("city/fl/tampa"), iri("city/nv/reno")}


def test_counties_and_organisations_are_recognised() -> None:
    rec = DocumentRecord(id="d", awards=[Award(city="King County", award="Digital Counties Survey", year=2019)],
                         officials=[Official("Jane Doe", "County Executive", "King County")])
    g = record_to_graph(rec)
    county = iri("county/king-county")
    assert (county, RDF.type, CIVIC.County) in g
    assert (iri("person/jane-doe"), CIVIC.leads, county) in g  # county-shaped, though not listed


@needs_shared
def test_gold_records_map_to_named_graphs() -> None:
    ds = records_to_dataset(gold("gold/seeds.json", "dev/gold.json"))
    graphs = {str(c.identifier) for c in ds.contexts()}
    assert B + "graph/boston-2011-digital-cities" in graphs
    assert B + "graph/baton-rouge-2019-digital-cities/inferred" in graphs
    cities = set(ds.subjects(RDF.type, CIVIC.City))
    assert iri("city/ma/boston") in cities and iri("city/la/baton-rouge") in cities
    # Arlington, Texas and Arlington County, Virginia stay apart
    assert iri("city/tx/arlington") in cities
    assert iri("county/va/arlington-county") in set(ds.subjects(RDF.type, CIVIC.County))


names = st.text(max_size=30)


@st.composite
def hostile_records(draw) -> DocumentRecord:
    name, other = draw(names), draw(names)
    return DocumentRecord(
        id=draw(st.text(min_size=1, max_size=20)), title=draw(st.one_of(st.none(), names)),
        date=draw(st.one_of(st.none(), names)), publisher=draw(st.one_of(st.none(), names)),
        cities=[City(name, draw(st.one_of(st.none(), st.text(max_size=3))))],
        officials=[Official(other, draw(st.one_of(st.none(), names)), name)],
        organizations=[other],
        awards=[Award(city=name, award=other, year=draw(st.one_of(st.none(), st.integers(1, 3000))),
                      rank=draw(st.one_of(st.none(), st.integers(1, 100))), category=draw(names))],
        inferred_awards=[InferredAward(city=name, award=other, year=1999, why=draw(names))],
        programs=[Program(draw(names), name, [draw(names)])],
        quotes=[Quote(other, draw(names), Evidence(draw(names), 0, draw(st.integers(0, 50))))],
        events=[Event(draw(names), name, draw(st.one_of(st.none(), names)), draw(names))],
        amounts=[Amount(draw(names), draw(st.integers(0, 10**12)), draw(names))],
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_records())
def test_any_record_serialises_and_reparses(record: DocumentRecord) -> None:
    graph = record_to_graph(record)
    again = Graph().parse(data=graph.serialize(format="turtle"), format="turtle")
    assert isomorphic(graph, again)
    ds = Dataset()
    for s, p, o, g in record_to_quads(record):
        ds.add((s, p, o, g))
    back = Dataset().parse(data=ds.serialize(format="nquads"), format="nquads")
    assert _quad_set(back) == _quad_set(ds) == {(s, p, o, str(g)) for s, p, o, g in record_to_quads(record)}


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_records())
def test_any_record_maps_to_a_conforming_graph(record: DocumentRecord) -> None:
    conforms, report = validate(record_to_graph(record))
    assert conforms, report


def _quad_set(ds: Dataset) -> set[tuple]:
    return {(s, p, o, str(getattr(g, "identifier", g))) for s, p, o, g in ds.quads((None, None, None, None))}


def test_name_variants_of_people_and_places_merge() -> None:
    a = DocumentRecord(id="a", cities=[City("St. Louis", "MO")], officials=[Official("Thomas M. Menino", "Mayor")])
    b = DocumentRecord(id="b", cities=[City("City of Saint Louis", "MO")], officials=[Official("Thomas Menino")])
    ds = records_to_dataset([a, b])
    assert set(ds.subjects(RDF.type, CIVIC.Person)) == {iri("person/thomas-menino")}
    assert set(ds.subjects(RDF.type, CIVIC.City)) == {iri("city/mo/st-louis")}


def test_owners_and_recipients_are_places_or_organisations() -> None:
    rec = DocumentRecord(
        id="d", organizations=["Code for America"],
        officials=[Official("Eric Garcetti", "Mayor", "Los Angeles"),  # a known city, not listed
                   Official("Jen Pahlka", "Founder", "Code for America")],
        awards=[Award(city="Code for America", award="Some Prize", year=2012)])
    g = record_to_graph(rec)
    assert (iri("person/eric-garcetti"), CIVIC.leads, iri("city/ca/los-angeles")) in g
    assert (iri("post/org-code-for-america/founder"), ORG.postIn, iri("org/code-for-america")) in g
    assert (iri("org/code-for-america"), CIVIC.won, iri("award/some-prize/2012")) in g
    assert validate(g)[0]


def test_generic_organisations_stay_within_their_document() -> None:
    a = DocumentRecord(id="a", organizations=["Mayor's Office", "CDG"])
    b = DocumentRecord(id="b", organizations=["Mayor's Office", "Center for Digital Government"])
    orgs = set(records_to_dataset([a, b]).subjects(RDF.type, CIVIC.Organization))
    assert orgs == {iri("org/a/mayors-office"), iri("org/b/mayors-office"),
                    iri("org/center-for-digital-government")}
