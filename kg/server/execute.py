"""Run one query and serialise its answer: the work a query worker does, as plain data in and out.

Why plain data: the same function runs in a killable worker process (an on-disk store) and in the
server's own process (in-memory targets), and its request and reply cross a pipe.  Errors come
back as replies (status and one coded line), never as exceptions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from http import HTTPStatus
from typing import Any

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.errors import KGError, QueryError
from kg.server.formats import ResultTooLarge, negotiate, serialize_ox, serialize_rdflib

__all__ = ["QueryRequest", "Reply", "error_reply", "prefixes", "run_ox", "run_rdflib", "status_of"]


def _no_web_loading() -> None:
    """rdflib's engine fetches ``FROM <url>`` graphs from the web unless told not to: an endpoint
    must never do that (the server's guard already refuses SERVICE and LOAD)."""
    import rdflib.plugins.sparql

    rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False


_no_web_loading()


@dataclass(frozen=True)
class QueryRequest:
    """A query to run: its text, the graphs to use as the default graph (none: the store's own,
    which is the union of the documents), the ``Accept`` media types and the byte limit."""

    text: str
    accept: str | None = None
    default_graphs: list[str] = field(default_factory=list)
    max_bytes: int = 64 << 20


@dataclass(frozen=True)
class Reply:
    """A response: status, media type, body, and extra headers (pages and files set their own
    Content-Security-Policy and Cache-Control)."""

    status: int
    content_type: str
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()


_STATUS = {
    "E300": HTTPStatus.BAD_REQUEST, "E601": HTTPStatus.FORBIDDEN, "E202": HTTPStatus.FORBIDDEN,
    "E602": HTTPStatus.BAD_REQUEST, "E603": HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
    "E605": HTTPStatus.FORBIDDEN, "E606": HTTPStatus.SERVICE_UNAVAILABLE,
    "E607": HTTPStatus.UNPROCESSABLE_ENTITY, "E608": HTTPStatus.SERVICE_UNAVAILABLE,
}


def status_of(error: KGError) -> int:
    """The HTTP status for a coded error (500 for what is not the client's doing)."""
    return int(_STATUS.get(error.code, HTTPStatus.INTERNAL_SERVER_ERROR))


def error_reply(error: KGError, status: int | None = None) -> Reply:
    text = " ".join(str(error).split()) + "\n"
    return Reply(status or status_of(error), "text/plain; charset=utf-8", text.encode("utf-8"))


@lru_cache(maxsize=1)
def prefixes() -> dict[str, str]:
    """The prefixes a query may use undeclared: the ones ``kg query`` predeclares."""
    from kg.rdf.namespaces import bind_all

    graph = Graph()
    bind_all(graph)
    return {prefix: str(ns) for prefix, ns in graph.namespaces() if prefix}


def _classify(exc: Exception) -> QueryError:
    text = " ".join(str(exc).split()) or type(exc).__name__
    if type(exc).__name__ in ("SyntaxError", "ParseException", "ParseSyntaxException", "ParseFatalException"):
        return QueryError("E300", None, detail=text)
    return QueryError("E302", None, detail=f"{type(exc).__name__}: {text}")


def _too_large(limit: int) -> Reply:
    return error_reply(QueryError("E607", None, limit=f"{limit:,} bytes"))


def run_ox(store: ox.Store, request: QueryRequest) -> Reply:
    """Evaluate on a pyoxigraph store; results stream into the serialiser, which stops at the limit."""
    options: dict[str, Any] = {"prefixes": prefixes()}
    try:
        if request.default_graphs:
            options["default_graph"] = [ox.NamedNode(iri) for iri in request.default_graphs]
    except ValueError as exc:
        return error_reply(KGError("E602", None, detail=f"default-graph-uri: {exc}"))
    try:
        result = store.query(request.text, **options)
        fmt = negotiate(request.accept, isinstance(result, ox.QueryTriples))
        body = serialize_ox(result, fmt, request.max_bytes)
    except ResultTooLarge:
        return _too_large(request.max_bytes)
    except Exception as exc:
        return error_reply(_classify(exc))
    return Reply(200, f"{fmt.media_type}; charset=utf-8", body)


def run_rdflib(target: Any, request: QueryRequest) -> Reply:
    """Evaluate on a :class:`kg.store.Store` or an rdflib graph/dataset (in-memory targets)."""
    try:
        result = _rdflib_result(target, request)
        fmt = negotiate(request.accept, result.type in ("CONSTRUCT", "DESCRIBE"))
        body = serialize_rdflib(result, fmt, request.max_bytes)
    except ResultTooLarge:
        return _too_large(request.max_bytes)
    except KGError as exc:
        return error_reply(exc)
    except Exception as exc:
        return error_reply(_classify(exc))
    return Reply(200, f"{fmt.media_type}; charset=utf-8", body)


def _rdflib_result(target: Any, request: QueryRequest):
    is_store = not isinstance(target, Graph) and hasattr(target, "dataset")
    graphs = request.default_graphs
    if not graphs:
        result = target.query(request.text)
    else:
        dataset = target.dataset if is_store else target
        if len(graphs) == 1 and hasattr(dataset, "graph"):
            result = dataset.graph(URIRef(graphs[0])).query(request.text)
        else:
            merged = Graph()
            for iri in graphs:
                merged += dataset.graph(URIRef(iri)) if hasattr(dataset, "graph") else Graph()
            result = merged.query(request.text)
    if result.type == "SELECT":
        result.bindings  # noqa: B018  (read it all while holding the lock)
    return result
