"""A remote SPARQL 1.1 store (Oxigraph server, Virtuoso, Fuseki, GraphDB, ``kg serve``) as a store.

``location`` is the query endpoint URL; the update URL, an optional Graph Store Protocol URL and the
credentials come from the environment (:mod:`kg.store.sparql_config`), the HTTP from
:mod:`kg.store.sparql_http`, and the server's quirks from :mod:`kg.store.sparql_dialect` (detected
from its ``Server`` header when the store is opened).

The store keeps the server's default graph equal to the union of the document graphs itself (see
:mod:`kg.store.base`), so no server option is needed; leave a server's own union-default-graph mode
off (``oxigraph serve --union-default-graph`` would count each fact twice).

Writing a document:

* by default ONE SPARQL Update request retracts its old graphs, its share of the union and its
  bookkeeping and inserts the new ones: servers apply a request atomically;
* with ``KG_ENDPOINT_GSP`` set, its graphs are uploaded with Graph Store Protocol ``PUT`` (no
  query text to parse, whatever the document's size), then its union triples are added, and its
  bookkeeping is written last, as the mark that it is complete: a build stopped half-way leaves a
  document without bookkeeping, which the next build writes again in full.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rdflib import BNode, Dataset
from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore
from rdflib.query import Result

from kg.queries.sets import declared_sets, normalise
from kg.store.base import Store, entry_from_pairs
from kg.store.meta import KGS, META_GRAPH, DocumentEntry, doc_node
from kg.store.pending import STALE
from kg.store.sparql_config import EndpointConfig, endpoint_config, update_endpoint
from kg.store.sparql_dialect import Dialect, detect, dialect_named
from kg.store.sparql_http import SparqlHttp
from kg.store.terms import DEFAULT_GRAPH, data_update, replace_update, term_text

__all__ = ["SparqlStore", "update_endpoint"]

_CHUNK = 5000  # quads per INSERT DATA request in bulk_load
#: The graphs the store owns: every document's and the resolution graph, as the bookkeeping lists them.
_OWNED_GRAPHS = f"{{ SELECT DISTINCT ?g WHERE {{ GRAPH <{META_GRAPH}> {{ ?owner <{KGS.graph}> ?g }} }} }}"


class _Remote(SPARQLUpdateStore):
    """rdflib's SPARQL store, speaking through :class:`SparqlHttp` in the server's dialect."""

    def __init__(self, http: SparqlHttp, dialect: Dialect) -> None:
        super().__init__(query_endpoint=http.config.query_url, update_endpoint=http.config.update_url,
                         returnFormat="json", autocommit=True)
        self.http, self.dialect = http, dialect

    def _query(self, query: str, default_graph: str | None = None, named_graph: str | None = None) -> Result:
        self._queries += 1
        if default_graph not in (None, DEFAULT_GRAPH) and not isinstance(default_graph, BNode):
            # rdflib asks for one graph's triples: the protocol parameter says which, not the dialect
            text = self.dialect.adapt(query, default=False)
            result = self.dialect.result(self.http.query(text, default_graph=str(default_graph)))
        else:
            result = self.dialect.result(self.http.query(self.dialect.adapt(query)))
        # a server lists GROUP_CONCAT items in an order of its own: sort the columns the text declares sets
        return normalise(result, declared_sets(query))

    def _update(self, update: str) -> None:
        self._updates += 1
        self.http.update(self.dialect.adapt(update))


class SparqlStore(Store):
    """A store on a SPARQL 1.1 server over HTTP."""

    backend = "sparql"
    exclusive = False  # other clients may write to the endpoint: resolution cannot know what changed

    def __init__(self, url: str, *, read_only: bool = False, config: EndpointConfig | None = None) -> None:
        config = config or endpoint_config(url)
        self.http = SparqlHttp(config)
        server = self.http.probe()  # fails early (E200, E208) and tells the dialect
        self.dialect = dialect_named(config.dialect) if config.dialect else detect(server)
        self._remote = _Remote(self.http, self.dialect)
        super().__init__(Dataset(store=self._remote, default_union=False), location=url, read_only=read_only)

    def close(self) -> None:
        self.http.close()
        super().close()

    def __repr__(self) -> str:
        return f"<SparqlStore {self.location} ({self.dialect.name})>"

    def entry(self, doc_id: str) -> DocumentEntry | None:
        """One document's bookkeeping in one query (rdflib's remote triples() loses the graph)."""
        node = doc_node(doc_id)
        rows = self.query(f"SELECT ?p ?o WHERE {{ GRAPH <{META_GRAPH}> {{ <{node}> ?p ?o }} }}")
        return entry_from_pairs(doc_id, rows)

    def quads(self, *, include_meta: bool = False) -> Iterable[tuple]:
        """The quads of the graphs the bookkeeping lists: a production server also holds graphs that are
        not ours (Virtuoso's own, other applications'), which must not be read as documents."""
        rows = self.query(f"SELECT ?s ?p ?o ?g WHERE {{ {_OWNED_GRAPHS} GRAPH ?g {{ ?s ?p ?o }} }}")
        yield from (tuple(r) for r in rows)
        if include_meta:
            for s, p, o in self.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{META_GRAPH}> {{ ?s ?p ?o }} }}"):
                yield s, p, o, META_GRAPH

    def __len__(self) -> int:
        """Statements in the graphs the bookkeeping lists (see :meth:`quads`)."""
        rows = self.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {_OWNED_GRAPHS} GRAPH ?g {{ ?s ?p ?o }} }}")
        return int(next(iter(rows))[0])

    def update(self, sparql: str) -> None:
        """As :meth:`kg.store.base.Store.update`, with the store's prefixes declared; a rejected update is E202."""
        self._check_writable()
        prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in self.dataset.namespaces() if p)
        self._send(prologue + sparql)

    # -- writing ---------------------------------------------------------------------------
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
        if self.http.config.gsp_url is None:
            self._send(replace_update(drop, nodes, quads, [META_GRAPH]))
        else:
            self._upload(drop, nodes, quads)

    def _upload(self, drop: list, nodes: list, quads: list[tuple]) -> None:
        """The Graph Store Protocol way: retract the old, PUT each graph, add the union triples, and
        write the bookkeeping last (the mark that the document is complete)."""
        if drop or nodes:
            self._send(replace_update(drop, nodes, [], [META_GRAPH]))
        graphs: dict = defaultdict(list)
        for s, p, o, g in quads:
            graphs[g].append(f"{term_text(s)} {term_text(p)} {term_text(o)} .\n")
        meta = [q for q in quads if q[3] == META_GRAPH]
        for g in sorted((g for g in graphs if g not in (DEFAULT_GRAPH, META_GRAPH)), key=str):
            self.http.put_graph(str(g), "".join(graphs[g]))
        if graphs.get(DEFAULT_GRAPH):
            union = self.dialect.union_graph
            self.http.post_graph(str(union) if union else None, "".join(graphs[DEFAULT_GRAPH]))
        if meta:
            self._send(data_update([], [], meta))

    def _apply_update(self, text: str) -> None:
        self._send(text)

    def _send(self, text: str) -> None:
        self._check_writable()
        self.http.update(self.dialect.adapt(text))

