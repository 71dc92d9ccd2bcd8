"""to_networkx: RDF graphs and datasets as NetworkX multigraphs, GraphML/GEXF round trips."""

from __future__ import annotations

import datetime
import json
from decimal import Decimal
from pathlib import Path

import networkx as nx
import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kg.export.networkx import to_networkx
from kg.rdf.namespaces import CIVIC

EX = "https://example.org/"
GOLD = Path(__file__).resolve().parents[2].parent / "shared" / "gold" / "seeds.json"


def _hand_graph() -> Graph:
    g = Graph()
    boston, menino, award = URIRef(EX + "boston"), URIRef(EX + "menino"), URIRef(EX + "dcs-2011")
    g.add((boston, RDF.type, CIVIC.City))
    g.add((boston, RDF.type, CIVIC.Place))
    g.add((CIVIC.City, RDFS.subClassOf, CIVIC.Place))
    g.add((boston, RDFS.label, Literal("Boston")))
    g.add((boston, CIVIC.population, Literal(617594)))
    g.add((boston, CIVIC.area, Literal(Decimal("232.1"))))
    g.add((boston, CIVIC.founded, Literal(datetime.date(1630, 9, 17))))
    g.add((menino, RDF.type, CIVIC.Official))
    g.add((menino, RDFS.label, Literal("Thomas M. Menino")))
    g.add((menino, CIVIC.leads, boston))
    g.add((boston, CIVIC.won, award))
    g.add((award, RDFS.label, Literal("Digital Cities Survey 2011")))
    g.add((award, CIVIC.year, Literal(2011)))
    g.add((award, CIVIC.note, Literal("a")))
    g.add((award, CIVIC.note, Literal("b")))
    ev = BNode("ev1")
    g.add((award, CIVIC.evidence, ev))
    g.add((ev, CIVIC.label, Literal("clashes with the label attribute")))
    return g


def test_nodes_types_labels_and_literal_attributes() -> None:
    G = to_networkx(_hand_graph())
    boston = G.nodes[EX + "boston"]
    assert boston["type"] == "City"  # most specific: City is a subclass of Place
    assert boston["label"] == "Boston"
    assert boston["population"] == 617594
    assert boston["area"] == pytest.approx(232.1)
    assert boston["founded"] == "1630-09-17"
    assert G.nodes[EX + "dcs-2011"]["note"] == "a | b"
    assert "_:ev1" in G
    # Literals are attributes, classes are not nodes.
    assert not any(n.startswith('"') for n in G)
    assert str(CIVIC.City) not in G or G.nodes[str(CIVIC.City)]["type"] == "Resource"


def test_edges_carry_predicate_and_compact_label() -> None:
    G = to_networkx(_hand_graph())
    leads = G.get_edge_data(EX + "menino", EX + "boston")
    assert [d["label"] for d in leads.values()] == ["leads"]
    assert [d["predicate"] for d in leads.values()] == [str(CIVIC.leads)]
    assert not any(d["label"] == "type" for _, _, d in G.edges(data=True))


def test_reserved_and_clashing_attribute_names_are_prefixed() -> None:
    G = to_networkx(_hand_graph())
    ev = G.nodes["_:ev1"]
    assert ev["label"] == "ev1"
    assert any(k.endswith("_label") and v.startswith("clashes") for k, v in ev.items())


def test_literals_as_nodes() -> None:
    G = to_networkx(_hand_graph(), literals_as_attributes=False)
    assert G.nodes['"Boston"']["type"] == "Literal"
    assert G.has_edge(EX + "boston", '"Boston"')


def test_dataset_edges_record_their_named_graph() -> None:
    ds = Dataset(default_union=True)
    doc = ds.graph(URIRef(EX + "doc/boston-2011"))
    for t in _hand_graph():
        doc.add(t)
    G = to_networkx(ds)
    graphs = {d.get("graph") for _, _, d in G.edges(data=True)}
    assert graphs == {EX + "doc/boston-2011"}
    assert G.nodes[EX + "boston"]["label"] == "Boston"


def test_mixed_value_types_become_strings() -> None:
    g = Graph()
    g.add((URIRef(EX + "a"), CIVIC.year, Literal(2011)))
    g.add((URIRef(EX + "b"), CIVIC.year, Literal("unknown")))
    G = to_networkx(g)
    assert {G.nodes[EX + "a"]["year"], G.nodes[EX + "b"]["year"]} == {"2011", "unknown"}


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graphml_and_gexf_round_trip(tmp_path: Path, fmt: str) -> None:
    G = to_networkx(_hand_graph())
    path = tmp_path / f"g.{fmt}"
    getattr(nx, f"write_{fmt}")(G, path)
    H = getattr(nx, f"read_{fmt}")(path)
    assert set(H.nodes) == set(G.nodes)
    assert H.number_of_edges() == G.number_of_edges()
    if fmt == "graphml":
        assert H.nodes[EX + "boston"]["population"] == 617594
        assert H.nodes[EX + "boston"]["type"] == "City"
    labels = sorted(d["label"] for _, _, d in H.edges(data=True))
    assert labels == sorted(d["label"] for _, _, d in G.edges(data=True))


def _gold_graph() -> Graph:
    if not GOLD.exists():
        pytest.skip(f"shared gold records not found at {GOLD}")
    mapping = pytest.importorskip("kg.rdf.mapping", reason="kg.rdf.mapping not importable")
    from kg.record import records_from_json

    g = Graph()
    for rec in records_from_json(GOLD.read_text(encoding="utf-8")):
        g += mapping.record_to_graph(rec, "https://w3id.org/civic-kg/id/")
    return g


def _node_by_label(G: nx.MultiDiGraph, type_: str, text: str) -> str:
    hits = [n for n, d in G.nodes(data=True) if d["type"] == type_ and text in d["label"]]
    assert hits, f"no {type_} labelled like {text!r}: " + json.dumps(
        sorted({d['type'] for _, d in G.nodes(data=True)}))
    return hits[0]


def test_gold_boston_won_the_2011_survey_and_menino_leads_boston() -> None:
    G = to_networkx(_gold_graph())
    boston = _node_by_label(G, "City", "Boston")
    won = [v for _, v, d in G.out_edges(boston, data=True) if d["label"] == "won"]
    assert any("2011" in G.nodes[v]["label"] or G.nodes[v].get("year") == 2011 for v in won), won
    menino = _node_by_label(G, "Person", "Menino")
    assert any(v == boston for _, v, d in G.out_edges(menino, data=True) if d["label"] == "leads")


def test_type_prefers_the_narrower_name_without_axioms() -> None:
    g = Graph()
    win = URIRef(EX + "win")
    g.add((win, RDF.type, CIVIC.AwardWin))
    g.add((win, RDF.type, CIVIC.InferredAwardWin))
    assert to_networkx(g).nodes[EX + "win"]["type"] == "InferredAwardWin"


def test_plain_triples_convert_as_their_graph_does() -> None:
    from kg.rdf.namespaces import bind_all

    g = _hand_graph()
    bind_all(g)  # as a store's graphs are
    from_graph, from_triples = to_networkx(g), to_networkx(list(g) + list(g))  # repeated triples count once
    assert nx.utils.graphs_equal(from_graph, from_triples)
    assert dict(from_graph.nodes(data=True)) == dict(from_triples.nodes(data=True))
