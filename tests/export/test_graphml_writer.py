"""``kg.export.graphml.write_graphml`` writes NetworkX's GraphML byte for byte, and hands NetworkX what it
does not handle."""

from __future__ import annotations

import io

import networkx as nx
import pytest

from kg import EXAMPLES_DIR
from kg.build import build_paths
from kg.export.graphml import write_graphml
from kg.export.networkx import to_networkx
from kg.store import open_store

from conftest import ROOT


def both(G) -> tuple[bytes, bytes]:
    theirs, ours = io.BytesIO(), io.BytesIO()
    nx.write_graphml(G, theirs)
    write_graphml(G, ours)
    return theirs.getvalue(), ours.getvalue()


def test_the_graph_of_a_built_store_is_written_as_networkx_writes_it(tmp_path) -> None:
    written = sorted((ROOT / "tests" / "data" / "written" / "docs").iterdir())[:30]
    with open_store(tmp_path / "store") as store:
        build_paths([EXAMPLES_DIR, *written], store)
        G = to_networkx(store.fact_triples())
    theirs, ours = both(G)
    assert len(ours) > 100_000 and ours == theirs


def test_escaping_empty_values_keys_per_type_and_bare_elements() -> None:
    G = nx.MultiDiGraph()
    G.add_node('a<&">', iri="", n=3, f=1.5, b=True, text="x\ty\r\nz & <b> 'q' \"é\" 北京")
    G.add_node("b")
    G.add_node("c", iri="y", n=True, f="mixed")
    G.add_edge('a<&">', "b", predicate="p", label="l\nq")
    G.add_edge('a<&">', "b", predicate="p", label="", graph="g")
    G.add_edge("b", "c")
    G.add_edge("c", "b", key='k<"1">', label="keyed by text")
    theirs, ours = both(G)
    assert ours == theirs


@pytest.mark.parametrize("make", [
    lambda: nx.MultiDiGraph(name="with graph attributes"),
    lambda: nx.DiGraph([("a", "b")]),
    lambda: nx.MultiDiGraph([("a", "b", {7: "a key that is no string"})]),
])
def test_graphs_it_does_not_handle_are_written_by_networkx(make) -> None:
    G = make()
    G.add_node("x", label="x")
    theirs, ours = both(G)
    assert ours == theirs


def test_control_characters_are_refused_as_networkx_refuses_them() -> None:
    G = nx.MultiDiGraph()
    G.add_node("a", label="bell\x07")
    with pytest.raises(ValueError, match="XML compatible"):
        write_graphml(G, io.BytesIO())
    with pytest.raises(ValueError, match="XML compatible"):
        nx.write_graphml(G, io.BytesIO())
