"""The report in a real headless Chromium: plots render, links reach their sentences, no errors, no requests."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import pytest
from browser_support import ARGS, CHROMIUM, SCREENSHOTS

pytestmark = pytest.mark.browser


def test_report_renders_offline_and_links_reach_evidence(tmp_path: Path) -> None:
    if CHROMIUM is None:
        pytest.skip("no Chromium found (shutil.which('chromium') and /usr/bin/chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="Python Playwright is not installed")
    from kg import EXAMPLES_DIR
    from kg.build import build_paths
    from kg.report import render_report
    from kg.store import open_store

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with open_store(tmp_path / "store") as st:
        build_paths([EXAMPLES_DIR], st)
        path = render_report(st, SCREENSHOTS / "report.html", title="examples report")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        problems: list[str] = []
        requests: list[str] = []
        page.on("console", lambda m: problems.append(f"{m.type}: {m.text}") if m.type in ("error", "warning")
                else None)
        page.on("pageerror", lambda e: problems.append(str(e)))
        page.on("request", lambda r: requests.append(r.url))
        page.goto(path.as_uri())
        plot = page.locator(".plot svg").first
        assert plot.is_visible() and plot.bounding_box()["height"] > 100
        page.screenshot(path=str(SCREENSHOTS / "report.png"), full_page=True)
        link = page.locator("table.wins a.src").first
        target = link.get_attribute("href")
        link.click()
        assert page.evaluate("location.hash") == target
        assert page.locator(target).is_visible() and page.locator(target).inner_text().strip()
        browser.close()
    assert not problems, problems
    assert not [u for u in requests if urlparse(u).scheme not in ("file", "data", "about")], requests
