"""A small SPARQL 1.1 Protocol endpoint over HTTP, on the standard library.

``kg serve`` publishes a store so any SPARQL client (SPARQLWrapper, rdflib's
``SPARQLStore``, YASGUI, curl, :mod:`kg.store`'s ``sparql`` backend) can query
it.  The layout follows Oxigraph's server, which the store's remote backend
expects: queries at ``/query`` (alias ``/sparql``), updates at ``/update``,
a query form at ``/``.

* queries: ``GET /query?query=...``, ``POST /query`` with
  ``application/sparql-query`` or ``application/x-www-form-urlencoded``;
* SELECT / ASK answer ``application/sparql-results+json`` (default), XML,
  CSV or TSV by ``Accept`` (or ``?format=json|xml|csv|tsv|html``);
  CONSTRUCT / DESCRIBE answer Turtle (default), N-Triples, RDF/XML or JSON-LD;
* updates: ``POST /update`` (``application/sparql-update`` or form
  ``update=``) -- 403 unless the server was made with ``allow_update=True``;
* ``default-graph-uri`` selects named graphs as the default graph (rdflib's
  ``urn:x-rdflib:default`` means the union, as without it); ``named-graph-uri``
  is refused;
* errors: one line of plain text, ``error[E300] ...``, with 400 for a query
  that does not parse, 403 for a forbidden update, 500 when evaluation fails.

Unacceptable ``Accept`` headers get the default format rather than a 406,
which is what lenient clients expect.

>>> from rdflib import Dataset
>>> server = make_server(Dataset(), port=0)
>>> server.url.startswith("http://127.0.0.1:") and server.url.endswith("/query")
True
>>> server.server_close()
"""

from __future__ import annotations

import json
import sys
import threading
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from rdflib import Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.query import Result

from kg.errors import KGError, QueryError

__all__ = ["make_server", "SparqlServer", "SparqlHandler", "negotiate", "DEFAULT_HOST", "DEFAULT_PORT",
           "MAX_BODY"]

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
#: Largest request body accepted (a query or update text), in bytes.
MAX_BODY = 1 << 20

_QUERY_PATHS = ("/query", "/sparql")
_UPDATE_PATHS = ("/update",)


@dataclass(frozen=True)
class _Format:
    name: str
    media_type: str


# First entry of each table is the default.
_RESULT_FORMATS: dict[str, _Format] = {
    "application/sparql-results+json": _Format("json", "application/sparql-results+json"),
    "application/json": _Format("json", "application/sparql-results+json"),
    "application/sparql-results+xml": _Format("xml", "application/sparql-results+xml"),
    "application/xml": _Format("xml", "application/sparql-results+xml"),
    "text/xml": _Format("xml", "application/sparql-results+xml"),
    "text/csv": _Format("csv", "text/csv"),
    "text/tab-separated-values": _Format("tsv", "text/tab-separated-values"),
    "text/html": _Format("html", "text/html"),
}
_GRAPH_FORMATS: dict[str, _Format] = {
    "text/turtle": _Format("turtle", "text/turtle"),
    "application/x-turtle": _Format("turtle", "text/turtle"),
    "application/n-triples": _Format("nt", "application/n-triples"),
    "text/plain": _Format("nt", "application/n-triples"),
    "application/rdf+xml": _Format("xml", "application/rdf+xml"),
    "application/ld+json": _Format("json-ld", "application/ld+json"),
}
# ?format= shortcuts (for the HTML form and curl users).
_FORMAT_PARAM = {
    "json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
    "csv": "text/csv", "tsv": "text/tab-separated-values", "html": "text/html",
    "turtle": "text/turtle", "ttl": "text/turtle", "nt": "application/n-triples",
    "ntriples": "application/n-triples", "rdfxml": "application/rdf+xml", "jsonld": "application/ld+json",
}


def negotiate(accept: str | None, graph_result: bool) -> _Format:
    """Pick the response format for an ``Accept`` header (q-values honoured, default otherwise).

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", False).name
    'xml'
    >>> negotiate("*/*", True).media_type
    'text/turtle'
    >>> negotiate("application/sparql-results+json", True).name  # not a graph format: default
    'turtle'
    """
    table = _GRAPH_FORMATS if graph_result else _RESULT_FORMATS
    default = next(iter(table.values()))
    ranked: list[tuple[float, int, str]] = []
    for i, part in enumerate((accept or "").split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for p in params:
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        if media and q > 0:
            ranked.append((-q, i, media.lower()))
    for _, _, media in sorted(ranked):
        if media in table:
            return table[media]
        if media in ("*/*", "application/*"):
            return default
    return default


class _Backend:
    """Queries and updates on a :class:`kg.store.Store` or a plain rdflib graph/dataset."""

    def __init__(self, target: Any, allow_update: bool) -> None:
        self.target = target
        self.is_store = not isinstance(target, Graph) and hasattr(target, "dataset")
        self.allow_update = allow_update
        # rdflib's in-memory store is not safe to read while another thread writes.
        self.lock = threading.RLock() if allow_update else None
        self._reopen_lock = threading.Lock()

    def current(self) -> Any:
        """The target as it is now: a read-only store sees what ``kg build`` committed since."""
        if self.is_store and self.lock is None:
            with self._reopen_lock:  # one reopening at a time; queries in flight keep the old view
                self.target = self.target.reopened()
        return self.target

    def query(self, text: str, default_graphs: list[str] | None = None) -> Result:
        """Run a query over the union of all graphs, or over the ``default-graph-uri`` graphs given."""
        try:
            if self.lock is not None:
                with self.lock:
                    return self._query(text, default_graphs or [])
            return self._query(text, default_graphs or [])
        except KGError:
            raise
        except Exception as exc:
            raise _classify(exc) from None

    def _query(self, text: str, default_graphs: list[str]) -> Result:
        target = self.current()
        if not default_graphs:
            result = target.query(text)
        else:
            dataset = target.dataset if self.is_store else target
            if len(default_graphs) == 1 and hasattr(dataset, "graph"):
                result = dataset.graph(URIRef(default_graphs[0])).query(text)
            else:
                merged = Graph()
                for iri in default_graphs:
                    merged += dataset.graph(URIRef(iri)) if hasattr(dataset, "graph") else Graph()
                result = merged.query(text)
        if result.type == "SELECT":
            result.bindings  # noqa: B018  (read it all while holding the lock)
        return result

    def update(self, text: str) -> None:
        if not self.allow_update:
            raise KGError("E601")
        try:
            with self.lock:  # type: ignore[union-attr]
                self.target.update(text)
        except KGError:
            raise
        except Exception as exc:
            raise _classify(exc) from None


def _classify(exc: Exception) -> QueryError:
    text = " ".join(str(exc).split()) or type(exc).__name__
    if type(exc).__name__ in ("SyntaxError", "ParseException", "ParseSyntaxException", "ParseFatalException"):
        return QueryError("E300", None, detail=text)
    return QueryError("E302", None, detail=f"{type(exc).__name__}: {text}")


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server: ``serve_forever()``, ``shutdown()``, or :meth:`start` in a thread."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], backend: _Backend, *, verbose: bool = False) -> None:
        super().__init__(address, SparqlHandler)
        self.backend = backend
        self.verbose = verbose
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        host = f"[{host}]" if ":" in str(host) else host
        return f"http://{host}:{port}"

    @property
    def url(self) -> str:
        """The SPARQL query endpoint URL."""
        return self.base_url + "/query"

    @property
    def update_url(self) -> str:
        """The SPARQL update endpoint URL (answers 403 unless updates are allowed)."""
        return self.base_url + "/update"

    def start(self) -> threading.Thread:
        """Serve in a daemon thread (tests, notebooks); stop with :meth:`stop`."""
        self._thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="kg-sparql", daemon=True)
        self._thread.start()
        return self._thread

    def stop(self) -> None:
        """Stop a server started with :meth:`start` and release its socket."""
        if self._thread is not None:
            self.shutdown()
            self._thread.join()
            self._thread = None
        self.server_close()


def make_server(
    store_or_dataset: Any,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    allow_update: bool = False,
    *,
    verbose: bool = False,
) -> SparqlServer:
    """A SPARQL endpoint over a :class:`kg.store.Store` or an rdflib ``Graph``/``Dataset``.

    ``port=0`` picks a free port (see :attr:`SparqlServer.url`).  Read-only
    unless ``allow_update``.  A port that cannot be bound raises ``KGError`` E600.
    """
    backend = _Backend(store_or_dataset, allow_update)
    try:
        return SparqlServer((host, port), backend, verbose=verbose)
    except OSError as exc:
        raise KGError("E600", None, detail=f"{host}:{port} ({exc.strerror or exc})") from None


class _HTTPError(Exception):
    def __init__(self, status: HTTPStatus, error: KGError) -> None:
        super().__init__(str(error))
        self.status = status
        self.error = error


def _status_of(error: KGError) -> HTTPStatus:
    return {
        "E300": HTTPStatus.BAD_REQUEST,
        "E601": HTTPStatus.FORBIDDEN,
        "E202": HTTPStatus.FORBIDDEN,
        "E602": HTTPStatus.BAD_REQUEST,
        "E603": HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
    }.get(error.code, HTTPStatus.INTERNAL_SERVER_ERROR)


class SparqlHandler(BaseHTTPRequestHandler):
    """One request: route, read the query, run it, serialise the answer."""

    server: SparqlServer
    server_version = "civic-kg-sparql"
    protocol_version = "HTTP/1.1"

    # -- routing ------------------------------------------------------------------------------
    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._handle(lambda path, params: self._get(path, params))

    def do_POST(self) -> None:  # noqa: N802
        self._handle(lambda path, params: self._post(path, params))

    def do_OPTIONS(self) -> None:  # noqa: N802
        self.send_response(HTTPStatus.NO_CONTENT)
        self._common_headers()
        self.send_header("Allow", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _handle(self, route) -> None:
        url = urlsplit(self.path)
        try:
            params = parse_qs(url.query, keep_blank_values=True)
            route(url.path.rstrip("/") or "/", params)
        except _HTTPError as exc:
            self.close_connection = True  # an unread body must not be taken for the next request
            self._send_text(exc.status, str(exc.error))
        except KGError as exc:
            self.close_connection = True
            self._send_text(_status_of(exc), str(exc))

    def _get(self, path: str, params: dict[str, list[str]]) -> None:
        wants_page = path in _QUERY_PATHS and "query" not in params \
            and "text/html" in (self.headers.get("Accept") or "")
        if path == "/" or wants_page:
            self._send(HTTPStatus.OK, "text/html; charset=utf-8", _form_page().encode("utf-8"))
        elif path in _QUERY_PATHS:
            self._run_query(_one(params, "query"), params)
        elif path in _UPDATE_PATHS:
            raise _HTTPError(HTTPStatus.METHOD_NOT_ALLOWED,
                             KGError("E602", None, detail="updates must be sent with POST"))
        else:
            raise _HTTPError(HTTPStatus.NOT_FOUND, KGError("E602", None, detail=f"no such path {path}"))

    def _post(self, path: str, params: dict[str, list[str]]) -> None:
        if path not in _QUERY_PATHS + _UPDATE_PATHS:
            raise _HTTPError(HTTPStatus.NOT_FOUND, KGError("E602", None, detail=f"no such path {path}"))
        body = self._body()
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/x-www-form-urlencoded":
            form = parse_qs(body, keep_blank_values=True)
            merged = {**params, **form}
            if "update" in form:
                self._run_update(_one(form, "update"))
            else:
                self._run_query(_one(form, "query"), merged)
        elif ctype == "application/sparql-query" and path in _QUERY_PATHS:
            self._run_query(body, params)
        elif ctype == "application/sparql-update":
            self._run_update(body)
        else:
            raise _HTTPError(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, KGError(
                "E602", None, detail=f"Content-Type {ctype or '(none)'}; expected application/sparql-query, "
                "application/sparql-update or application/x-www-form-urlencoded"))

    def _body(self) -> str:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            raise _HTTPError(HTTPStatus.BAD_REQUEST,
                             KGError("E602", None, detail="bad Content-Length")) from None
        if length > MAX_BODY:
            self.close_connection = True
            if length <= 8 * MAX_BODY:  # drain it, so the client reads our 413 instead of a reset
                self.rfile.read(length)
            raise KGError("E603", None, detail=str(length), limit=str(MAX_BODY))
        raw = self.rfile.read(length) if length > 0 else b""
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            raise _HTTPError(HTTPStatus.BAD_REQUEST,
                             KGError("E602", None, detail="the body is not UTF-8")) from None

    # -- SPARQL -------------------------------------------------------------------------------
    def _run_query(self, text: str, params: dict[str, list[str]]) -> None:
        if not text.strip():
            raise KGError("E602", None, detail="no query given (use ?query=...)")
        if params.get("named-graph-uri"):
            raise KGError("E602", None, detail="named-graph-uri is not supported; use GRAPH in the query")
        # rdflib clients name "the default graph" urn:x-rdflib:default: here that is the union.
        default_graphs = [g for g in params.get("default-graph-uri", []) if g and g != str(DATASET_DEFAULT_GRAPH_ID)]
        result = self.server.backend.query(text, default_graphs)
        graph_result = result.type in ("CONSTRUCT", "DESCRIBE")
        accept = self.headers.get("Accept")
        if params.get("format"):
            accept = _FORMAT_PARAM.get(params["format"][0].lower(), params["format"][0])
        fmt = negotiate(accept, graph_result)
        if graph_result:
            payload = result.graph.serialize(format=fmt.name, encoding="utf-8")
        elif fmt.name == "html":
            payload = _html_table(result).encode("utf-8")
        elif fmt.name == "tsv":
            payload = _tsv(result).encode("utf-8")
        elif fmt.name == "csv" and result.type == "ASK":
            payload = f"_askResult\r\n{str(bool(result.askAnswer)).lower()}\r\n".encode()
        else:
            payload = result.serialize(format=fmt.name, encoding="utf-8")
        if isinstance(payload, str):
            payload = payload.encode("utf-8")
        self._send(HTTPStatus.OK, f"{fmt.media_type}; charset=utf-8", payload)

    def _run_update(self, text: str) -> None:
        if not self.server.backend.allow_update:
            raise KGError("E601")
        if not text.strip():
            raise KGError("E602", None, detail="no update given")
        self.server.backend.update(text)
        self.send_response(HTTPStatus.NO_CONTENT)
        self._common_headers()
        self.send_header("Content-Length", "0")
        self.end_headers()

    # -- responses ----------------------------------------------------------------------------
    def _common_headers(self) -> None:
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Vary", "Accept")
        self.send_header("Cache-Control", "no-store")

    def _send(self, status: HTTPStatus, content_type: str, payload: bytes) -> None:
        self.send_response(status)
        self._common_headers()
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        if content_type.startswith("text/html"):
            self.send_header("Content-Security-Policy",
                             "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
                             "form-action 'self'")
        self.end_headers()
        self.wfile.write(payload)

    def _send_text(self, status: HTTPStatus, message: str) -> None:
        self._send(status, "text/plain; charset=utf-8", (" ".join(message.split()) + "\n").encode("utf-8"))

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (http.server's signature)
        if self.server.verbose:
            line = format % args
            line = line if len(line) <= 160 else line[:120] + " … " + line[-30:]
            sys.stderr.write(f"{self.address_string()} {line}\n")


def _one(params: dict[str, list[str]], name: str) -> str:
    values = params.get(name) or []
    if len(values) > 1:
        raise KGError("E602", None, detail=f"more than one {name} parameter")
    return values[0] if values else ""


def _cell(term: Any) -> str:
    return "" if term is None else term.n3()


def _tsv(result: Result) -> str:
    """SPARQL 1.1 TSV results: ``?var`` header, terms in N-Triples syntax."""
    if result.type == "ASK":
        return f"?_askResult\n{str(bool(result.askAnswer)).lower()}\n"
    variables = list(result.vars or [])
    lines = ["\t".join(f"?{v}" for v in variables)]
    for row in result:
        lines.append("\t".join(_cell(row[v]) for v in variables))
    return "\n".join(lines) + "\n"


def _html_table(result: Result) -> str:
    from html import escape

    if result.type == "ASK":
        body = f"<p>{escape(str(bool(result.askAnswer)).lower())}</p>"
    else:
        variables = list(result.vars or [])
        head = "".join(f"<th>{escape(str(v))}</th>" for v in variables)
        rows = "".join(
            "<tr>" + "".join(f"<td>{escape('' if row[v] is None else str(row[v]))}</td>" for v in variables)
            + "</tr>" for row in result)
        body = f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>civic-kg results</title>"
        "<style>body{font-family:system-ui,sans-serif;margin:1rem}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left;vertical-align:top}</style>"
        f"</head><body><p><a href='/'>&larr; query</a></p>{body}</body></html>"
    )


_DEFAULT_QUERY = """SELECT ?type (COUNT(?s) AS ?n)
WHERE { ?s a ?type }
GROUP BY ?type
ORDER BY DESC(?n)"""


def _catalogue() -> dict[str, str]:
    """Catalogue queries (rendered with their defaults) for the form's drop-down; empty if unavailable."""
    try:
        from kg.queries import catalogue

        return {name: q.render() for name, q in catalogue().items()}
    except Exception:  # the form works without the catalogue
        return {}


def _form_page() -> str:
    from html import escape

    examples = _catalogue()
    options = "".join(f"<option value='{escape(name)}'>{escape(name)}</option>" for name in examples)
    data = json.dumps(examples).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>civic-kg SPARQL endpoint</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 1rem auto; max-width: 60rem; padding: 0 1rem; }}
textarea {{ width: 100%; height: 16rem; font-family: ui-monospace, monospace; font-size: .9rem; }}
code {{ background: #f3f3f3; padding: 0 .2rem; }}
</style></head>
<body>
<h1>civic-kg SPARQL endpoint</h1>
<p>SPARQL 1.1 Protocol at <code>/query</code> (GET or POST). The default graph is the union of all
document graphs. Results as JSON, XML, CSV, TSV (SELECT, ASK) or Turtle, N-Triples (CONSTRUCT).</p>
<form method="get" action="/query">
<p><label>Example: <select id="examples"><option value="">(choose a catalogue query)</option>{options}
</select></label></p>
<textarea name="query" id="query" spellcheck="false">{escape(_DEFAULT_QUERY)}</textarea>
<p><label>Format: <select name="format">
<option value="html">HTML table</option><option value="json">JSON</option><option value="xml">XML</option>
<option value="csv">CSV</option><option value="tsv">TSV</option><option value="turtle">Turtle (CONSTRUCT)</option>
</select></label> <button type="submit">Run query</button></p>
</form>
<script>
var examples = {data};
document.getElementById("examples").addEventListener("change", function (e) {{
  if (examples[e.target.value]) {{ document.getElementById("query").value = examples[e.target.value]; }}
}});
</script>
</body></html>
"""
