"""Organisation -gives-> Award: the mapping states who gives each award series the award list names an
organiser for, the SHACL shapes hold the edge to an organisation and an award, and a query can ask."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef

from kg import queries
from kg.rdf.mapping import record_to_graph
from kg.rdf.names import organiser_of
from kg.rdf.namespaces import CIVIC, DEFAULT_BASE, RDF, RDFS
from kg.rdf.validate import validate
from kg.record import Award, City, DocumentRecord, InferredAward
from kg.store import open_store

CDG = URIRef(DEFAULT_BASE + "org/center-for-digital-government")
DCS = URIRef(DEFAULT_BASE + "award/digital-cities-survey")


def record(*awards: Award, inferred: tuple[InferredAward, ...] = ()) -> DocumentRecord:
    return DocumentRecord(id="d", date="2011-11-15", cities=[City("Boston", "MA")], awards=list(awards),
                          inferred_awards=list(inferred))


def test_the_organiser_gives_the_award_in_the_document_graph() -> None:
    g = record_to_graph(record(Award(city="Boston", award="Digital Cities Award", year=2011)))
    assert (CDG, CIVIC.gives, DCS) in g
    assert (CDG, RDF.type, CIVIC.Organization) in g
    assert (CDG, RDFS.label, Literal("Center for Digital Government")) in g
    assert validate(g)[0]


def test_an_award_without_a_known_organiser_has_no_giver() -> None:
    assert organiser_of("CIO of the Year") is None and organiser_of("An Award Nobody Lists") is None
    g = record_to_graph(record(Award(city="Boston", award="An Award Nobody Lists", year=2011)))
    assert not list(g.triples((None, CIVIC.gives, None)))


def test_an_award_only_inferred_still_names_its_giver() -> None:
    g = record_to_graph(record(Award(city="Boston", award="Digital Cities Survey", year=2011, streak=2),
                               inferred=(InferredAward(city="Boston", award="Digital Cities Survey", year=2010,
                                                       why="2 in a row"),)))
    assert len(set(g.triples((CDG, CIVIC.gives, DCS)))) == 1
    assert validate(g)[0]


def test_the_shapes_refuse_a_giver_that_is_not_an_organisation_or_a_gift_that_is_not_an_award() -> None:
    g = record_to_graph(record(Award(city="Boston", award="Digital Cities Survey", year=2011)))
    wrong = Graph()
    for t in g:
        wrong.add(t)
    wrong.add((CDG, CIVIC.gives, URIRef(DEFAULT_BASE + "city/ma/boston")))
    ok, report = validate(wrong)
    assert not ok and "civic:gives points from a civic:Organization to a civic:Award" in report
    person = URIRef(DEFAULT_BASE + "person/someone")
    wrong = Graph()
    for t in g:
        wrong.add(t)
    wrong.add((person, RDFS.label, Literal("Someone")))
    wrong.add((person, CIVIC.gives, DCS))
    assert not validate(wrong)[0]


def test_a_query_asks_who_gives_an_award(tmp_path) -> None:
    from kg import EXAMPLES_DIR
    from kg.build import build_paths

    with open_store(None) as store:
        build_paths([EXAMPLES_DIR], store)
        rows = {str(r[0]): str(r[1]) for r in queries.get("awards").rows(store)}
    assert rows["Digital Cities Survey"] == "Center for Digital Government"
