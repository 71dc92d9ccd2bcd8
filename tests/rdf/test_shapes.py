"""SHACL shapes: every graph we build conforms; deliberately broken graphs do not."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rdflib import Graph, Literal, URIRef

from kg.rdf import namespaces as ns
from kg.rdf.mapping import record_to_graph, records_to_dataset
from kg.rdf.namespaces import CIVIC, DEFAULT_BASE, RDF, RDFS
from kg.rdf.validate import validate
from kg.record import Award, City, DocumentRecord, InferredAward, Official, Quote, records_from_json

from conftest import SHARED

WIN = URIRef(DEFAULT_BASE + "win/d/city-ma-boston/digital-cities-survey/2011")
INFERRED = URIRef(DEFAULT_BASE + "inferred-win/d/city-ma-boston/digital-cities-survey/2010")
EDITION = URIRef(DEFAULT_BASE + "award/digital-cities-survey/2011")
BOSTON = URIRef(DEFAULT_BASE + "city/ma/boston")


needs_shared = pytest.mark.skipif(not (SHARED / "gold" / "seeds.json").exists(),
                                  reason="../shared (gold records) is not available")


def gold(*names: str) -> list[DocumentRecord]:
    """Gold records from ../shared (quotes' ``starts_with`` is read as ``text`` by the record model)."""
    return [r for n in names for r in records_from_json((SHARED / n).read_text(encoding="utf-8"))]


def small_graph() -> Graph:
    return record_to_graph(DocumentRecord(
        id="d", date="2011-11-15", cities=[City("Boston", "MA")],
        officials=[Official("Thomas M. Menino", "Mayor", "Boston")],
        awards=[Award(city="Boston", award="Digital Cities Survey", year=2011, rank=1, streak=2)],
        inferred_awards=[InferredAward(city="Boston", award="Digital Cities Survey", year=2010, why="2 in a row")],
        quotes=[Quote("Thomas M. Menino", "This recognition is an example")]))


def test_a_small_graph_conforms() -> None:
    conforms, report = validate(small_graph())
    assert conforms, report


@needs_shared
def test_all_gold_records_conform() -> None:
    conforms, report = validate(records_to_dataset(gold("gold/seeds.json", "dev/gold.json")))
    assert conforms, report


def _set(s, p, o) -> Callable[[Graph], None]:
    return lambda g: g.set((s, p, o))


def _remove(s, p) -> Callable[[Graph], None]:
    return lambda g: g.remove((s, p, None))


def _quote_without_speaker(g: Graph) -> None:
    quote = next(g.subjects(RDF.type, CIVIC.Quote))
    g.remove((quote, CIVIC.speaker, None))


BROKEN = {
    "win without recipient": _remove(WIN, CIVIC.recipient),
    "win without edition": _remove(WIN, CIVIC.edition),
    "win with two recipients": lambda g: g.add((WIN, CIVIC.recipient, URIRef(DEFAULT_BASE + "city/x"))),
    "rank zero": _set(WIN, CIVIC.rank, Literal(0)),
    "rank as text": _set(WIN, CIVIC.rank, Literal("five")),
    "streak negative": _set(WIN, CIVIC.streak, Literal(-2)),
    "year as text": _set(EDITION, CIVIC.year, Literal("2011")),
    "edition without award": _remove(EDITION, CIVIC.ofAward),
    "city without label": _remove(BOSTON, RDFS.label),
    "empty label": _set(BOSTON, RDFS.label, Literal("")),
    "inferred win without reason": _remove(INFERRED, CIVIC.reason),
    "inferred win without derivation": _remove(INFERRED, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")),
    "quote without speaker": _quote_without_speaker,
    "won points to a city": lambda g: g.add((BOSTON, CIVIC.won, BOSTON)),
    "bad state code": _set(URIRef(DEFAULT_BASE + "state/ma"), CIVIC.uspsCode, Literal("Mass")),
    "date not a date": _set(URIRef(DEFAULT_BASE + "doc/d"), URIRef("http://purl.org/dc/terms/issued"),
                            Literal("November 2011")),
    "tie not boolean": _set(WIN, CIVIC.tie, Literal("yes", datatype=ns.XSD.string)),
}


@pytest.mark.parametrize("breakage", sorted(BROKEN))
def test_a_broken_graph_fails(breakage: str) -> None:
    graph = small_graph()
    before = len(graph)
    BROKEN[breakage](graph)
    assert len(graph) != before or breakage in {"rank zero", "rank as text", "streak negative", "year as text",
                                                "empty label", "bad state code", "date not a date",
                                                "tie not boolean"}
    conforms, report = validate(graph)
    assert not conforms, breakage
    assert "Constraint Violation" in report
