"""Label keys: each entity's label lower-cased, kept at resolution, so a name is found by an index lookup.

Why: ``about`` matches its name case-insensitively, and Oxigraph indexes exact literals only, so the
filter ``LCASE(STR(?label)) = ...`` read and lower-cased every label of the store (0.8-2 s of its time at
ten million statements, whichever entity was asked for).  Resolution keeps, in the bookkeeping graph
(:data:`kg.store.meta.META_GRAPH`), one quad per entity and distinct lower-cased ``rdfs:label`` of the
default graph::

    <https://w3id.org/civic-kg/id/city/boston-ma>  kgs:labelKey  "boston" .

and ``kgs:labelKeys kgs:version "1"`` exactly when it holds a key (a store resolved bit by bit and one
resolved whole hold the same quads).  A query binds the key (``# lower: nameKey name``) and finds the
entities with one lookup; on a store without the keys (an export, another server) it falls back to
the filter.  Keys are lower-cased by Python (:meth:`str.lower`), as the catalogue lowers the parameter.

Incremental: a node's default-graph label changes only when a written document states one for it or
resolution touches it (merges, relabels), which are the nodes :func:`refresh` is given; their keys are
read again and only the differences written.  When that is not known, every key is recomputed.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import Literal, URIRef

from kg.resolve.meta_writes import held_marks, marked, write
from kg.resolve.values import values_blocks
from kg.store.meta import KGS, META_GRAPH

__all__ = ["LABEL_KEYS_VERSION", "label_keys", "held_label_keys", "label_keys_current", "refresh"]

LABEL_KEYS_VERSION = "1"
MARK = URIRef(KGS["labelKeys"])
#: more changed nodes than this (a first build's batch): every row is recomputed, two reads instead of many
FULL_ABOVE = 5_000
#: a refresh inserting more quads than this loads them with the store's bulk loader, this many at a time
BULK_KEYS = 50_000
_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


def _iris(nodes: Iterable[URIRef] | None) -> Iterable[URIRef] | None:
    """The IRIs among ``nodes`` (a label key is kept for named nodes only); None stays None (every node)."""
    return None if nodes is None else [n for n in nodes if isinstance(n, URIRef)]


def label_keys(store, nodes: Iterable[URIRef] | None = None) -> set[tuple]:
    """The key quads of ``nodes`` (of every labelled node when None), from the default graph's labels."""
    out: set[tuple] = set()
    key = URIRef(KGS.labelKey)  # (made once: ``KGS.labelKey`` makes and checks a new IRI at each use)
    for values in values_blocks("e", _iris(nodes)):
        for e, label in store.query(f"SELECT ?e ?l WHERE {{ {values} ?e <{_LABEL}> ?l }}"):
            if isinstance(e, URIRef):
                out.add((e, key, Literal(str(label).lower()), META_GRAPH))
    return out


def held_label_keys(store, nodes: Iterable[URIRef] | None = None) -> set[tuple]:
    """The key quads the store holds for ``nodes`` (every key when None)."""
    out: set[tuple] = set()
    key = URIRef(KGS.labelKey)
    for values in values_blocks("e", _iris(nodes)):
        out |= {(e, key, k, META_GRAPH) for e, k in store.query(
            f"SELECT ?e ?k WHERE {{ {values} GRAPH <{META_GRAPH}> {{ ?e <{KGS.labelKey}> ?k }} }}")}
    return out


def label_keys_current(store) -> bool:
    """Whether the store holds label keys of this version."""
    return marked(store, MARK, LABEL_KEYS_VERSION)


def refresh(store, nodes: set[URIRef] | None, aside=None) -> int:
    """Bring the label keys in line with the default graph's labels; the number of quads changed.

    ``nodes``: every IRI whose statements may have changed since the keys were last written; None when
    that is not known (every key is recomputed, as when the store holds none of this version).
    ``aside``: the keys being computed in another process (:class:`kg.resolve.rows_aside.RowsAside`), loaded
    when every key is recomputed into a store that holds none."""
    mark = (MARK, KGS.version, Literal(LABEL_KEYS_VERSION), META_GRAPH)
    if nodes is not None and (len(nodes) > FULL_ABOVE or not label_keys_current(store)):
        nodes = None
    if nodes is None and aside is not None:
        loaded = aside.load(store, "label_keys", mark, f"?e <{KGS.labelKey}> ?k")
        if loaded is not None:
            return loaded
    if nodes is None:
        old, new = held_label_keys(store), label_keys(store)
        old |= held_marks(store, MARK)
        if new:
            new.add(mark)
    else:
        if not nodes:
            return 0
        old, new = held_label_keys(store, nodes), label_keys(store, nodes)
        old.add(mark)
        # the marker stays while a key does: one of these nodes' new keys, or a key of another node
        if new or _count(store) > len(old) - 1:
            new.add(mark)
    return write(store, old - new, new - old, BULK_KEYS)


def _count(store) -> int:
    found = list(store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{META_GRAPH}> {{ ?e <{KGS.labelKey}> ?k }} }}"))
    return int(found[0][0]) if found else 0
