"""Columns a catalogue query declares as sets (``# set:``) come back with their items sorted, so a
GROUP_CONCAT gives the same value on every engine whatever order the engine met the items in."""

from __future__ import annotations

from rdflib import Literal

from kg import EXAMPLES_DIR, queries
from kg.build import build_paths
from kg.queries.sets import declared_sets, normalise, sort_items
from kg.store import open_store


def test_a_query_declares_its_set_columns_with_their_separator() -> None:
    assert queries.get("programs").sets == {"aliases": "; ", "documents": ", "}
    assert declared_sets("# set: documents\nSELECT * {}") == {"documents": ", "}
    assert declared_sets("SELECT * {}") == {}


def test_items_sort_numbers_by_value_then_text() -> None:
    assert sort_items("9, 10, 4", ", ") == "4, 9, 10"
    assert sort_items("b, a, 3", ", ") == "3, a, b"
    assert sort_items("", ", ") == ""


def test_every_grouped_column_of_the_catalogue_is_declared() -> None:
    for name, query in queries.catalogue().items():
        text = query.text.upper()
        assert text.count("GROUP_CONCAT") >= len(query.sets), name
        if "GROUP_CONCAT" in text and name not in ("programs",):
            assert query.sets, f"{name} concatenates values but declares no set column"


def test_rows_come_back_with_sorted_sets(tmp_path) -> None:
    with open_store(None) as store:
        build_paths([EXAMPLES_DIR], store)
        result = store.query("SELECT ?documents WHERE { BIND(\"b-2, a-1\" AS ?documents) }")
        assert [str(r[0]) for r in normalise(result, {"documents": ", "})] == ["a-1, b-2"]
        for row in queries.get("wins-any-source").rows(store):
            docs = str(row[-1]).split(", ")
            assert docs == sorted(docs)
            assert isinstance(row[-1], Literal)
