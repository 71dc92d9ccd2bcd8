"""kg.viz readable views: the README's graph, filters, caps that say what they left out, escaping, the index."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS

from kg.errors import KGError
from kg.rdf.namespaces import CIVIC, ORG
from kg.viz import ViewSpec, readable_graph, view_html, write_site

ID = "https://w3id.org/civic-kg/id/"
MENTIONS = URIRef("https://schema.org/mentions")
IMG = "<img src=x onerror=alert(1)>"
SCRIPT = "<script>alert(2)</script> \"quoted\" 'single' &amp;"
SENTENCE = f"{IMG} won the Digital Cities Survey, said {SCRIPT}."


def hostile_quads() -> list[tuple]:
    """A one-document graph whose every name and sentence is markup that would run if not escaped."""
    g = URIRef(ID + "graph/hostile")
    doc, ev = URIRef(ID + "doc/hostile"), URIRef(ID + "evidence/hostile/0-80")
    city, state = URIRef(ID + "city/ma/hostile"), URIRef(ID + "state/ma")
    award, edition = URIRef(ID + "award/digital-cities-survey"), URIRef(ID + "award/digital-cities-survey/2019")
    win, person = URIRef(ID + "win/hostile/city/dcs/2019"), URIRef(ID + "person/hostile")
    post, holding = URIRef(ID + "post/city-ma-hostile/mayor"), URIRef(ID + "holding/hostile/p/mayor")
    program = URIRef(ID + "program/city-ma-hostile/app")
    t = [
        (doc, RDF.type, CIVIC.SourceDocument), (doc, CIVIC.documentId, Literal("hostile")),
        (doc, DCTERMS.title, Literal(SCRIPT)), (doc, MENTIONS, city),
        (ev, RDF.type, CIVIC.EvidenceSentence), (ev, CIVIC.sentenceText, Literal(SENTENCE)),
        (ev, DCTERMS.source, doc), (ev, CIVIC.startOffset, Literal(0)),
        (city, RDF.type, CIVIC.City), (city, RDFS.label, Literal(IMG)), (city, CIVIC.inState, state),
        (state, RDF.type, CIVIC.State), (state, RDFS.label, Literal("Massachusetts")),
        (state, CIVIC.uspsCode, Literal("MA")),
        (award, RDF.type, CIVIC.Award), (award, RDFS.label, Literal("Digital Cities Survey")),
        (edition, RDF.type, CIVIC.AwardEdition), (edition, RDFS.label, Literal("Digital Cities Survey 2019")),
        (edition, CIVIC.ofAward, award), (edition, CIVIC.year, Literal(2019)),
        (city, CIVIC.won, edition),
        (win, RDF.type, CIVIC.AwardWin), (win, RDFS.label, Literal("win")), (win, CIVIC.recipient, city),
        (win, CIVIC.edition, edition), (win, CIVIC.rank, Literal(1)),
        (win, CIVIC.populationCategory, Literal(SCRIPT)), (win, DCTERMS.source, doc),
        (win, PROV.wasDerivedFrom, ev),
        (person, RDF.type, CIVIC.Person), (person, RDFS.label, Literal(SCRIPT)), (person, CIVIC.leads, city),
        (person, ORG.holds, post), (post, ORG.postIn, city), (post, CIVIC.title, Literal("Mayor")),
        (holding, RDF.type, CIVIC.PostHolding), (holding, CIVIC.holder, person), (holding, CIVIC.post, post),
        (holding, DCTERMS.source, doc), (holding, PROV.wasDerivedFrom, ev),
        (program, RDF.type, CIVIC.Program), (program, RDFS.label, Literal(IMG + " app")),
        (program, CIVIC.operatedBy, city), (program, DCTERMS.source, doc), (program, PROV.wasDerivedFrom, ev),
    ]
    return [(s, p, o, g) for s, p, o in t]


@pytest.fixture()
def hostile_store():
    from kg.store import open_store

    with open_store(None) as st:
        st.bulk_load(hostile_quads())
        yield st


@pytest.fixture(scope="module")
def example_store(tmp_path_factory: pytest.TempPathFactory):
    """The bundled examples built once into an on-disk store (Boston 2011, Baton Rouge 2019)."""
    from kg import EXAMPLES_DIR
    from kg.cli import main
    from kg.store import open_store

    path = tmp_path_factory.mktemp("views") / "store"
    assert main(["build", str(EXAMPLES_DIR), "-s", str(path), "--no-progress"]) == 0
    with open_store(path, read_only=True) as st:
        yield st


def page_data(html: str) -> tuple[list[dict], list[dict]]:
    """The node and edge data the page hands to vis-network."""
    nodes = re.search(r"var nodeData = (\[.*?\]);\n", html)
    edges = re.search(r"var edgeData = (\[.*?\]);\n", html)
    assert nodes and edges, "node or edge data not found in the page"
    return json.loads(nodes.group(1)), json.loads(edges.group(1))


def _labels(G) -> set[tuple[str, str, str]]:
    return {(G.nodes[u]["label"], k, G.nodes[v]["label"]) for u, v, k in G.edges(keys=True)}


def test_the_view_draws_the_readme_statements(example_store) -> None:
    G = readable_graph(example_store)
    edges = _labels(G)
    assert ("Boston", "won", "Digital Cities Survey 2011") in edges
    assert ("Thomas M. Menino", "leads", "Boston") in edges
    assert ("Boston", "runs", "Citizens Connect") in edges
    assert ("Digital Cities Survey 2011", "of", "Digital Cities Survey") in edges
    assert ("Center for Digital Government", "gives", "Digital Cities Survey") in edges
    types = {d["type"] for _, d in G.nodes(data=True)}
    assert not types & {"AwardWin", "InferredAwardWin", "EvidenceSentence", "Resource", "Post"}


def test_a_won_edge_carries_rank_category_and_its_sentence(example_store) -> None:
    html = view_html(example_store, ViewSpec(focus="Baton Rouge"))
    nodes, edges = page_data(html)
    by_id = {n["id"]: n for n in nodes}
    won = [e for e in edges if e["kind"] == "won" and by_id[e["to"]]["label"] == "Digital Cities Survey 2019"]
    assert won and won[0]["label"].startswith("won #5") and "mid-sized" in won[0]["label"]
    tip = won[0]["tip"]
    assert "rank: 5" in tip["properties"] and "category: mid-sized" in tip["properties"]
    assert tip["evidence"][0]["document"] == "baton-rouge-2019-digital-cities"
    assert "Baton Rouge" in tip["evidence"][0]["sentence"]
    inferred = [e for e in edges if e["kind"] == "won" and by_id[e["to"]]["label"] == "Digital Cities Survey 2016"]
    assert inferred[0]["dashes"] is True and "status: inferred (implied by a stated streak)" in inferred[0][
        "tip"]["properties"]


def test_focus_reaches_as_many_hops_as_asked(example_store) -> None:
    G = readable_graph(example_store)
    one = view_html(G, ViewSpec(focus="boston", hops=1), store=example_store)
    labels = {n["label"] for n in page_data(one)[0]}
    assert {"Boston", "Thomas M. Menino", "Citizens Connect", "Digital Cities Survey 2011"} <= labels
    assert "Digital Cities Survey" not in labels and "Baton Rouge" not in labels
    two = {n["label"] for n in page_data(view_html(G, ViewSpec(focus="boston", hops=2), store=example_store))[0]}
    assert "Digital Cities Survey" in two and "Baton Rouge" not in two


def test_award_year_state_and_type_filters(example_store) -> None:
    G = readable_graph(example_store)

    def labels(spec: ViewSpec) -> set[str]:
        return {n["label"] for n in page_data(view_html(G, spec, store=example_store))[0]}

    year = labels(ViewSpec(year=2019))
    assert {"Baton Rouge", "Norfolk", "Digital Cities Survey 2019", "Sharon Weston Broome"} <= year
    assert "Boston" not in year and "Digital Cities Survey 2011" not in year
    assert "Boston" in labels(ViewSpec(award="digital cities survey"))
    state = labels(ViewSpec(state="ma"))
    assert "Boston" in state and "Baton Rouge" not in state
    assert {n for n in labels(ViewSpec(types=["city"]))} >= {"Boston", "Baton Rouge"}
    assert "Digital Cities Survey 2019" not in labels(ViewSpec(types=["city", "person"]))
    both = labels(ViewSpec(award="Digital Cities Survey", year=2011))
    assert "Boston" in both and "Baton Rouge" not in both


def test_unknown_names_and_types_are_one_line_errors(example_store) -> None:
    G = readable_graph(example_store)
    with pytest.raises(KGError, match=r"E620.*'Bostn'.*did you mean Boston"):
        view_html(G, ViewSpec(focus="Bostn"), store=example_store)
    with pytest.raises(KGError, match=r"E621.*awrd.*known types: Award"):
        view_html(G, ViewSpec(types=["awrd"]), store=example_store)
    with pytest.raises(KGError, match=r"E622"):
        view_html(G, ViewSpec(year=1900), store=example_store)


def test_the_capped_view_says_what_it_left_out_and_how_to_focus(example_store) -> None:
    html = view_html(example_store, ViewSpec(max_nodes=5))
    assert len(page_data(html)[0]) == 5
    warning = re.search(r'<p id="cap-warning" class="warning">(.*?)</p>', html, re.S).group(1)
    assert "showing the 5" in warning and "Left out:" in warning and "Program" in warning
    assert "--focus NAME --hops 2" in warning and "--award NAME" in warning


def test_hostile_names_and_sentences_stay_text(hostile_store) -> None:
    html = view_html(hostile_store, ViewSpec(), title=SCRIPT)
    assert "<img src=x" not in html and "<script>alert(2)" not in html
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in html  # title and heading
    nodes, edges = page_data(html)
    assert IMG in {n["label"] for n in nodes}  # the data survives, as data
    sentences = [e["sentence"] for n in nodes for e in n["tip"]["evidence"]]
    assert SENTENCE in sentences
    assert any(SCRIPT in line for e in edges for line in e["tip"]["properties"])


def test_the_site_links_a_view_per_award_and_per_state(example_store, tmp_path: Path) -> None:
    pages = write_site(example_store, tmp_path / "views", title="examples")
    index = (tmp_path / "views" / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'href="([^"]+)"', index)
    assert "graph.html" in links and "award-digital-cities-survey.html" in links and "state-ma.html" in links
    assert all((tmp_path / "views" / link).exists() for link in links)
    assert {p.name for p in pages} == {"index.html", *links}
    assert "<script" not in index
    state = (tmp_path / "views" / "state-ma.html").read_text(encoding="utf-8")
    assert 'href="index.html"' in state and "Boston" in state


def test_kg_viz_options_reach_the_view(example_store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kg.cli import main

    location = example_store.location
    out = tmp_path / "boston.html"
    assert main(["viz", "-s", location, "-o", str(out), "--focus", "Boston", "--hops", "1"]) == 0
    assert "Baton Rouge" not in {n["label"] for n in page_data(out.read_text(encoding="utf-8"))[0]}
    assert main(["viz", "-s", location, "-o", str(out), "--type", "nonsense"]) == 1
    assert "error[E621]" in capsys.readouterr().err
    assert main(["viz", "-s", location, "--site", str(tmp_path / "site")]) == 0
    assert (tmp_path / "site" / "index.html").exists()
    assert main(["viz", "-s", location, "-o", str(tmp_path / "raw.html"), "--raw"]) == 0
