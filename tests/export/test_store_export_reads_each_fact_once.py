"""The NetworkX export reads a store's facts once each (``Store.fact_triples``), made distinct inside
Oxigraph, and draws the same graph as the union of the document graphs read through rdflib."""

from __future__ import annotations

import io

import networkx as nx
import pytest

from kg import EXAMPLES_DIR
from kg.build import build_paths
from kg.export.networkx import to_networkx
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
