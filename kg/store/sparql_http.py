"""Talking to a SPARQL 1.1 server over HTTP: queries, updates and Graph Store Protocol uploads.

Why not rdflib's own connector: it sends Basic credentials only (Virtuoso's authenticated endpoints
ask for Digest), hides the server's error message, and cannot upload a graph.  ``requests`` with
``requests-toolbelt``'s ``GuessAuth`` answers whichever challenge the server sends; rdflib still
parses the results, so callers get the same :class:`rdflib.query.Result` as from a local store.

Errors are one-line :class:`kg.errors.KGError` s: ``E200`` (nothing answers at the URL), ``E208``
(credentials refused), ``E300``/``E302`` (a query the server rejects), ``E202`` (an update or
upload the server rejects), ``E209`` (a result the server cut short).
"""

from __future__ import annotations

import io
import re

import requests
from rdflib.query import Result
from requests_toolbelt.auth.guess import GuessAuth

from kg.errors import QueryError, StoreError
from kg.store.sparql_config import EndpointConfig

__all__ = ["SparqlHttp"]

_ACCEPT = ("application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8, "
           "application/sparql-results+xml;q=0.5")
_CONNECT_TIMEOUT = 10.0


class SparqlHttp:
    """One HTTP session with a remote store; :attr:`server` is the ``Server`` header it last sent."""

    def __init__(self, config: EndpointConfig) -> None:
        self.config = config
        self.session = requests.Session()
        if config.credentials:
            self.session.auth = GuessAuth(*config.credentials)
        self.server = ""

    def close(self) -> None:
        self.session.close()

    def probe(self) -> str:
        """Ask the query endpoint a trivial question; returns its ``Server`` header (for the dialect)."""
        self.query("ASK {}")
        return self.server

    def query(self, text: str, *, default_graph: str | None = None) -> Result:
        """Run a query; ``default_graph`` is sent as the protocol's ``default-graph-uri``."""
        data = {"query": text}
        if default_graph:
            data["default-graph-uri"] = default_graph
        response = self._send("POST", self.config.query_url, data=data, headers={"Accept": _ACCEPT})
        if response.status_code == 400:
            raise QueryError("E300", self.config.query_url, detail=_message(response))
        if response.status_code >= 300:
            raise QueryError("E302", self.config.query_url, detail=f"HTTP {response.status_code}: {_message(response)}")
        cut = response.headers.get("X-SPARQL-MaxRows")
        if cut:
            raise StoreError("E209", self.config.query_url, limit=f"{int(cut):,} rows")
        kind = response.headers.get("Content-Type", "application/sparql-results+json").split(";")[0].strip()
        try:
            return Result.parse(io.BytesIO(response.content), content_type=kind)
        except Exception as exc:  # an answer rdflib cannot read is the server's fault, not the query's
            raise QueryError("E302", self.config.query_url,
                             detail=f"unreadable {kind} answer: {' '.join(str(exc).split())[:200]}") from None

    def update(self, text: str) -> None:
        """Run a SPARQL Update request (one request: what the server applies atomically)."""
        response = self._send("POST", self.config.update_url, data=text.encode("utf-8"),
                              headers={"Content-Type": "application/sparql-update; charset=utf-8"})
        self._check_write(response, self.config.update_url)

    def put_graph(self, graph: str, ntriples: str) -> None:
        """Replace the named graph ``graph`` by these N-Triples (Graph Store Protocol ``PUT``)."""
        self._graph_store("PUT", graph, ntriples)

    def post_graph(self, graph: str | None, ntriples: str) -> None:
        """Add these N-Triples to ``graph`` (``None``: the default graph), Graph Store Protocol ``POST``."""
        self._graph_store("POST", graph, ntriples)

    def _graph_store(self, method: str, graph: str | None, ntriples: str) -> None:
        url = self.config.gsp_url
        if url is None:
            raise StoreError("E202", self.config.query_url, detail="no Graph Store Protocol URL (KG_ENDPOINT_GSP)")
        params = {"graph": graph} if graph else {"default": ""}
        response = self._send(method, url, params=params, data=ntriples.encode("utf-8"),
                              headers={"Content-Type": "application/n-triples; charset=utf-8"})
        self._check_write(response, url)

    def _send(self, method: str, url: str, **kwargs) -> requests.Response:
        try:
            response = self.session.request(method, url, timeout=(_CONNECT_TIMEOUT, self.config.timeout), **kwargs)
        except requests.Timeout:
            raise StoreError("E200", url, detail=f"no answer within {self.config.timeout:g} s") from None
        except requests.RequestException as exc:
            raise StoreError("E200", url, detail=f"no SPARQL server answers ({_reason(exc)})") from None
        self.server = response.headers.get("Server", self.server)
        if response.status_code in (401, 403):
            who = f"as {self.config.user!r}" if self.config.user else "without credentials"
            raise StoreError("E208", url, detail=f"HTTP {response.status_code} {who}")
        return response

    @staticmethod
    def _check_write(response: requests.Response, url: str) -> None:
        if response.status_code >= 300:
            raise StoreError("E202", url, detail=f"HTTP {response.status_code}: {_message(response)}")


def _message(response: requests.Response) -> str:
    """The server's explanation, on one line (HTML pages are reduced to their text)."""
    text = response.text or response.reason or ""
    if "<" in text and "html" in response.headers.get("Content-Type", ""):
        from bs4 import BeautifulSoup

        text = BeautifulSoup(text, "html.parser").get_text(" ")
    return " ".join(text.split())[:300] or f"{response.reason}"


def _reason(exc: requests.RequestException) -> str:
    """The operating system's words for a failed connection ("connection refused"), else the error's name."""
    found = re.search(r"\[Errno -?\d+\] ([^'\")\]]+)", str(exc))
    return found.group(1).strip().lower() if found else type(exc).__name__
