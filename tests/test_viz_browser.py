"""The view in a real headless Chromium: it renders, shows its legend, logs no errors, stays offline."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import pytest
from browser_support import SCREENSHOTS
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS

from kg.rdf.namespaces import CIVIC
from kg.viz import render_html

pytestmark = pytest.mark.browser

GOLD = Path(__file__).resolve().parents[1].parent / "shared" / "gold" / "seeds.json"
EX = "https://example.org/"


def _example_graph() -> Graph:
    """The gold seed records mapped to RDF when available, else a small hand-made graph."""
    try:
        from kg.rdf.mapping import records_to_dataset
        from kg.record import records_from_json
    except ImportError:
        records_to_dataset = None
    if records_to_dataset is not None and GOLD.exists():
        return records_to_dataset(records_from_json(GOLD.read_text(encoding="utf-8")))
    g = Graph()
    doc, boston, award = URIRef(EX + "doc"), URIRef(EX + "boston"), URIRef(EX + "dcs-2011")
    for node, cls, label in ((doc, CIVIC.SourceDocument, "boston-2011"), (boston, CIVIC.City, "Boston"),
                             (award, CIVIC.AwardEdition, "Digital Cities Survey 2011")):
        g.add((node, RDF.type, cls))
        g.add((node, RDFS.label, Literal(label)))
    g.add((boston, CIVIC.won, award))
    g.add((boston, DCTERMS.source, doc))
    g.add((boston, PROV.wasDerivedFrom, doc))
    return g


def test_view_renders_offline_without_errors(browser, tmp_path: Path) -> None:
    graph = _example_graph()
    target = graph.graph(URIRef(EX + "hostile")) if hasattr(graph, "graph") else graph
    target.add((URIRef(EX + "x"), RDFS.label, Literal("<script>alert(1)</script>\"'&")))
    page_path = render_html(graph, tmp_path / "graph.html", title="civic-kg <test>")

    page = browser.new_page(viewport={"width": 1280, "height": 800})
    problems: list[str] = []
    requests: list[str] = []
    dialogs: list[str] = []
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type in
            ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("request", lambda r: requests.append(r.url))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(page_path.as_uri())
    page.wait_for_function("() => window.network !== undefined && network.body.data.nodes.length > 0",
                           timeout=15000)

    assert page.locator("#mynetwork canvas").count() == 1
    assert page.evaluate("network.body.data.nodes.length") >= 3
    assert page.evaluate("network.body.data.edges.length") >= 1
    legend = page.locator("#legend")
    assert legend.is_visible()
    assert page.locator("#legend li[data-type='City']").is_visible()
    assert page.title() == "civic-kg <test>"
    # Clicking a legend entry hides that type, clicking again shows it.
    city = page.locator("#legend li[data-type='City'] button")
    count = "nodes.get({filter: n => n.kind === 'City' && !n.hidden}).length"
    before = page.evaluate(count)
    city.click()
    assert page.evaluate(count) == 0 and city.get_attribute("aria-pressed") == "false"
    city.click()
    assert page.evaluate(count) == before > 0
    # The hostile label is data, not markup: it is a node label, and nothing ran.
    labels = page.evaluate("nodes.get().map(n => n.label)")
    assert any(label.startswith("<script>alert(1)") for label in labels)
    # Tooltips are DOM elements built with textContent.
    tip_text = page.evaluate("nodes.get().find(n => n.label.startsWith('<script>')).title.textContent")
    assert "<script>alert(1)</script>" in tip_text
    page.wait_for_timeout(300)
    page.close()

    assert not dialogs, dialogs
    assert not problems, problems
    outside = [u for u in requests if urlparse(u).scheme not in ("file", "data", "about", "blob")
               and urlparse(u).hostname not in ("localhost", "127.0.0.1")]
    assert not outside, outside




def _watch(page) -> tuple[list[str], list[str], list[str]]:
    problems: list[str] = []
    requests: list[str] = []
    dialogs: list[str] = []
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type in
            ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("request", lambda r: requests.append(r.url))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    return problems, requests, dialogs


def _offline(requests: list[str]) -> list[str]:
    return [u for u in requests if urlparse(u).scheme not in ("file", "data", "about", "blob")]


def _click_node(page, label_start: str) -> None:
    """Click where vis-network drew the node (a real mouse click on the canvas)."""
    node_id = page.evaluate(f"nodes.get().find(n => n.label.startsWith({label_start!r})).id")
    page.evaluate("network.setOptions({physics: false})")
    pos = page.evaluate("id => network.canvasToDOM(network.getPositions([id])[id])", node_id)
    box = page.locator("#mynetwork canvas").bounding_box()
    page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])


def test_readable_view_click_shows_provenance_and_nothing_runs(browser) -> None:
    from test_viz_views import IMG, SENTENCE, hostile_quads

    from kg.store import open_store
    from kg.viz import ViewSpec, render_view

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with open_store(None) as st:
        st.bulk_load(hostile_quads())
        path = render_view(st, SCREENSHOTS / "hostile-view.html", ViewSpec(), title="<script>alert(3)</script>")
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    problems, requests, dialogs = _watch(page)
    page.goto(path.as_uri())
    page.wait_for_function("() => window.network !== undefined && network.body.data.nodes.length > 0", timeout=15000)
    page.wait_for_timeout(500)
    assert page.evaluate("network.body.data.nodes.length") >= 5
    _click_node(page, "<img")
    details = page.locator("#details-body")
    details.wait_for(timeout=5000)
    text = details.inner_text()
    assert IMG in text and SENTENCE in text and "hostile" in text, text
    assert page.locator("#details img").count() == 0 and page.locator("script:not(head script)").count() == 1
    page.screenshot(path=str(SCREENSHOTS / "hostile-view-details.png"))
    page.close()
    assert not dialogs, dialogs
    assert not problems, problems
    assert not _offline(requests), requests


def test_focused_and_whole_views_of_the_examples_render(browser, tmp_path: Path) -> None:
    from kg import EXAMPLES_DIR
    from kg.build import build_paths
    from kg.store import open_store
    from kg.viz import ViewSpec, render_view, write_site

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with open_store(tmp_path / "store") as st:
        build_paths([EXAMPLES_DIR], st)
        pages = {
            "examples-whole.html": render_view(st, SCREENSHOTS / "examples-whole.html", ViewSpec(), title="examples"),
            "examples-boston.html": render_view(st, SCREENSHOTS / "examples-boston.html",
                                                ViewSpec(focus="Baton Rouge", hops=1), title="examples"),
        }
        site = write_site(st, SCREENSHOTS / "examples-site", title="examples")
    for name, path in pages.items():
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        problems, requests, dialogs = _watch(page)
        page.goto(path.as_uri())
        page.wait_for_function("() => window.network !== undefined && network.body.data.nodes.length > 0",
                               timeout=15000)
        page.wait_for_timeout(1500)
        _click_node(page, "Baton Rouge")
        page.locator("#details-body").wait_for(timeout=5000)
        assert "baton-rouge-2019-digital-cities" in page.locator("#details-body").inner_text()
        page.screenshot(path=str(SCREENSHOTS / name.replace(".html", ".png")))
        page.close()
        assert not problems and not dialogs and not _offline(requests), (name, problems, requests)
    index = browser.new_page()
    problems, requests, _ = _watch(index)
    index.goto(site[0].as_uri())
    index.locator("#awards a").first.click()
    index.wait_for_function("() => window.network !== undefined && network.body.data.nodes.length > 0", timeout=15000)
    assert "Digital Cities Survey" in index.title()
    index.close()
    assert not problems and not _offline(requests), (problems, requests)
