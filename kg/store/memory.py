"""rdflib's own in-memory store: no files, no dependencies beyond rdflib, gone on exit.

Good for tests, notebooks and small graphs; at a million triples it is several
times slower than Oxigraph and takes over a gigabyte (see ``benchmarks/``).

rdflib's memory store has no transactions.  :meth:`MemoryStore._write` maps
nothing and parses nothing: every quad is already built when it starts, and it
only removes and adds tuples in dictionaries, so short of running out of memory
it cannot stop halfway.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import Dataset

from kg.store.base import Store
from kg.store.meta import META_GRAPH, DocumentEntry, doc_node

__all__ = ["MemoryStore"]


class MemoryStore(Store):
    """A store in this process's memory (rdflib ``Memory``); ``location`` is ignored."""

    backend = "memory"

    def __init__(self, *, read_only: bool = False) -> None:
        super().__init__(Dataset(store="Memory", default_union=True), read_only=read_only)

    def bulk_load(self, quads: Iterable[tuple]) -> None:
        self._check_writable()
        self.dataset.addN(quads)

    def _write(self, old: DocumentEntry | None, quads: list[tuple]) -> None:
        if old is not None:
            for g in old.graphs:
                self.dataset.remove_graph(g)
            self.dataset.remove((doc_node(old.doc_id), None, None, META_GRAPH))
        if quads:
            self.dataset.addN(quads)
