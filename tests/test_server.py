"""kg.server over a real socket: SPARQLWrapper, urllib and rdflib's SPARQLStore as clients."""

from __future__ import annotations

import csv
import io
import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS
from rdflib.plugins.stores.sparqlstore import SPARQLStore

from kg.errors import KGError
from kg.rdf.namespaces import CIVIC
from kg.server import SparqlServer, make_server

pytestmark = pytest.mark.filterwarnings("ignore:Dataset.default_context:DeprecationWarning")

EX = "https://example.org/"
GOLD = Path(__file__).resolve().parents[1].parent / "shared" / "gold" / "seeds.json"
DOC_GRAPH = URIRef(EX + "graph/boston-2011")
CITIES = "PREFIX civic: <https://w3id.org/civic-kg/ontology#> SELECT ?c WHERE { ?c a civic:City } ORDER BY ?c"


def _dataset() -> Dataset:
    ds = Dataset(default_union=True)
    g = ds.graph(DOC_GRAPH)
    boston, award = URIRef(EX + "boston"), URIRef(EX + "dcs-2011")
    g.add((boston, RDF.type, CIVIC.City))
    g.add((boston, RDFS.label, Literal("Boston, \"MA\" & <more>")))
    g.add((award, RDF.type, CIVIC.AwardEdition))
    g.add((boston, CIVIC.won, award))
    ds.graph(URIRef(EX + "graph/br")).add((URIRef(EX + "baton-rouge"), RDF.type, CIVIC.City))
    return ds


@pytest.fixture()
def server() -> Iterator[SparqlServer]:
    srv = make_server(_dataset(), port=0)
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture()
def writable() -> Iterator[SparqlServer]:
    srv = make_server(_dataset(), port=0, allow_update=True)
    srv.start()
    yield srv
    srv.stop()


def _fetch(url: str, data: bytes | None = None, headers: dict[str, str] | None = None):
    req = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, resp.headers.get("Content-Type", ""), resp.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read().decode("utf-8")


def test_sparqlwrapper_select_ask_construct(server: SparqlServer) -> None:
    from SPARQLWrapper import JSON, POST, TURTLE, SPARQLWrapper

    sw = SPARQLWrapper(server.url)
    sw.setQuery(CITIES)
    sw.setReturnFormat(JSON)
    rows = sw.query().convert()["results"]["bindings"]
    assert [r["c"]["value"] for r in rows] == [EX + "baton-rouge", EX + "boston"]

    sw.setMethod(POST)  # form-encoded POST
    sw.setQuery(f"ASK {{ <{EX}boston> <{CIVIC.won}> ?x }}")
    assert sw.query().convert()["boolean"] is True

    sw.setQuery(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{DOC_GRAPH}> {{ ?s ?p ?o }} }}")
    sw.setReturnFormat(TURTLE)
    g = Graph().parse(data=sw.query().convert(), format="turtle")
    assert len(g) == 4 and (URIRef(EX + "boston"), CIVIC.won, URIRef(EX + "dcs-2011")) in g


def test_urllib_get_post_and_content_negotiation(server: SparqlServer) -> None:
    q = urllib.parse.quote(CITIES)
    status, ctype, body = _fetch(f"{server.url}?query={q}")
    assert status == 200 and ctype.startswith("application/sparql-results+json")
    assert len(json.loads(body)["results"]["bindings"]) == 2

    status, ctype, body = _fetch(server.url, CITIES.encode(), {"Content-Type": "application/sparql-query",
                                                                "Accept": "text/csv"})
    assert status == 200 and ctype.startswith("text/csv")
    assert list(csv.reader(io.StringIO(body)))[1:] == [[EX + "baton-rouge"], [EX + "boston"]]

    status, ctype, body = _fetch(f"{server.url}?query={q}", headers={"Accept": "application/sparql-results+xml"})
    assert status == 200 and "sparql-results+xml" in ctype and "<sparql" in body

    status, ctype, body = _fetch(f"{server.url}?query={q}", headers={"Accept": "text/tab-separated-values"})
    assert body.splitlines() == ["?c", f"<{EX}baton-rouge>", f"<{EX}boston>"]

    construct = urllib.parse.quote("CONSTRUCT WHERE { ?s a ?t }")
    status, ctype, body = _fetch(f"{server.url}?query={construct}", headers={"Accept": "application/n-triples"})
    assert status == 200 and ctype.startswith("application/n-triples") and body.count(" .\n") == 3


def test_rdflib_sparqlstore_can_query_the_endpoint(server: SparqlServer) -> None:
    store = SPARQLStore(query_endpoint=server.url, returnFormat="json")
    ds = Dataset(store=store, default_union=True)
    rows = list(ds.query(CITIES))
    assert [str(r[0]) for r in rows] == [EX + "baton-rouge", EX + "boston"]
    labels = list(ds.query(f"SELECT ?l WHERE {{ <{EX}boston> <{RDFS.label}> ?l }}"))
    assert str(labels[0][0]) == "Boston, \"MA\" & <more>"
    assert (URIRef(EX + "boston"), CIVIC.won, URIRef(EX + "dcs-2011")) in ds


def test_kg_store_sparql_backend_reads_the_endpoint(server: SparqlServer) -> None:
    store_mod = pytest.importorskip("kg.store", reason="kg.store not available")
    with store_mod.open_store(server.url, backend="sparql", read_only=True) as st:
        assert len(list(st.query(CITIES))) == 2


def test_malformed_query_is_400_with_one_line(server: SparqlServer) -> None:
    status, ctype, body = _fetch(f"{server.url}?query=" + urllib.parse.quote("SELECT WHERE {"))
    assert status == 400 and ctype.startswith("text/plain")
    assert body.startswith("error[E300]") and body.count("\n") == 1


def test_updates_are_forbidden_by_default(server: SparqlServer) -> None:
    update = f"INSERT DATA {{ <{EX}x> a <{CIVIC.City}> }}".encode()
    status, _, body = _fetch(server.update_url, update, {"Content-Type": "application/sparql-update"})
    assert status == 403 and body.startswith("error[E601]")
    form = urllib.parse.urlencode({"update": update.decode()}).encode()
    status, _, _ = _fetch(server.url, form, {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 403


def test_updates_when_allowed(writable: SparqlServer) -> None:
    from SPARQLWrapper import POST, SPARQLWrapper

    sw = SPARQLWrapper(writable.url, updateEndpoint=writable.update_url)
    sw.setMethod(POST)
    sw.setQuery(f"INSERT DATA {{ GRAPH <{EX}graph/new> {{ <{EX}x> a <{CIVIC.City}> }} }}")
    sw.query()
    status, _, body = _fetch(f"{writable.url}?query=" + urllib.parse.quote(CITIES))
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 3


def test_bad_requests(server: SparqlServer) -> None:
    assert _fetch(server.base_url + "/nope")[0] == 404
    assert _fetch(server.url)[0] == 400  # no query
    assert _fetch(server.url, b"x", {"Content-Type": "text/plain"})[0] == 415
    big = b"#" * (2 << 20)
    status, _, body = _fetch(server.url, big, {"Content-Type": "application/sparql-query"})
    assert status == 413 and body.startswith("error[E603]")


def test_form_page_and_html_results_escape_text(server: SparqlServer) -> None:
    status, ctype, body = _fetch(server.base_url + "/form")
    assert status == 200 and ctype.startswith("text/html") and "<textarea" in body
    q = urllib.parse.quote(f"SELECT ?l WHERE {{ ?s <{RDFS.label}> ?l }}")
    status, ctype, body = _fetch(f"{server.url}?query={q}&format=html")
    assert status == 200 and "Boston, &quot;MA&quot; &amp; &lt;more&gt;" in body and "<more>" not in body


def test_port_in_use_is_a_kg_error(server: SparqlServer) -> None:
    with pytest.raises(KGError, match="E600"):
        make_server(_dataset(), port=server.server_address[1])


def test_default_graph_uri_selects_a_named_graph(server: SparqlServer) -> None:
    q = urllib.parse.quote(CITIES)
    dg = urllib.parse.quote(str(DOC_GRAPH))
    status, _, body = _fetch(f"{server.url}?query={q}&default-graph-uri={dg}")
    assert status == 200 and [b["c"]["value"] for b in json.loads(body)["results"]["bindings"]] == [EX + "boston"]
    status, _, body = _fetch(f"{server.url}?query={q}&default-graph-uri=urn:x-rdflib:default")
    assert len(json.loads(body)["results"]["bindings"]) == 2


def test_serves_a_store_with_catalogue_queries() -> None:
    if not GOLD.exists():
        pytest.skip(f"shared gold records not found at {GOLD}")
    from kg.queries import get
    from kg.record import records_from_json
    from kg.store import open_store

    with open_store(None) as st:  # in-memory Oxigraph, loaded with the gold seed records
        for record in records_from_json(GOLD.read_text(encoding="utf-8")):
            st.add_document(record)
        srv = make_server(st, port=0)
        srv.start()
        try:
            from SPARQLWrapper import JSON, SPARQLWrapper

            sw = SPARQLWrapper(srv.url)
            sw.setQuery(get("winners").render(year=2011))
            sw.setReturnFormat(JSON)
            rows = sw.query().convert()["results"]["bindings"]
            assert any("Boston" in " ".join(c["value"] for c in r.values()) for r in rows), rows
        finally:
            srv.stop()


def test_kg_serve_command_answers_queries(tmp_path: Path) -> None:
    import re
    import subprocess
    import sys

    from kg import EXAMPLES_DIR
    from kg.cli import main

    store = tmp_path / "store"
    assert main(["build", str(EXAMPLES_DIR), "-s", str(store), "--no-progress"]) == 0
    proc = subprocess.Popen([sys.executable, "-c", "import sys; from kg.cli import main; sys.exit(main())",
                             "serve", "-s", str(store), "--port", "0", "-q"],
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    try:
        line = proc.stderr.readline()
        match = re.search(r"(http://127\.0\.0\.1:\d+/query)", line)
        assert match, line
        status, _, body = _fetch(f"{match.group(1)}?query=" + urllib.parse.quote(CITIES))
        assert status == 200 and len(json.loads(body)["results"]["bindings"]) >= 2
        update = b"INSERT DATA { <urn:x> <urn:p> <urn:o> }"
        assert _fetch(match.group(1).replace("/query", "/update"), update,
                      {"Content-Type": "application/sparql-update"})[0] == 403
        # a build next to the running server is seen by its next query, without a restart
        news = tmp_path / "news"
        news.mkdir()
        (news / "tulsa.txt").write_text("TULSA, Okla. (Nov. 9, 2019) - The City of Tulsa placed third in the "
                                        "Digital Cities Survey, Mayor G.T. Bynum announced today.\n", encoding="utf-8")
        assert main(["build", str(news), "-s", str(store), "--no-progress"]) == 0
        status, _, body = _fetch(f"{match.group(1)}?query=" + urllib.parse.quote(CITIES))
        cities = {b["c"]["value"].rsplit("/", 1)[-1] for b in json.loads(body)["results"]["bindings"]}
        assert status == 200 and "tulsa" in cities, cities
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_concurrent_clients(server: SparqlServer) -> None:
    from concurrent.futures import ThreadPoolExecutor

    url = f"{server.url}?query=" + urllib.parse.quote(CITIES)
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(lambda _: _fetch(url), range(24)))
    assert {a[0] for a in answers} == {200}
    assert {len(json.loads(a[2])["results"]["bindings"]) for a in answers} == {2}
