"""A remote SPARQL 1.1 endpoint as a store (rdflib's ``SPARQLUpdateStore`` / ``SPARQLStore``).

``location`` is the query endpoint URL.  Writes go to the update endpoint: the
same URL with a trailing ``/query`` replaced by ``/update`` (Oxigraph server,
``kg serve``), else the same URL (Fuseki's ``/ds``, GraphDB, ...).

Queries are sent as they are.  The store keeps the server's default graph equal
to the union of the document graphs itself (see :mod:`kg.store.base`), so no
server option is needed; leave the server's own union-default-graph mode off
(``oxigraph serve --union-default-graph`` would count each fact twice).
Each document write is ONE SPARQL UPDATE request, which SPARQL servers apply
atomically.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import Dataset
from rdflib.plugins.stores.sparqlstore import SPARQLStore, SPARQLUpdateStore

from kg.errors import QueryError, StoreError
from kg.store.base import Store, entry_from_pairs
from kg.store.meta import META_GRAPH, DocumentEntry, doc_node
from kg.store.pending import STALE
from kg.store.terms import replace_update

__all__ = ["SparqlStore", "update_endpoint"]

_CHUNK = 5000  # quads per INSERT DATA request in bulk_load


def update_endpoint(query_url: str) -> str:
    """The update endpoint that goes with a query endpoint.

    >>> update_endpoint("http://localhost:7878/query")
    'http://localhost:7878/update'
    >>> update_endpoint("http://localhost:3030/ds")
    'http://localhost:3030/ds'
    """
    if query_url.rstrip("/").endswith("/query"):
        return query_url.rstrip("/")[: -len("query")] + "update"
    return query_url


class SparqlStore(Store):
    """A store on a SPARQL 1.1 server over HTTP."""

    backend = "sparql"
    exclusive = False  # other clients may write to the endpoint: resolution cannot know what changed

    def __init__(self, url: str, *, read_only: bool = False) -> None:
        if not url.startswith(("http://", "https://")):
            raise StoreError("E200", url, detail="a SPARQL endpoint is an http(s):// URL")
        inner = (SPARQLStore(query_endpoint=url, returnFormat="json") if read_only
                 else SPARQLUpdateStore(query_endpoint=url, update_endpoint=update_endpoint(url),
                                        returnFormat="json"))
        self._remote = inner
        super().__init__(Dataset(store=inner, default_union=False), location=url, read_only=read_only)

    def query(self, sparql: str, bindings=None):
        """As :meth:`kg.store.base.Store.query`; an HTTP 400 from the endpoint is a parse error (E300)."""
        try:
            return super().query(sparql, bindings)
        except QueryError as exc:
            if exc.code == "E302" and "formulating" in exc.message:  # rdflib's words for HTTP 400
                raise QueryError("E300", self.location,
                                 detail="the endpoint answered 400 Bad Request") from None
            raise

    def entry(self, doc_id: str) -> DocumentEntry | None:
        """One document's bookkeeping in one query (rdflib's remote triples() loses the graph)."""
        node = doc_node(doc_id)
        rows = self.query(f"SELECT ?p ?o WHERE {{ GRAPH <{META_GRAPH}> {{ <{node}> ?p ?o }} }}")
        return entry_from_pairs(doc_id, rows)

    def quads(self, *, include_meta: bool = False) -> Iterable[tuple]:
        for s, p, o, g in self.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"):
            if include_meta or g != META_GRAPH:
                yield s, p, o, g

    def _bulk_insert(self, quads: Iterable[tuple]) -> None:
        batch: list[tuple] = []
        for q in quads:
            batch.append(q)
            if len(batch) >= _CHUNK:
                self._send(replace_update([], [], batch))
                batch = []
        if batch:
            self._send(replace_update([], [], batch))

    def _insert_new(self, docs, *, bulk: bool = False) -> None:
        """One request per document, as small as before batching: a whole batch in one request
        could pass an endpoint's size limit, and each document stays all or nothing."""
        for doc in docs:
            self._write(None, [*doc.quads(), STALE])

    def _write(self, old: DocumentEntry | None, quads: list[tuple]) -> None:
        drop = sorted(old.graphs) if old else []
        nodes = [(doc_node(old.doc_id), META_GRAPH)] if old else []
        self._send(replace_update(drop, nodes, quads, [META_GRAPH]))

    def _apply_update(self, text: str) -> None:
        self._send(text)

    def _send(self, text: str) -> None:
        try:
            self._remote.update(text)
        except Exception as exc:
            raise StoreError("E202", self.location, detail=" ".join(str(exc).split())[:300]) from None
