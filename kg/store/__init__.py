"""The graph store: one interface over Oxigraph (default), rdflib in memory, or a SPARQL endpoint.

>>> from kg.record import DocumentRecord
>>> with open_store(backend="memory") as store:
...     store.documents()
...     len(store)
{}
0

Open the on-disk default with ``open_store("civic-kg-store")``; see
:class:`kg.store.base.Store` for what a store can do and how ingest stays
incremental and atomic.
"""

from __future__ import annotations

from pathlib import Path

from kg.errors import StoreError
from kg.store.base import ADDED, REPLACED, UNCHANGED, Store
from kg.store.meta import KGS, META_GRAPH

__all__ = ["open_store", "Store", "BACKENDS", "ADDED", "REPLACED", "UNCHANGED", "META_GRAPH", "KGS"]

#: The backends :func:`open_store` knows.
BACKENDS = ("oxigraph", "memory", "sparql")


def open_store(location: str | Path | None = None, *, backend: str = "oxigraph",
               read_only: bool = False) -> Store:
    """Open a store.

    * ``"oxigraph"`` (default): Oxigraph on disk in the folder ``location``
      (created on first write); ``None`` gives an in-memory Oxigraph.
    * ``"memory"``: rdflib's in-memory store; ``location`` is ignored.
    * ``"sparql"``: ``location`` is a SPARQL 1.1 query endpoint URL; the update and Graph Store
      Protocol URLs and the credentials come from ``KG_ENDPOINT_*`` variables
      (:mod:`kg.store.sparql_config`).

    A store opened for writing first finishes what an interrupted writer left
    (:meth:`Store.recover`; what it did is in ``store.recovered``), so a
    ``kill -9`` during a build costs at most a repair on the next open.

    Errors are one-line :class:`kg.errors.StoreError` s: ``E200`` (cannot
    open), ``E201`` (locked by another process), ``E206`` (the folder is not
    writable), ``E207`` (no space left),
    ``E208`` (a SPARQL server refused the credentials).
    """
    store = _open(location, backend, read_only)
    if not read_only:
        try:
            store.recovered = store.recover()
        except BaseException:
            store.close()
            raise
    return store


def _open(location: str | Path | None, backend: str, read_only: bool) -> Store:
    if backend == "oxigraph":
        from kg.store.oxigraph import open_oxigraph

        return open_oxigraph(location, read_only=read_only)
    if backend == "memory":
        from kg.store.memory import MemoryStore

        return MemoryStore(read_only=read_only)
    if backend == "sparql":
        from kg.store.sparql import SparqlStore

        if location is None:
            raise StoreError("E200", None, detail="the sparql backend needs an endpoint URL")
        return SparqlStore(str(location), read_only=read_only)
    raise StoreError("E200", str(location) if location else None,
                     detail=f"unknown backend {backend!r}; expected one of {', '.join(BACKENDS)}")
