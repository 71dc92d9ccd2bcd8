"""What the server sends for the query editor, over a real socket: the page, its policy, its files,
and the plain form whenever the editor is absent (including ``kg serve`` on a machine without npm)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rdflib import Dataset

from kg.queries import catalogue
from kg.server import SparqlServer, make_server
from kg.server.editor_assets import EDITOR_FILES, YASGUI_VERSION
from kg.server.page import script_json


def _fetch(url: str) -> tuple[int, dict[str, str], str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:
            return resp.status, dict(resp.headers), resp.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read().decode("utf-8")


@pytest.fixture()
def fake_editor(tmp_path: Path) -> Path:
    """A folder with files named as YASGUI's build (their content does not matter here)."""
    folder = tmp_path / "yasgui"
    folder.mkdir()
    for name in EDITOR_FILES:
        (folder / name).write_text(f"/* {name} */", encoding="utf-8")
    return folder


@pytest.fixture()
def with_editor(fake_editor: Path) -> Iterator[SparqlServer]:
    srv = make_server(Dataset(), port=0, editor_dir=fake_editor)
    srv.start()
    yield srv
    srv.stop()


class _Scripts(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[dict[str, str | None]] = []
        self.data: dict[str, str] = {}
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self.scripts.append(dict(attrs))
            self._in = dict(attrs).get("id") or ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in:
            self.data[self._in] = self.data.get(self._in, "") + data


def _csp(headers: dict[str, str]) -> dict[str, list[str]]:
    return {part.split()[0]: part.split()[1:] for part in headers["Content-Security-Policy"].split(";") if part.strip()}


def test_editor_page_runs_only_this_server_s_scripts_and_talks_only_to_it(with_editor: SparqlServer) -> None:
    status, headers, body = _fetch(with_editor.base_url + "/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    csp = _csp(headers)
    assert csp["default-src"] == ["'none'"] and csp["script-src"] == ["'self'"]
    assert csp["connect-src"] == ["'self'"] and csp["base-uri"] == ["'none'"]
    page = _Scripts()
    page.feed(body)
    # every script is a file from this server, or the data block (which a browser does not run)
    assert [s.get("src") for s in page.scripts if s.get("src")] == [
        f"/static/yasgui-{YASGUI_VERSION}/yasgui.min.js", "/static/editor.js"]
    assert [s for s in page.scripts if not s.get("src")] == [{"type": "application/json", "id": "kg-editor-data"}]
    data = json.loads(page.data["kg-editor-data"])
    assert data["endpoint"] == "/query"
    assert set(data["catalogue"]) == set(catalogue())  # the queries `kg query --list` names
    assert data["catalogue"]["winners"]["text"] == catalogue()["winners"].render()
    assert "https://w3id.org/civic-kg/ontology#City" in data["classes"]
    assert data["prefixes"]["civic"] == "https://w3id.org/civic-kg/ontology#"
    for name in catalogue():
        assert f'<option value="{name}"' in body
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", body)  # nothing from elsewhere


def test_editor_files_are_served_with_their_types_and_nothing_else_is(with_editor: SparqlServer,
                                                                      fake_editor: Path) -> None:
    base = with_editor.base_url
    status, headers, body = _fetch(f"{base}/static/yasgui-{YASGUI_VERSION}/yasgui.min.js")
    assert status == 200 and body == "/* yasgui.min.js */"
    assert headers["Content-Type"].startswith("text/javascript") and "immutable" in headers["Cache-Control"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    status, headers, _ = _fetch(f"{base}/static/yasgui-{YASGUI_VERSION}/yasgui.min.css")
    assert status == 200 and headers["Content-Type"].startswith("text/css")
    status, headers, body = _fetch(f"{base}/static/editor.js")
    assert status == 200 and "openCatalogueQuery" in body and headers["Cache-Control"] == "no-cache"
    for path in ("/static/", "/static/nope.js", f"/static/yasgui-{YASGUI_VERSION}/package.json",
                 "/static/../pyproject.toml", "/static/%2e%2e/static.py", "/static/editor.js/x"):
        status, _, body = _fetch(base + path)
        assert status == 404 and body.startswith("error[E602]"), path


def test_the_plain_form_is_always_at_form_and_at_root_without_the_editor(with_editor: SparqlServer) -> None:
    status, headers, body = _fetch(with_editor.base_url + "/form")
    assert status == 200 and "<textarea" in body and "script-src 'unsafe-inline'" in headers["Content-Security-Policy"]
    plain = make_server(Dataset(), port=0, editor=False)
    plain.start()
    try:
        status, _, body = _fetch(plain.base_url + "/")
        assert status == 200 and "<textarea" in body and "yasgui" not in body.lower()
    finally:
        plain.stop()


def test_root_says_why_when_the_editor_is_not_installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_EDITOR_DIR", str(tmp_path / "nothing-here"))
    srv = make_server(Dataset(), port=0)
    srv.start()
    try:
        status, _, body = _fetch(srv.base_url + "/")
        assert status == 200 and "<textarea" in body and "YASGUI query editor is not installed" in body
    finally:
        srv.stop()


def test_script_json_cannot_end_its_script_element() -> None:
    text = script_json({"q": "</script><script>alert(1)</script> & <!--"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text)["q"] == "</script><script>alert(1)</script> & <!--"


def _serve(store: Path, env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", "import sys; from kg.cli import main; sys.exit(main())",
                             "serve", "-s", str(store), "--port", "0", "-q", *args],
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env)


def test_kg_serve_without_npm_says_so_in_one_line_and_serves_the_plain_form(tmp_path: Path) -> None:
    from kg.store import open_store

    store = tmp_path / "store"
    with open_store(store):
        pass
    no_npm = tmp_path / "bin"
    no_npm.mkdir()
    env = {**os.environ, "PATH": str(no_npm), "KG_EDITOR_DIR": str(tmp_path / "editor"),
           "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = _serve(store, env)
    try:
        first, second = proc.stderr.readline(), proc.stderr.readline()
        url = re.search(r"(http://127\.0\.0\.1:\d+)/query ; query form at", first)
        assert url, first
        assert second.startswith("warning: error[E610] the query editor cannot be installed: npm was not found")
        assert second.rstrip().endswith("/ serves the plain query form")
        status, _, body = _fetch(url.group(1) + "/")
        assert status == 200 and "<textarea" in body and "not installed" in body
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert not (tmp_path / "editor").exists()


def test_kg_serve_no_editor_does_not_look_for_npm(tmp_path: Path) -> None:
    from kg.store import open_store

    store = tmp_path / "store"
    with open_store(store):
        pass
    env = {**os.environ, "PATH": str(tmp_path), "KG_EDITOR_DIR": str(tmp_path / "editor"),
           "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = _serve(store, env, "--no-editor")
    try:
        first = proc.stderr.readline()
        url = re.search(r"(http://127\.0\.0\.1:\d+)/query ; query form at", first)
        assert url, first
        status, _, body = _fetch(url.group(1) + "/")
        assert status == 200 and "<textarea" in body and "not installed" not in body
    finally:
        proc.terminate()
        _, rest = proc.communicate(timeout=10)
    assert "E610" not in rest
