"""The NetworkX export reads a store's facts once each (``Store.fact_triples``, or as plain terms
``Store.fact_rows``, which Oxigraph writes as text from a thread of its own), made distinct inside Oxigraph,
and draws the same graph as the union of the document graphs read through rdflib."""

from __future__ import annotations

import io

import networkx as nx
import pytest

from kg import EXAMPLES_DIR
from kg.build import build_paths
from kg.export.networkx import to_networkx
from kg.rdf.plain_terms import from_rdflib
from kg.store import open_store


@pytest.fixture(scope="module", params=["oxigraph", "memory"])
def store(request):
    with open_store(None, backend=request.param) as st:
        build_paths([EXAMPLES_DIR], st)
        yield st


def _graphml(G: nx.MultiDiGraph) -> bytes:
    buf = io.BytesIO()
    nx.write_graphml(G, buf)
    return buf.getvalue()


def test_fact_triples_are_the_distinct_triples_of_the_document_graphs(store) -> None:
    facts = list(store.fact_triples())
    assert len(facts) == len(set(facts)) > 100
    assert set(facts) == {(s, p, o) for s, p, o, _g in store.quads()}


def test_the_export_of_the_facts_is_the_graph_of_the_union(store) -> None:
    assert _graphml(to_networkx(store.fact_triples())) == _graphml(to_networkx(store.union_graph()))


def test_fact_rows_are_the_fact_triples_as_plain_terms(store) -> None:
    rows = list(store.fact_rows())
    assert sorted(rows, key=repr) == sorted(((from_rdflib(s), from_rdflib(p), from_rdflib(o))
                                             for s, p, o in store.fact_triples()), key=repr)


def test_the_export_of_the_store_is_the_graph_of_its_facts(store) -> None:
    assert _graphml(to_networkx(store)) == _graphml(to_networkx(store.fact_triples()))


def test_a_reader_that_stops_early_leaves_no_file_and_no_thread_behind(tmp_path, monkeypatch) -> None:
    import tempfile
    import threading

    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    with open_store(tmp_path / "store") as store:
        build_paths([EXAMPLES_DIR], store)
        rows = store.fact_rows()
        assert next(rows)
        rows.close()  # as a consumer that raised would: it does not wait for the engine
        assert list(scratch.iterdir()) == []
        for thread in [t for t in threading.enumerate() if t.name == "kg-results-text"]:
            thread.join(timeout=60)  # the engine finishes writing into the removed file, and its thread ends
    assert not [t for t in threading.enumerate() if t.name == "kg-results-text"]


def test_an_engine_that_cannot_write_the_results_is_one_store_error(tmp_path) -> None:
    from kg.errors import StoreError

    with open_store(tmp_path / "store") as store:
        build_paths([EXAMPLES_DIR], store)
        with pytest.raises(StoreError, match=r"E211.*the engine could not write the results"):
            list(store._tsv("SELECT ?s WHERE { this is not SPARQL }"))
