"""Writing derived bookkeeping quads (label keys, official rows): differences only, large inserts bulk-loaded;
and the markers that say which version of a kind of rows a store holds.

Why one helper: both kinds of rows are recomputed whole on a new store (hundreds of thousands of quads at
ten million statements, which as one SPARQL text would take gigabytes to parse) and a few at a time after
each batch.  rdflib's own store is written through its API rather than SPARQL text: rdflib's update parser
decodes ``\\u0022`` in a literal even after an escaped backslash, so a label holding those characters
came back as another string.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import URIRef

from kg.store.meta import KGS, META_GRAPH
from kg.store.terms import data_update

__all__ = ["held_marks", "marked", "write"]


def marked(store, mark: URIRef, version: str) -> bool:
    """Whether the store holds a kind of derived rows at ``version`` (its marker says so)."""
    return bool(store.query(f'ASK {{ GRAPH <{META_GRAPH}> {{ <{mark}> <{KGS.version}> "{version}" }} }}').askAnswer)


def held_marks(store, mark: URIRef) -> set[tuple]:
    """The marker quads the store holds for a kind of rows, whatever their version: what a full
    recomputation replaces."""
    return {(mark, KGS.version, v, META_GRAPH) for (v,) in store.query(
        f"SELECT ?v WHERE {{ GRAPH <{META_GRAPH}> {{ <{mark}> <{KGS.version}> ?v }} }}")}


def write(store, delete: Iterable[tuple], insert: Iterable[tuple], bulk: int) -> int:
    """Delete then insert these quads; an insert of more than ``bulk`` quads goes to the bulk loader, ``bulk``
    at a time.  Returns the number of quads written."""
    delete, insert = sorted(delete, key=_key), sorted(insert, key=_key)
    if getattr(store, "backend", "") == "memory":
        for quad in delete:
            store.dataset.remove(quad)
        store.dataset.addN(insert)
    elif len(insert) > bulk:
        if delete:
            store._apply_update(data_update([], delete, []))
        for at in range(0, len(insert), bulk):
            store._bulk_insert(insert[at:at + bulk])
    elif delete or insert:
        store.write_rows(delete, insert)
    return len(delete) + len(insert)


def _key(q: tuple) -> tuple:
    return tuple(str(t) for t in q)
