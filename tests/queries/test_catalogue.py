"""The query catalogue: metadata, parameters, and the right rows on the seed gold records."""

from __future__ import annotations

import re

import pyoxigraph
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph

from kg import queries
from kg.errors import QueryError
from kg.rdf.mapping import record_to_quads, records_to_dataset
from kg.record import DocumentRecord, records_from_json

from conftest import SHARED

EXPECTED = {"winners", "streaks", "officials-of-winners", "programs", "quotes", "document", "consecutive-years",
            "conflicts", "about", "officials-when-won", "timeline", "city-record", "wins-any-source",
            "quoted-officials", "awards"}


needs_shared = pytest.mark.skipif(not (SHARED / "gold" / "seeds.json").exists(),
                                  reason="../shared (gold records) is not available")


def gold(*names: str) -> list[DocumentRecord]:
    """Gold records from ../shared (quotes' ``starts_with`` is read as ``text`` by the record model)."""
    return [r for n in names for r in records_from_json((SHARED / n).read_text(encoding="utf-8"))]


def test_catalogue_lists_every_query_with_title_and_description() -> None:
    cat = queries.catalogue()
    assert EXPECTED <= set(cat)
    for name, q in cat.items():
        assert q.name == name and q.title and q.description, name
        assert "SELECT" in q.text


def test_unknown_query_raises_e301() -> None:
    with pytest.raises(QueryError) as err:
        queries.get("no-such-query")
    assert err.value.code == "E301"


def test_render_injects_escaped_literals() -> None:
    q = queries.get("programs")
    assert q.parameters == {"city": "Boston"}
    text = q.render(city='Evil" } DROP ALL #')
    assert '"Evil\\" } DROP ALL #"' in text and "$city" not in text
    with pytest.raises(QueryError):
        q.render(town="Boston")
    with pytest.raises(QueryError):
        queries.get("winners").render(year="last year")


@pytest.fixture(scope="module")
def seed_records() -> list[DocumentRecord]:
    if not (SHARED / "gold" / "seeds.json").exists():
        pytest.skip("../shared (gold records) is not available")
    return gold("gold/seeds.json")


@pytest.fixture(scope="module")
def seeds(seed_records) -> Dataset:
    return records_to_dataset(seed_records)


def rows(ds: Dataset, query: str, /, **params) -> list[dict[str, str | None]]:
    q = queries.get(query)
    result = ds.query(q.render(**params) if q.parameters else q.text)
    names = [str(v) for v in result.vars]
    return [{n: (None if r[i] is None else str(r[i])) for i, n in enumerate(names)} for r in result]


def test_winners(seeds) -> None:
    got = rows(seeds, "winners", year=2019)
    assert {r["recipient"]: r["rank"] for r in got} == {
        "Baton Rouge": "5", "Norfolk": None, "Cape Coral": None, "Pasadena": None}
    assert {r["inferred"] for r in got} == {"false"}
    assert len(rows(seeds, "winners", award="Digital Cities Award", year=2019)) == 4  # an alias works
    older = rows(seeds, "winners", award="digital cities survey", year=2010)
    assert [(r["recipient"], r["inferred"]) for r in older] == [("Boston", "true")]


def test_streaks(seeds) -> None:
    got = [(r["recipient"], r["streak"], r["firstYear"], r["lastYear"]) for r in rows(seeds, "streaks")]
    assert got == [("Baton Rouge", "5", "2015", "2019"), ("Boston", "2", "2010", "2011")]


def test_officials_of_winners(seeds) -> None:
    got = {(r["official"], r["title"], r["jurisdiction"]) for r in rows(seeds, "officials-of-winners")}
    assert got == {("Thomas M. Menino", "Mayor", "Boston"), ("Bill Oates", "Chief Information Officer", "Boston"),
                   ("Sharon Weston Broome", "Mayor-President", "Baton Rouge")}


def test_programs(seeds) -> None:
    got = {r["program"]: r["aliases"] for r in rows(seeds, "programs", city="boston")}
    assert set(got) == {"Citizens Connect", "Online Chat with the Mayor's 24 hour Constituent Services staff",
                        "Boston Business Hub", "Boston about Results"}
    assert got["Boston about Results"] == "BAR"
    assert len(rows(seeds, "programs", city="Baton Rouge")) == 8


def test_quotes(seeds) -> None:
    got = {(r["speaker"], r["document"]) for r in rows(seeds, "quotes")}
    assert ("Sharon Weston Broome", "baton-rouge-2019-digital-cities") in got
    assert len(got) == 4
    assert rows(seeds, "quotes", award="Best of the Web") == []


def test_document(seeds) -> None:
    got = rows(seeds, "document", doc="boston-2011-digital-cities")
    assert ("stated", "Boston", "won", "Digital Cities Survey 2011") in {
        (r["graph"], r["subject"], r["predicate"], r["object"]) for r in got}
    assert ("inferred", "Boston", "won", "Digital Cities Survey 2010") in {
        (r["graph"], r["subject"], r["predicate"], r["object"]) for r in got}
    assert not any("Baton Rouge" in (r["subject"] or "") for r in got)


def test_consecutive_years(seeds) -> None:
    got = [(r["recipient"], r["firstYear"], r["lastYear"], r["years"]) for r in rows(seeds, "consecutive-years")]
    assert got == [("Baton Rouge", "2015", "2019", "5"), ("Boston", "2010", "2011", "2")]


def test_every_query_runs_on_oxigraph_like_the_store(seed_records) -> None:
    """The store runs the same texts on Oxigraph with the default graph kept equal to the
    union (as a set) of the document graphs; the answers agree with rdflib's."""
    store = pyoxigraph.Store()
    quads = [q for record in seed_records for q in record_to_quads(record)]
    store.extend(pyoxigraph.Quad(_ox(s), _ox(p), _ox(o), pyoxigraph.NamedNode(str(g))) for s, p, o, g in quads)
    store.extend(pyoxigraph.Quad(_ox(s), _ox(p), _ox(o), pyoxigraph.DefaultGraph())
                 for s, p, o in dict.fromkeys((s, p, o) for s, p, o, _ in quads))
    rdflib_ds = records_to_dataset(seed_records)
    for name, q in queries.catalogue().items():
        text = q.render()
        ox_rows = sorted(tuple(_cell(t, t and t.value) for t in row) for row in store.query(text))
        rdf_rows = sorted(tuple(_cell(t, str(t)) for t in row) for row in rdflib_ds.query(text))
        assert ox_rows == rdf_rows, name
        # the seeds agree with each other, and quote each person in one year only
        assert ox_rows or name in {"conflicts", "quoted-officials"}, name


@needs_shared
def test_queries_merge_facts_across_the_dev_documents() -> None:
    """On all gold records: streaks from any document, runs joined across documents
    (Boston 2010-2011 from its own release, 2012 from Louisville's, where it has no state)."""
    store = pyoxigraph.Store()
    quads = [q for record in gold("gold/seeds.json", "dev/gold.json") for q in record_to_quads(record)]
    store.extend(pyoxigraph.Quad(_ox(s), _ox(p), _ox(o), pyoxigraph.DefaultGraph())
                 for s, p, o in dict.fromkeys((s, p, o) for s, p, o, _ in quads))

    def run(name: str) -> list[tuple]:
        return [tuple(t.value if t is not None else None for t in r) for r in store.query(queries.get(name).render())]

    assert run("streaks")[:2] == [("Montgomery County", "Digital Counties Survey", "16", "2003", "2018"),
                                  ("Long Beach", "Digital Cities Survey", "14", "2011", "2024")]
    runs = run("consecutive-years")
    assert ("Boston", "Digital Cities Survey", "2010", "2012", "3") in runs
    assert ("Long Beach", "Digital Cities Survey", "2011", "2024", "14") in runs


def _cell(term, text: str) -> str:
    """A comparable cell: GROUP_CONCAT order is up to the engine, so sort the parts."""
    if term is None:
        return ""
    return "|".join(sorted(re.split(r"; |, ", text)))


def _ox(term):
    from rdflib import Literal, URIRef

    if isinstance(term, URIRef):
        return pyoxigraph.NamedNode(str(term))
    assert isinstance(term, Literal)
    if term.language:
        return pyoxigraph.Literal(str(term), language=term.language)
    if term.datatype:
        return pyoxigraph.Literal(str(term), datatype=pyoxigraph.NamedNode(str(term.datatype)))
    return pyoxigraph.Literal(str(term))


def test_conflicts_between_documents_are_listed_with_their_sources() -> None:
    from kg.record import Award, City

    def doc(doc_id: str, rank: int, category: str) -> DocumentRecord:
        return DocumentRecord(id=doc_id, cities=[City("Louisville", "KY")], awards=[
            Award(city="Louisville", award="Digital Cities Survey", year=2015, rank=rank, category=category)])

    ds = records_to_dataset([doc("a", 2, "250,000 or more"), doc("b", 3, "250,000 or more"), doc("c", 2, "big")])
    got = {(r["field"], r["value"], r["document"], r["otherValue"], r["otherDocument"])
           for r in rows(ds, "conflicts")}
    assert got == {("rank", "2", "a", "3", "b"), ("rank", "3", "b", "2", "c"),
                   ("category", "250,000 or more", "a", "big", "c"),
                   ("category", "250,000 or more", "b", "big", "c")}
    winners = rows(ds, "winners", year=2015)
    assert sorted((r["rank"], r["category"], r["documents"]) for r in winners) == [
        ("2", "250,000 or more", "a"), ("2", "big", "c"), ("3", "250,000 or more", "b")]


@settings(max_examples=60, deadline=None)
@given(st.text())
def test_any_parameter_value_round_trips_through_render(value: str) -> None:
    """Whatever a user passes, the rendered query parses and sees exactly that string."""
    q = queries.CatalogueQuery(name="t", title="t", description="t",
                               text="SELECT ?v WHERE { BIND($p AS ?v) }", parameters={"p": "x"})
    (row,) = list(Graph().query(q.render(p=value)))
    assert str(row[0]) == value.strip()


def test_about(seeds) -> None:
    got = {(r["subject"], r["predicate"], r["object"]) for r in rows(seeds, "about", name="boston")}
    assert ("Boston", "won", "Digital Cities Survey 2011") in got
    assert ("Thomas M. Menino", "leads", "Boston") in got
    assert ("Boston", "type", "civic:City") in got
    assert all(r["documents"] == "boston-2011-digital-cities" for r in rows(seeds, "about", name="Boston"))


@pytest.mark.parametrize("value", ["\\U0000", "a\\u0041b", "\\u00e9", "x\\\\uy"])
def test_a_backslash_before_u_in_a_value_is_no_code_point_escape(value: str) -> None:
    """SPARQL reads \\u and \\U escapes before parsing, rdflib even after an escaped backslash."""
    import pyoxigraph as ox

    q = queries.CatalogueQuery(name="t", title="t", description="t",
                               text="SELECT ?v WHERE { BIND($p AS ?v) }", parameters={"p": "x"})
    (row,) = list(Graph().query(q.render(p=value)))
    assert str(row[0]) == value
    assert next(iter(ox.Store().query(q.render(p=value))))["v"].value == value
