"""The endpoint is safe to leave running: read-only, never contacts other servers, loopback, no CORS.

Real clients on loopback: SPARQLWrapper, requests and curl.
"""

from __future__ import annotations

import inspect
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from rdflib import Dataset, Literal, URIRef
from server_fixtures import Listener, build_examples, serving

from kg.server import LISTEN_BACKLOG, make_server

pytestmark = pytest.mark.filterwarnings("ignore:Dataset.default_context:DeprecationWarning")

ORIGIN = "https://maps.example.org"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    return build_examples(tmp_path_factory.mktemp("endpoint") / "store")


@pytest.fixture(scope="module")
def server(store_path: Path):
    with serving(store_path, timeout=10) as srv:
        yield srv


@pytest.fixture()
def listener() -> Iterator[Listener]:
    lis = Listener()
    yield lis
    lis.close()


def _in_memory_server(**options):
    ds = Dataset(default_union=True)
    ds.graph(URIRef("https://example.org/g")).add(
        (URIRef("https://example.org/a"), URIRef("https://example.org/p"), Literal("x")))
    srv = make_server(ds, port=0, **options)
    srv.start()
    return srv


def _curl(*args: str) -> tuple[int, str]:
    if shutil.which("curl") is None:
        pytest.skip("curl is not installed")
    out = subprocess.run(["curl", "-s", "-w", "\n%{http_code}", *args], capture_output=True, text=True,
                         timeout=30, check=True).stdout
    body, _, code = out.rpartition("\n")
    return int(code), body


def test_the_listener_sees_a_request_when_an_engine_runs_service(listener: Listener) -> None:
    """The control: pyoxigraph on its own does contact the address a SERVICE clause names."""
    import pyoxigraph as ox

    with pytest.raises(OSError):
        list(ox.Store().query(f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"))
    assert listener.visits >= 1


@pytest.mark.parametrize("query", [
    "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ ?x ?y ?z OPTIONAL {{ service silent <{url}> {{ ?s ?p ?o }} }} }}",
    "SELECT * WHERE {{ \\u0053ERVICE <{url}> {{ ?s ?p ?o }} }}",
])
def test_service_is_refused_and_no_request_leaves(server, listener: Listener, query: str) -> None:
    from SPARQLWrapper import JSON, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

    text = query.format(url=listener.url)
    sw = SPARQLWrapper(server.url)
    sw.setQuery(text)
    sw.setReturnFormat(JSON)
    with pytest.raises((SPARQLWrapperException, Exception)) as exc:
        sw.query()
    assert "403" in str(exc.value) or "E605" in str(exc.value)
    code, body = _curl("--data-urlencode", f"query={text}", server.url)
    assert code == 403 and body.startswith("error[E605]") and "SERVICE" in body
    time.sleep(0.3)
    assert listener.visits == 0


def test_service_and_from_on_an_in_memory_target_leave_nothing(listener: Listener) -> None:
    srv = _in_memory_server()
    try:
        r = requests.post(srv.url, data={"query": f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"},
                          timeout=10)
        assert r.status_code == 403 and r.text.startswith("error[E605]")
        r = requests.get(srv.url, params={"query": f"SELECT * FROM <{listener.url}> WHERE {{ ?s ?p ?o }}"},
                         timeout=10)
        assert r.status_code == 200  # rdflib looks the graph up in the store, it does not fetch it
    finally:
        srv.stop()
    time.sleep(0.3)
    assert listener.visits == 0


def test_updates_and_load_are_refused_by_default(server, listener: Listener) -> None:
    from SPARQLWrapper import POST, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

    sw = SPARQLWrapper(server.url, updateEndpoint=server.update_url)
    sw.setMethod(POST)
    sw.setQuery("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    with pytest.raises((SPARQLWrapperException, Exception)) as exc:
        sw.query()
    assert "403" in str(exc.value) or "E601" in str(exc.value)
    for endpoint in (server.update_url, server.url):
        r = requests.post(endpoint, data={"update": f"LOAD <{listener.url}>"}, timeout=10)
        assert r.status_code == 403, r.text
    # an update sent as a query is a refusal, not a syntax error
    code, body = _curl("--data-urlencode", "query=DELETE WHERE { ?s ?p ?o }", server.url)
    assert code == 403 and body.startswith("error[E601]")
    r = requests.get(server.url, params={"query": "ASK { ?s ?p ?o }"}, headers={"Accept": "application/json"},
                     timeout=10)
    assert r.json()["boolean"] is True
    time.sleep(0.3)
    assert listener.visits == 0


def test_load_and_service_are_refused_even_with_updates_allowed(listener: Listener) -> None:
    srv = _in_memory_server(allow_update=True)
    try:
        r = requests.post(srv.update_url, data={"update": f"LOAD <{listener.url}> INTO GRAPH <urn:g>"}, timeout=10)
        assert r.status_code == 403 and r.text.startswith("error[E605]")
        update = f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"
        r = requests.post(srv.update_url, data=update.encode(),
                          headers={"Content-Type": "application/sparql-update"}, timeout=10)
        assert r.status_code == 403
        r = requests.post(srv.update_url, data={"update": "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> 1 } }"},
                          timeout=10)
        assert r.status_code == 204
    finally:
        srv.stop()
    time.sleep(0.3)
    assert listener.visits == 0


def test_no_cors_header_unless_asked(server, store_path: Path) -> None:
    r = requests.get(server.url, params={"query": "ASK { ?s ?p ?o }"}, headers={"Origin": ORIGIN}, timeout=10)
    assert r.status_code == 200 and "Access-Control-Allow-Origin" not in r.headers
    r = requests.options(server.url, headers={"Origin": ORIGIN}, timeout=10)
    assert "Access-Control-Allow-Origin" not in r.headers and "Access-Control-Allow-Methods" not in r.headers
    with serving(store_path, cors=ORIGIN, workers=1) as open_srv:
        r = requests.get(open_srv.url, params={"query": "ASK { ?s ?p ?o }"}, headers={"Origin": ORIGIN},
                         timeout=10)
        assert r.headers["Access-Control-Allow-Origin"] == ORIGIN
        r = requests.options(open_srv.url, headers={"Origin": ORIGIN}, timeout=10)
        assert r.headers["Access-Control-Allow-Origin"] == ORIGIN
        assert "POST" in r.headers["Access-Control-Allow-Methods"]


def test_binds_loopback_with_a_deep_listen_queue_by_default(server) -> None:
    assert server.server_address[0] == "127.0.0.1"
    assert server.request_queue_size == LISTEN_BACKLOG >= 512


def test_kg_serve_defaults_to_loopback_and_warns_otherwise() -> None:
    from kg.cli.serve import _is_loopback, serve

    defaults = {name: p.default for name, p in inspect.signature(serve).parameters.items()}
    assert defaults["host"].default == "127.0.0.1" and defaults["cors"].default is None
    assert defaults["allow_update"].default is False and defaults["timeout"].default == 30.0
    assert _is_loopback("127.0.0.1") and _is_loopback("::1") and _is_loopback("localhost")
    assert not _is_loopback("0.0.0.0")
