"""Catalogue parameter values are bound, never pasted into query text; `kg query` refuses updates."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg import queries
from kg.cli import main
from kg.queries.sparql_text import kind, remote_operations, substitute, tokens
from kg.record import City, DocumentRecord
from kg.store import open_store

HOSTILE = 'Evil" } ; DROP ALL ; INSERT DATA { <urn:a> <urn:b> <urn:c> } #{ \\u0022 $city \'x\' """'


def test_values_come_back_as_literals_and_the_text_keeps_its_variables() -> None:
    q = queries.get("winners")
    values = q.values(year="2011", award=HOSTILE)
    assert str(values["award"]) == HOSTILE.strip() and values["year"].toPython() == 2011
    assert "$award" in q.text and HOSTILE not in q.text


@pytest.mark.parametrize("backend", ["oxigraph", "memory"])
def test_a_hostile_value_is_matched_exactly_and_changes_nothing(backend: str, tmp_path: Path) -> None:
    with (open_store(tmp_path / "s") if backend == "oxigraph" else open_store(backend="memory")) as store:
        store.add_document(DocumentRecord(id="evil", content_hash="1", title="t", cities=[City(HOSTILE, "MA")]))
        store.add_document(DocumentRecord(id="ok", content_hash="2", title="t", cities=[City("Boston", "MA")]))
        before = len(store)
        q = queries.get("about")
        rows = list(store.query(q.text, q.values(name=HOSTILE)))
        assert any(str(r[0]) == HOSTILE for r in rows) and not any("Boston" in map(str, r) for r in rows)
        assert list(store.query(q.text, q.values(name=HOSTILE + "x"))) == []
        assert len(store) == before


def test_substitution_is_one_pass_over_the_original_tokens() -> None:
    text = 'SELECT ?v WHERE { BIND(CONCAT($a, $b) AS ?v) } # $a'
    out = substitute(text, {"a": '"$b"', "b": '"x"'})
    assert out == 'SELECT ?v WHERE { BIND(CONCAT("$b", "x") AS ?v) } # $a'


@settings(max_examples=80, deadline=None)
@given(st.text())
def test_any_value_round_trips_through_oxigraph(value: str) -> None:
    """Oxigraph decodes \\u escapes before parsing: a value holding them must still come back intact."""
    import pyoxigraph as ox

    q = queries.CatalogueQuery(name="t", title="t", description="t",
                               text="SELECT ?v WHERE { BIND($p AS ?v) }", parameters={"p": "x"})
    (row,) = list(ox.Store().query(q.render(p=value)))
    assert row["v"].value == value.strip()
    before = [t[:2] for t in tokens(q.text)]
    after = [t[:2] for t in tokens(q.render(p=value))]
    assert len(after) == len(before)  # one literal token where the variable was


@pytest.mark.parametrize("text", [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "PREFIX ex: <http://ex/>\nDELETE WHERE { ?s ?p ?o }",
    "# comment\nLOAD <http://127.0.0.1:9/x>",
    "CLEAR ALL", "drop graph <urn:g>",
    "\\u0049NSERT DATA { <urn:a> <urn:b> <urn:c> }",
])
def test_updates_are_recognised(text: str) -> None:
    assert kind(text) == "update"


@pytest.mark.parametrize("text", [
    "SELECT * WHERE { ?s ?p ?o }", "PREFIX insert: <http://x/> ASK { ?s insert:p ?o }",
    'SELECT * WHERE { ?s ?p "INSERT" }', "CONSTRUCT WHERE { ?s ?p ?o }",
])
def test_queries_are_recognised(text: str) -> None:
    assert kind(text) == "query"


@pytest.mark.parametrize(("text", "found"), [
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", ["SERVICE"]),
    ("SELECT * WHERE { service silent <http://x/> { ?s ?p ?o } }", ["SERVICE"]),
    ("SELECT * WHERE { \\u0053ERVICE <http://x/> { ?s ?p ?o } }", ["SERVICE"]),
    ("LOAD <http://x/> INTO GRAPH <urn:g>", ["LOAD"]),
    ('SELECT * WHERE { ?s <http://x/SERVICE> "SERVICE" } # SERVICE', []),
    ("PREFIX service: <http://x/> SELECT * WHERE { ?service service:load ?o }", []),
])
def test_remote_operations(text: str, found: list[str]) -> None:
    assert remote_operations(text) == found


def test_kg_query_refuses_an_update_with_a_coded_line(tmp_path: Path, capsys) -> None:
    store = tmp_path / "store"
    with open_store(store) as st_:
        st_.add_document(DocumentRecord(id="a", content_hash="1", title="t", cities=[City("Boston", "MA")]))
    assert main(["query", "DELETE WHERE { ?s ?p ?o }", "-s", str(store)]) != 0
    err = capsys.readouterr().err.strip()
    assert err.startswith("error[E304]") and "DELETE" in err and "\n" not in err
    assert main(["query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "-s", str(store), "-f", "csv"]) == 0
    assert int(capsys.readouterr().out.split()[-1]) > 0


def test_kg_query_binds_a_hostile_parameter(tmp_path: Path, capsys) -> None:
    store = tmp_path / "store"
    with open_store(store) as st_:
        st_.add_document(DocumentRecord(id="a", content_hash="1", title="t", cities=[City(HOSTILE, "MA")]))
    assert main(["query", "about", "--param", f"name={HOSTILE}", "-s", str(store), "-f", "json"]) == 0
    assert HOSTILE.replace("\\", "\\\\").replace('"', '\\"') in capsys.readouterr().out
