"""The HTTP side of the SPARQL endpoint: routing, the SPARQL 1.1 Protocol, safety checks, CORS.

* queries: ``GET /query?query=...``, ``POST /query`` with ``application/sparql-query`` or
  ``application/x-www-form-urlencoded``; answers by ``Accept`` (or ``?format=``);
* updates: ``POST /update`` -- 403 (``E601``) unless the server was made with ``allow_update``;
* ``SERVICE`` (in queries and updates) and ``LOAD`` are refused with 403 (``E605``) before
  anything runs: the endpoint never contacts another server;
* errors: one line of plain text, ``error[E300] ...``; 400 for a query that does not parse, 503
  when the time limit stopped it (``E606``) or no worker was free (``E608``), 422 when the result
  passed the size limit (``E607``);
* no ``Access-Control-Allow-Origin`` unless ``cors`` names an origin.

Why the listen backlog is large: with http.server's default of 5, a burst of clients overflows
the accept queue and the kernel makes them retry after 1 s, then 3 s.
"""

from __future__ import annotations

import sys
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.errors import KGError
from kg.queries.sparql_text import kind, remote_operations
from kg.server.editor_page import EDITOR_CSP, editor_page
from kg.server.execute import QueryRequest, Reply, error_reply
from kg.server.formats import FORMAT_PARAM
from kg.server.page import FORM_CSP, form_page
from kg.server.static import StaticFiles
from kg.server.workers import InlineRunner, Runner, WorkerPool, default_workers

__all__ = ["make_server", "SparqlServer", "SparqlHandler", "DEFAULT_HOST", "DEFAULT_PORT", "DEFAULT_TIMEOUT",
           "DEFAULT_MAX_RESULT", "MAX_BODY", "LISTEN_BACKLOG"]

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
#: Seconds a query may run (and wait for a worker) before it is stopped.
DEFAULT_TIMEOUT = 30.0
#: Largest serialised result, in bytes.
DEFAULT_MAX_RESULT = 64 << 20
#: Largest request body accepted (a query or update text), in bytes.
MAX_BODY = 1 << 20
#: Pending connections the kernel queues before the server accepts them.
LISTEN_BACKLOG = 1024

_QUERY_PATHS = ("/query", "/sparql")
_UPDATE_PATHS = ("/update",)


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server: ``serve_forever()``, ``shutdown()``, or :meth:`start` in a thread."""

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = LISTEN_BACKLOG

    def __init__(self, address: tuple[str, int], target: Any, runner: Runner, *, allow_update: bool,
                 max_result: int, cors: str | None, verbose: bool = False, editor_dir: Path | None = None,
                 editor_note: str | None = None) -> None:
        self.target = target
        self.static = StaticFiles(editor_dir)
        self.editor_note = editor_note
        self.runner = runner
        self.allow_update = allow_update
        self.max_result = max_result
        self.cors = cors
        self.verbose = verbose
        self.update_lock = getattr(runner, "lock", None) or threading.RLock()
        self._thread: threading.Thread | None = None
        super().__init__(address, SparqlHandler)  # last: a bind failure calls server_close()

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

    @property
    def timeout_seconds(self) -> float:
        return self.runner.timeout

    def start(self) -> threading.Thread:
        """Serve in a daemon thread (tests, notebooks); stop with :meth:`stop`."""
        self._thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="kg-sparql", daemon=True)
        self._thread.start()
        return self._thread

    def stop(self) -> None:
        """Stop a server started with :meth:`start`, its workers, and release its socket."""
        if self._thread is not None:
            self.shutdown()
            self._thread.join()
            self._thread = None
        self.server_close()

    def server_close(self) -> None:
        super().server_close()
        self.runner.close()

    def update(self, text: str) -> None:
        """Apply an update to the target (only when made with ``allow_update``)."""
        if not self.allow_update:
            raise KGError("E601")
        with self.update_lock:
            self.target.update(text)


def make_server(
    store_or_dataset: Any,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    allow_update: bool = False,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_result: int = DEFAULT_MAX_RESULT,
    workers: int | None = None,
    cors: str | None = None,
    verbose: bool = False,
    editor: bool = True,
    editor_dir: Path | None = None,
) -> SparqlServer:
    """A SPARQL endpoint over a :class:`kg.store.Store` or an rdflib ``Graph``/``Dataset``.

    ``port=0`` picks a free port (see :attr:`SparqlServer.url`).  Read-only unless
    ``allow_update``.  An on-disk Oxigraph store is queried by ``workers`` killable processes
    (default: one per core, at least two) so ``timeout`` really stops a query; other targets run
    in this process.  ``cors`` is the origin allowed to read answers from a browser (``"*"`` for
    any); none by default.  A port that cannot be bound raises ``KGError`` E600.

    ``/`` serves the YASGUI editor when its files are in ``editor_dir`` (default: where
    :func:`kg.server.editor_assets.find_editor` finds them; ``kg serve`` installs them first), else
    the plain form, which ``/form`` always serves; ``editor=False`` keeps to the plain form.
    """
    from kg.server.editor_assets import find_editor

    note = None
    if editor and editor_dir is None:
        editor_dir = find_editor()
        if editor_dir is None:
            note = ("The YASGUI query editor is not installed (kg serve fetches it with npm when it starts and "
                    "says why it could not), so this is the plain form.")
    elif not editor:
        editor_dir = None
    location = getattr(store_or_dataset, "location", None)
    runner: Runner
    if getattr(store_or_dataset, "backend", None) == "oxigraph" and location:
        runner = WorkerPool(str(location), size=workers or default_workers(), timeout=timeout)
    else:
        runner = InlineRunner(store_or_dataset, timeout=timeout,
                              lock=threading.RLock() if allow_update else None)
    try:
        return SparqlServer((host, port), store_or_dataset, runner, allow_update=allow_update,
                            max_result=max_result, cors=cors, verbose=verbose, editor_dir=editor_dir,
                            editor_note=note)
    except OSError as exc:
        runner.close()
        raise KGError("E600", None, detail=f"{host}:{port} ({exc.strerror or exc})") from None


class _HTTPError(Exception):
    def __init__(self, status: HTTPStatus, error: KGError) -> None:
        super().__init__(str(error))
        self.status = status
        self.error = error


def _refuse_remote(text: str) -> None:
    found = remote_operations(text)
    if found:
        raise KGError("E605", None, detail=" and ".join(found))


class SparqlHandler(BaseHTTPRequestHandler):
    """One request: route, check the text, run it within the limits, send the answer."""

    server: SparqlServer
    server_version = "civic-kg-sparql"
    protocol_version = "HTTP/1.1"

    # -- routing ------------------------------------------------------------------------------
    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._handle(self._get)

    def do_POST(self) -> None:  # noqa: N802
        self._handle(self._post)

    def do_OPTIONS(self) -> None:  # noqa: N802
        self.send_response(HTTPStatus.NO_CONTENT)
        self._common_headers()
        self.send_header("Allow", "GET, POST, OPTIONS")
        if self.server.cors:
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
            self._send_reply(error_reply(exc.error, int(exc.status)))
        except KGError as exc:
            self.close_connection = True
            self._send_reply(error_reply(exc))

    def _get(self, path: str, params: dict[str, list[str]]) -> None:
        wants_page = path in _QUERY_PATHS and "query" not in params \
            and "text/html" in (self.headers.get("Accept") or "")
        if path == "/" or wants_page:
            self._send_reply(self._front_page())
        elif path == "/form":
            self._send_reply(_html(form_page(), FORM_CSP))
        elif path.startswith("/static/"):
            self._send_file(path)
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
        _refuse_remote(text)
        if kind(text) == "update":
            raise KGError("E601") if not self.server.allow_update else KGError(
                "E602", None, detail="send updates to /update")
        # rdflib clients name "the default graph" urn:x-rdflib:default: here that is the union.
        default_graphs = [g for g in params.get("default-graph-uri", []) if g and g != str(DATASET_DEFAULT_GRAPH_ID)]
        accept = self.headers.get("Accept")
        if params.get("format"):
            accept = FORMAT_PARAM.get(params["format"][0].lower(), params["format"][0])
        request = QueryRequest(text, accept, default_graphs, self.server.max_result)
        self._send_reply(self.server.runner.run(request))

    def _run_update(self, text: str) -> None:
        if not self.server.allow_update:
            raise KGError("E601")
        if not text.strip():
            raise KGError("E602", None, detail="no update given")
        _refuse_remote(text)
        try:
            self.server.update(text)
        except KGError:
            raise
        except Exception as exc:
            raise KGError("E300" if "Syntax" in type(exc).__name__ or "Parse" in type(exc).__name__ else "E302",
                          None, detail=" ".join(str(exc).split())) from None
        self.send_response(HTTPStatus.NO_CONTENT)
        self._common_headers()
        self.send_header("Content-Length", "0")
        self.end_headers()

    # -- pages and files ----------------------------------------------------------------------
    def _front_page(self) -> Reply:
        static = self.server.static
        if static.editor:
            return _html(editor_page(static.scripts, static.styles), EDITOR_CSP)
        return _html(form_page(self.server.editor_note), FORM_CSP)

    def _send_file(self, path: str) -> None:
        found = self.server.static.get(path)
        if found is None:
            raise _HTTPError(HTTPStatus.NOT_FOUND, KGError("E602", None, detail=f"no such path {path}"))
        try:
            body = found.read()
        except OSError as exc:  # the editor's folder was removed under a running server
            raise _HTTPError(HTTPStatus.NOT_FOUND, KGError("E602", None, detail=f"{path}: {exc.strerror}")) from None
        self._send_reply(Reply(200, found.content_type, body, (("Cache-Control", found.cache_control),
                                                                ("X-Content-Type-Options", "nosniff"))))

    # -- responses ----------------------------------------------------------------------------
    def _common_headers(self, cache: str = "no-store") -> None:
        if self.server.cors:
            self.send_header("Access-Control-Allow-Origin", self.server.cors)
        self.send_header("Vary", "Accept, Origin")
        self.send_header("Cache-Control", cache)

    def _send_reply(self, reply: Reply) -> None:
        if reply.status >= 400:
            self.close_connection = True
        extra = dict(reply.headers)
        self.send_response(reply.status)
        self._common_headers(extra.pop("Cache-Control", "no-store"))
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        if reply.status == HTTPStatus.SERVICE_UNAVAILABLE:
            self.send_header("Retry-After", "1")
        if reply.content_type.startswith("text/html") and "Content-Security-Policy" not in extra:
            self.send_header("Content-Security-Policy", FORM_CSP)  # results as an HTML table
        for name, value in extra.items():
            self.send_header(name, value)
        self.end_headers()
        try:
            self.wfile.write(reply.body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up
            self.close_connection = True

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (http.server's signature)
        if self.server.verbose:
            line = format % args
            line = line if len(line) <= 160 else line[:120] + " … " + line[-30:]
            sys.stderr.write(f"{self.address_string()} {line}\n")


def _html(page: str, csp: str) -> Reply:
    return Reply(200, "text/html; charset=utf-8", page.encode("utf-8"), (("Content-Security-Policy", csp),))


def _one(params: dict[str, list[str]], name: str) -> str:
    values = params.get(name) or []
    if len(values) > 1:
        raise KGError("E602", None, detail=f"more than one {name} parameter")
    return values[0] if values else ""


