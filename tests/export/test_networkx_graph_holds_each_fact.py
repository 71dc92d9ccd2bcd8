"""The NetworkX graph of a built store, checked fact by fact against the store's facts, computed here
the plain way: every node, every edge with its key and attributes, every type and literal attribute.

Why: the conversion was rewritten for speed (a million statements); it must draw the same graph.
"""

from __future__ import annotations

from collections import defaultdict

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF

from kg import EXAMPLES_DIR
from kg.build import build_paths
from kg.export.networkx import local_name, node_id, to_networkx
from kg.store import open_store

from conftest import ROOT


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[list[tuple], object]:
    """The store's facts as rdflib triples, and its graph as ``to_networkx(store)`` draws it from the text
    the engine writes."""
    written = sorted((ROOT / "tests" / "data" / "written" / "docs").iterdir())[:30]
    with open_store(tmp_path_factory.mktemp("store") / "store") as store:
        build_paths([EXAMPLES_DIR, *written], store)
        return list(store.fact_triples()), to_networkx(store)


@pytest.fixture(scope="module")
def facts(built) -> list[tuple]:
    return built[0]


@pytest.mark.parametrize("source", ["rdflib triples", "the store"])
def test_every_fact_is_a_node_an_edge_or_an_attribute(built, source) -> None:
    facts = built[0]
    G = to_networkx(facts) if source == "rdflib triples" else built[1]
    literal_facts = [(s, p, o) for s, p, o in facts if isinstance(o, Literal)]
    edge_facts = [(s, p, o) for s, p, o in facts if not isinstance(o, Literal) and p != RDF.type]
    assert len(literal_facts) > 500 and len(edge_facts) > 500

    nodes = {node_id(s) for s, _p, _o in facts} | {node_id(o) for _s, _p, o in edge_facts}
    assert list(G) == sorted(nodes)

    expected = sorted((node_id(s), str(p), node_id(o)) for s, p, o in edge_facts)
    drawn = [(u, d["predicate"], v) for u, v, d in G.edges(data=True)]
    assert sorted(drawn) == expected
    assert all(d == {"predicate": d["predicate"], "label": local_name(d["predicate"])}
               for _u, _v, d in G.edges(data=True))
    keys: dict[tuple, list] = defaultdict(list)
    for u, v, k in G.edges(keys=True):
        keys[u, v].append(k)
    assert all(ks == list(range(len(ks))) for ks in keys.values())  # as NetworkX numbers them

    types: dict[str, set[str]] = defaultdict(set)
    for s, p, o in facts:
        if p == RDF.type and isinstance(o, URIRef):
            types[node_id(s)].add(str(o))
    for n, data in G.nodes(data=True):
        assert data["types"] == " ".join(sorted(types[n])), n
        assert data["iri"] == n
        assert data["type"] in {local_name(t) for t in types[n]} | {"Resource"}

    predicates: dict[str, set] = defaultdict(set)
    for s, p, o in literal_facts:
        predicates[node_id(s)].add(p)
        values = G.nodes[node_id(s)].values()
        assert any(_holds(v, o) for v in values), (s, p, o)
    for n, data in G.nodes(data=True):
        assert len(data) == 4 + len(predicates[n]), n  # iri, type, types, label and one per literal predicate


def _holds(value, lit: Literal) -> bool:
    """Whether a node attribute holds ``lit`` (alone, as its number or date, or among values joined by |)."""
    python = lit.toPython()
    python = python.isoformat() if hasattr(python, "isoformat") else python
    return value == python or str(value) == str(lit) or str(lit) in str(value).split(" | ") or (
        str(python) in str(value).split(" | "))


def test_facts_in_any_order_give_the_same_graph(facts) -> None:
    G, H = to_networkx(facts), to_networkx(list(reversed(facts)))
    assert list(G.nodes(data=True)) == list(H.nodes(data=True))
    assert list(G.edges(keys=True, data=True)) == list(H.edges(keys=True, data=True))
