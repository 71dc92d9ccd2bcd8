"""The query editor in a real headless Chromium against a real ``kg`` endpoint on loopback: it loads
with no console message and no outside request, a catalogue query is picked, run, and its results
show; results are text; completion stays on this machine.  Screenshots go to build/screenshots/."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
from browser_support import SCREENSHOTS

from kg.errors import KGError
from kg.queries import catalogue
from kg.server import SparqlServer, make_server

pytestmark = pytest.mark.browser

ACTIVE = ".tabPanel.active"
BLOCKED_INLINE_HANDLER = ("console error: Executing inline event handler violates the following "
                          "Content Security Policy directive 'script-src 'self''")


@pytest.fixture(scope="module")
def editor_dir() -> Path:
    """YASGUI's files, installed the way ``kg serve`` installs them (once, with npm)."""
    from kg.server.editor_assets import ensure_editor

    try:
        return ensure_editor()[0]
    except KGError as exc:
        pytest.skip(f"the query editor could not be installed: {exc}")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory, editor_dir: Path) -> Iterator[SparqlServer]:
    """The bundled examples in an on-disk store, served as ``kg serve`` does (worker processes)."""
    from kg import EXAMPLES_DIR
    from kg.build import build_paths
    from kg.store import open_store

    store_path = tmp_path_factory.mktemp("editor") / "store"
    with open_store(store_path) as st:
        build_paths([EXAMPLES_DIR], st)
    with open_store(store_path, read_only=True) as st:
        srv = make_server(st, port=0, editor_dir=editor_dir, workers=1)
        srv.start()
        yield srv
        srv.stop()


class Watched:
    """A page in a fresh context (empty localStorage) whose console, errors, requests and dialogs are kept."""

    def __init__(self, browser) -> None:
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.problems: list[str] = []
        self.requests: list[tuple[str, str]] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.problems.append(f"console {m.type}: {m.text}")
                     if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        self.page.on("request", lambda r: self.requests.append((r.method, r.url)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

    def outside(self) -> list[str]:
        return [url for _, url in self.requests
                if urlparse(url).scheme not in ("data", "about", "blob") and urlparse(url).hostname != "127.0.0.1"]

    def close(self) -> None:
        self.context.close()

    def check_clean(self, *, hostile_blocked: bool = False) -> None:
        """With ``hostile_blocked``, the page's policy refusing an inline handler is the one message
        allowed: the sanitiser inside the results view parses hostile markup, and Chromium (since
        version 156) reports the handler it blocks there.  Nothing may run: no dialog, no other message."""
        assert not self.dialogs, self.dialogs
        problems = [p for p in self.problems
                    if not (hostile_blocked and p.startswith(BLOCKED_INLINE_HANDLER))]
        assert not problems, problems
        assert not self.outside(), self.outside()


def _open(watched: Watched, server: SparqlServer):
    response = watched.page.goto(server.base_url + "/")
    watched.page.wait_for_selector(f"{ACTIVE} .yasqe .CodeMirror", timeout=15000)
    return response


def _run_and_wait(page) -> None:
    page.click(f"{ACTIVE} .yasqe_queryButton")
    page.wait_for_selector(f"{ACTIVE} .yasr_results table tbody tr", timeout=20000)


def test_a_catalogue_query_is_picked_run_and_shown_offline(browser, served: SparqlServer) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    watched = Watched(browser)
    page = watched.page
    response = _open(watched, served)
    assert "script-src 'self';" in response.headers["content-security-policy"]
    page.wait_for_timeout(300)
    assert page.evaluate("Object.values(yasgui._tabs).map(t => t.getEndpoint())") == [served.url]

    offered = page.eval_on_selector_all("#catalogue option", "els => els.map(e => e.value).filter(Boolean)")
    assert offered == sorted(catalogue())
    page.select_option("#catalogue", "winners")
    assert page.evaluate("yasgui.getTab().getName()") == "winners"
    assert page.evaluate("yasgui.getTab().getQuery()") == catalogue()["winners"].render()
    assert "Winners of an award in a year" in page.inner_text("#catalogue-description")

    _run_and_wait(page)
    header = page.inner_text(f"{ACTIVE} .yasr_results table thead")
    for column in ("recipient", "state", "rank", "category", "documents"):
        assert column in header
    table = page.inner_text(f"{ACTIVE} .yasr_results table tbody")
    assert "Baton Rouge" in table and "baton-rouge-2019-digital-cities" in table, table
    assert ("POST", served.url) in watched.requests
    page.screenshot(path=str(SCREENSHOTS / "editor-winners.png"))

    # picking it again reuses its tab; another query opens its own
    page.select_option("#catalogue", "streaks")
    page.select_option("#catalogue", "winners")
    assert page.evaluate("Object.values(yasgui._tabs).map(t => t.getName())") == ["Query", "winners", "streaks"]
    page.wait_for_timeout(300)
    watched.close()
    watched.check_clean()


def test_results_are_text_and_completion_stays_local(browser, served: SparqlServer) -> None:
    watched = Watched(browser)
    page = watched.page
    _open(watched, served)
    hostile = '<img src=x onerror=alert(1)>'
    page.evaluate("q => { yasgui.getTab().setQuery(q); }",
                  f'SELECT ("{hostile}" AS ?text) (<javascript:alert(2)> AS ?link) WHERE {{}}')
    _run_and_wait(page)
    cells = page.locator(f"{ACTIVE} .yasr_results table tbody td")
    assert hostile in cells.nth(1).inner_text()
    assert page.locator(f"{ACTIVE} .yasr_results img").count() == 0
    assert page.locator(f"{ACTIVE} .yasr_results a[href^='javascript']").count() == 0

    # class completion comes from the ontology shipped with the page, not from the web
    page.evaluate("() => { yasgui.getTab().setQuery('SELECT * WHERE { ?s a civic:Ci'); }")
    page.evaluate("() => { const y = yasgui.getTab().getYasqe(); y.focus();"
                  " y.getDoc().setCursor(y.getDoc().lastLine(), 99); }")
    page.keyboard.press("Control+Space")
    page.wait_for_selector(".CodeMirror-hint", timeout=5000)
    assert "civic:City" in page.eval_on_selector_all(".CodeMirror-hint", "els => els.map(e => e.textContent)")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "editor-completion.png"))
    page.keyboard.press("Escape")
    page.wait_for_timeout(300)
    watched.close()
    watched.check_clean(hostile_blocked=True)
    assert not [url for _, url in watched.requests if urlparse(url).path == "/x"]  # the <img> never loaded


def test_tabs_restored_from_an_earlier_visit_query_this_endpoint(browser, served: SparqlServer) -> None:
    watched = Watched(browser)
    page = watched.page
    _open(watched, served)
    page.evaluate("() => { yasgui.getTab().setEndpoint('https://example.org/sparql'); }")
    page.reload()
    page.wait_for_selector(f"{ACTIVE} .yasqe .CodeMirror", timeout=15000)
    assert page.evaluate("yasgui.getTab().getEndpoint()") == served.url
    page.wait_for_timeout(300)
    watched.close()
    watched.check_clean()
