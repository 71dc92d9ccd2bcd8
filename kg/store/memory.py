"""rdflib's own in-memory store: no files, no dependencies beyond rdflib, gone on exit.

Good for tests, notebooks and small graphs; at a million triples it is several
times slower than Oxigraph and takes over a gigabyte (see ``benchmarks/``).

rdflib's memory store has no transactions.  :meth:`MemoryStore._write` maps
nothing and parses nothing: every quad is already built when it starts, and it
only removes and adds tuples in dictionaries, so short of running out of memory
it cannot stop halfway.  Like the other backends it keeps the default graph
equal to the union of the document graphs (see :mod:`kg.store.base`).
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import Dataset, Variable

from kg.store.base import Store
from kg.store.counts import COUNTS, record
from kg.store.meta import META_GRAPH, DocumentEntry, doc_node
from kg.store.terms import DEFAULT_GRAPH

__all__ = ["MemoryStore"]


class MemoryStore(Store):
    """A store in this process's memory (rdflib ``Memory``); ``location`` is ignored."""

    backend = "memory"

    def __init__(self, *, read_only: bool = False) -> None:
        super().__init__(Dataset(store="Memory", default_union=False), read_only=read_only)

    def _run(self, sparql: str, bindings: dict):
        """rdflib's engine binds values itself: the text never holds them."""
        if not bindings:
            return self.dataset.query(sparql)
        return self.dataset.query(sparql, initBindings={Variable(k): v for k, v in bindings.items()})

    def _bulk_insert(self, quads: Iterable[tuple]) -> None:
        self.dataset.addN(quads)

    def _write(self, old: DocumentEntry | None, quads: list[tuple]) -> None:
        ds = self.dataset
        if old is not None:
            self._retract_union(old.graphs)
            for g in old.graphs:
                ds.remove_graph(g)
            ds.remove((doc_node(old.doc_id), None, None, META_GRAPH))
        if quads:
            ds.addN(quads)

    def default_triples(self) -> Iterable[tuple]:
        return list(self.dataset.default_graph)

    def write_derived(self, old_graphs, graph, graph_quads, *, delete, insert, full: bool = False,
                      graph_delete=(), meta_delete=(), meta_insert=(), union=None) -> None:
        """Plain dictionary updates, every quad built beforehand (see the module docstring)."""
        from rdflib import Literal

        from kg.store.meta import KGS
        from kg.store.pending import REBUILD, RESOLUTION, ROWS_DUE, STALE

        self._check_writable()
        ds = self.dataset
        for g in old_graphs:
            ds.remove_graph(g)
            ds.remove((RESOLUTION, KGS.graph, g, META_GRAPH))
        default = ds.default_graph
        for t in delete:
            default.remove(t)
        default.addN((s, p, o, default) for s, p, o in insert)
        for q in [*graph_delete, *meta_delete]:
            ds.remove(q)
        quads = list(graph_quads) + list(meta_insert)
        if graph is not None:
            quads.append((RESOLUTION, KGS.graph, graph, META_GRAPH))
        quads.append(ROWS_DUE)  # the win rows follow, as on a store on disk
        if quads:
            ds.addN(quads)
        for marker in [STALE, REBUILD] if full else [STALE]:
            ds.remove(marker)
        ds.remove((RESOLUTION, KGS.unionTriples, None, META_GRAPH))
        ds.add((RESOLUTION, KGS.unionTriples, Literal(len(default)), META_GRAPH))
        ds.remove((RESOLUTION, COUNTS, None, META_GRAPH))
        record(self)  # counted in full: a store in memory is small

    def _retract_union(self, graphs: set) -> None:
        """Take out of the default graph the triples only ``graphs`` hold."""
        ds, store = self.dataset, self.dataset.store
        keep_out = set(graphs) | {META_GRAPH, DEFAULT_GRAPH}
        default = ds.default_graph
        for g in graphs:
            graph = ds.get_graph(g)
            if graph is None:
                continue
            for triple in list(graph):
                if not any(c.identifier not in keep_out for c in store.contexts(triple)):
                    default.remove(triple)
