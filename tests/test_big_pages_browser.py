"""Views and the report of a large corpus in a real headless Chromium: the whole-graph view (capped, and
saying what it left out), a focused view and the report draw, nodes and plots render, nothing is logged.

The corpus is 200 synthetic documents (``benchmarks/corpus.py``): enough that the whole-graph view is
capped, small enough for CI.  At 1,000 documents the same pages were measured by hand (the README's
"Views in the browser" gives the figures); the bound here is the wait, not a timing assertion.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from browser_support import SCREENSHOTS
from test_viz_browser import _offline, _watch

from corpus_fixture import write_corpus

pytestmark = pytest.mark.browser

#: How long a page may take to draw before the test fails (ms): a blank page is a failure, not a wait.
DRAW_BOUND_MS = 60_000
#: Predicates are functions, not expressions: Playwright polls an expression with eval(), which the pages'
#: Content-Security-Policy refuses.
NODES_GIVEN = "() => window.network !== undefined && network.body.data.nodes.length > 0"
#: True once the graph canvas has any painted pixel (read from a copy: reading the page's own canvas
#: again and again makes Chromium log a warning).
CANVAS_PAINTED = """() => { const c = document.querySelector('#mynetwork canvas');
  if (!c || !c.width) return false;
  const copy = document.createElement('canvas');
  copy.width = c.width; copy.height = c.height;
  const ctx = copy.getContext('2d', {willReadFrequently: true});
  ctx.drawImage(c, 0, 0);
  const d = ctx.getImageData(0, 0, c.width, c.height).data;
  for (let i = 3; i < d.length; i += 4 * 97) if (d[i] > 0) return true;
  return false; }"""


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    """The whole-graph view, a view focused on the most decorated city, and the report, of 200 documents."""
    from kg.build import build_paths
    from kg.report import render_report
    from kg.store import open_store
    from kg.viz import ViewSpec, render_view

    folder = tmp_path_factory.mktemp("big")
    docs = write_corpus(folder / "docs", 200)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with open_store(folder / "store") as st:
        build_paths([docs], st)
        city = str(next(iter(st.query("""SELECT ?name (COUNT(DISTINCT ?e) AS ?n) WHERE {
            ?c a civic:City ; rdfs:label ?name ; civic:won ?e } GROUP BY ?name ORDER BY DESC(?n) ?name LIMIT 1""")))[0])
        return city, {
            "big-whole": render_view(st, SCREENSHOTS / "big-whole.html", ViewSpec(), title="200 documents"),
            "big-focus": render_view(st, SCREENSHOTS / "big-focus.html", ViewSpec(focus=city, hops=2),
                                     title=f"200 documents: {city}"),
            "big-report": render_report(st, SCREENSHOTS / "big-report.html", title="200 documents report"),
        }


def _open_graph(browser, path: Path):
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    watched = _watch(page)
    page.goto(path.as_uri())
    page.wait_for_function(NODES_GIVEN, timeout=DRAW_BOUND_MS)
    page.wait_for_function(CANVAS_PAINTED, timeout=DRAW_BOUND_MS)
    return page, watched


def test_the_whole_graph_view_of_a_large_corpus_draws_and_says_what_it_left_out(pages, browser) -> None:
    _, paths = pages
    page, (problems, requests, dialogs) = _open_graph(browser, paths["big-whole"])
    assert 100 <= page.evaluate("network.body.data.nodes.length") <= 300
    assert page.evaluate("network.body.data.edges.length") > 100
    warning = page.locator("#cap-warning")
    assert warning.is_visible() and "Left out" in warning.inner_text() and "--focus" in warning.inner_text()
    page.screenshot(path=str(SCREENSHOTS / "big-whole.png"))
    page.close()
    assert not problems and not dialogs and not _offline(requests), (problems, requests)


def test_a_focused_view_of_a_large_corpus_draws_and_a_click_shows_provenance(pages, browser) -> None:
    city, paths = pages
    page, (problems, requests, dialogs) = _open_graph(browser, paths["big-focus"])
    labels = page.evaluate("nodes.get().map(n => n.label)")
    assert city in labels and 3 <= len(labels) < 300
    assert page.locator("#cap-warning").count() == 0
    page.wait_for_timeout(1000)
    node_id = page.evaluate("label => nodes.get().find(n => n.label === label).id", city)
    page.evaluate("network.setOptions({physics: false})")
    pos = page.evaluate("id => network.canvasToDOM(network.getPositions([id])[id])", node_id)
    box = page.locator("#mynetwork canvas").bounding_box()
    page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
    details = page.locator("#details-body")
    details.wait_for(timeout=5000)
    text = details.inner_text()
    assert city in text and "-20" in text  # the city, and a document id (city-year-number) behind it
    page.screenshot(path=str(SCREENSHOTS / "big-focus.png"))
    page.close()
    assert not problems and not dialogs and not _offline(requests), (problems, requests)


def test_the_report_of_a_large_corpus_draws_its_plots(pages, browser) -> None:
    _, paths = pages
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    problems, requests, dialogs = _watch(page)
    page.goto(paths["big-report"].as_uri())
    page.locator(".plot svg").first.wait_for(timeout=DRAW_BOUND_MS)
    plots = page.locator(".plot svg")
    assert plots.count() >= 5
    assert plots.first.bounding_box()["height"] > 100
    assert page.locator("table.wins a.src").count() > 20
    page.screenshot(path=str(SCREENSHOTS / "big-report.png"))
    page.close()
    assert not problems and not dialogs and not _offline(requests), (problems, requests)
