"""kg.viz: the offline HTML view (escaping, no external resources, legend, provenance, caps)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS

from kg.errors import KGError
from kg.export.networkx import to_networkx
from kg.rdf.namespaces import CIVIC
from kg.viz import colour_for, render_html, to_html, view_graph

EX = "https://example.org/"
HOSTILE = "<script>alert(1)</script> \"'&"


def _graph() -> Graph:
    g = Graph()
    doc, ev = URIRef(EX + "doc/boston-2011"), URIRef(EX + "ev/1")
    boston, award = URIRef(EX + "boston"), URIRef(EX + "dcs-2011")
    g.add((doc, RDF.type, CIVIC.SourceDocument))
    g.add((doc, RDFS.label, Literal("Boston named a top digital city")))
    g.add((boston, RDF.type, CIVIC.City))
    g.add((boston, RDFS.label, Literal(HOSTILE)))
    g.add((award, RDF.type, CIVIC.AwardEdition))
    g.add((award, RDFS.label, Literal("Digital Cities Survey 2011")))
    g.add((boston, CIVIC.won, award))
    g.add((boston, DCTERMS.source, doc))
    g.add((boston, PROV.wasDerivedFrom, ev))
    g.add((ev, RDF.type, CIVIC.EvidenceSentence))
    g.add((ev, CIVIC.sentenceText, Literal("Boston won the <b>2011</b> survey & more.")))
    g.add((ev, DCTERMS.source, doc))
    return g


def _node_data(html: str) -> list[dict]:
    match = re.search(r"var nodeData = (\[.*?\]);\n", html)
    assert match, "node data not found in the page"
    return json.loads(match.group(1))


def test_hostile_text_is_escaped_everywhere() -> None:
    html = to_html(_graph(), title=HOSTILE)
    assert "<script>alert" not in html
    assert "<b>2011</b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # title and heading, escaped
    labels = {n["label"] for n in _node_data(html)}
    assert any(label.startswith("<script>alert(1)") for label in labels)  # data survives JSON intact


def test_page_is_self_contained() -> None:
    html = to_html(_graph())
    assert not re.search(r"<(?:script|link|img|iframe)[^>]+(?:src|href)\s*=", html, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?https?:", html, re.I)
    assert "new vis.Network" in html and "Content-Security-Policy" in html


def test_legend_and_colours_come_from_one_palette() -> None:
    html = to_html(_graph())
    for type_name in ("City", "AwardEdition", "SourceDocument"):
        item = re.search(rf'<li data-type="{type_name}">.*?</li>', html, re.S)
        assert item and f'<span class="swatch" style="background: {colour_for(type_name)}">' in item.group(0)
    colours = {n["kind"]: n["color"] for n in _node_data(html)}
    assert colours == {t: colour_for(t) for t in colours}


def test_tooltips_carry_type_label_and_provenance() -> None:
    nodes = {n["id"]: n for n in _node_data(to_html(_graph()))}
    tip = nodes[EX + "boston"]["tip"]
    assert tip["type"] == "City"
    assert tip["label"].startswith("<script>alert")
    assert tip["documents"] == ["Boston named a top digital city"]
    assert tip["sentences"] == ["Boston won the <b>2011</b> survey & more."]
    assert EX + "ev/1" not in nodes  # evidence is folded into tooltips


def test_show_evidence_keeps_evidence_nodes() -> None:
    G, total = view_graph(_graph(), show_evidence=True)
    assert EX + "ev/1" in G and total == G.number_of_nodes()


def test_large_graphs_are_capped_with_a_warning() -> None:
    g = Graph()
    hub = URIRef(EX + "hub")
    for i in range(30):
        g.add((hub, CIVIC.links, URIRef(f"{EX}n{i}")))
    with pytest.warns(UserWarning, match="31 nodes"):
        html = to_html(g, max_nodes=10)
    assert len(_node_data(html)) == 10
    assert EX + "hub" in {n["id"] for n in _node_data(html)}
    assert 'id="cap-warning"' in html


def test_render_html_writes_file_and_accepts_networkx(tmp_path: Path) -> None:
    out = render_html(to_networkx(_graph()), tmp_path / "g.html", title="t")
    assert out == tmp_path / "g.html" and out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert not list(tmp_path.glob("*.tmp"))


def test_unwritable_path_is_a_kg_error(tmp_path: Path) -> None:
    with pytest.raises(KGError, match=r"E402"):
        render_html(_graph(), tmp_path / "missing-dir" / "g.html")


def test_kg_viz_command_writes_the_page(tmp_path: Path) -> None:
    from kg import EXAMPLES_DIR
    from kg.cli import main

    store = tmp_path / "store"
    assert main(["build", str(EXAMPLES_DIR), "-s", str(store), "--no-progress"]) == 0
    out = tmp_path / "graph.html"
    assert main(["viz", "-s", str(store), "-o", str(out), "--title", "examples"]) == 0
    html = out.read_text(encoding="utf-8")
    assert "<title>examples</title>" in html and len(_node_data(html)) > 5


def test_kg_viz_on_an_empty_store_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kg.cli import main
    from kg.store import open_store

    store = tmp_path / "empty"
    with open_store(store) as st:  # an existing store without documents
        st.remove_document("nothing")
    code = main(["viz", "-s", str(store), "-o", str(tmp_path / "g.html")])
    err = capsys.readouterr().err
    assert code == 1 and "error[E604]" in err, err


def test_a_fact_in_several_graphs_is_drawn_once() -> None:
    from rdflib import Dataset

    ds = Dataset()
    for doc in ("a", "b"):
        ds.graph(URIRef(EX + "graph/" + doc)).add((URIRef(EX + "boston"), CIVIC.won, URIRef(EX + "dcs-2011")))
    assert to_networkx(ds).number_of_edges() == 2  # the export keeps one edge per named graph
    G, _ = view_graph(ds)
    assert G.number_of_edges() == 1
    edges = json.loads(re.search(r"var edgeData = (\[.*?\]);\n", to_html(ds)).group(1))
    assert edges[0]["title"].endswith("(stated in 2 graphs)")
