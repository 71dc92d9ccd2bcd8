"""Sort keys: one integer kept with each kept row, ordering the rows as the query's ``ORDER BY`` over names does.

Why: ``wins-any-source`` and ``officials-of-winners`` order 150,000 rows by names at ten million
statements.  Oxigraph keeps strings over 15 bytes in its string table and reads both back for every
comparison of a sort (ordering 16,445 names took 1.15 s at one million statements), and a ``LIMIT``
does not spare the sort.  Integers are compared inline.  So resolution keeps, next to each row, a key
whose order is the order of the row's sort tuple (``kgs:winOrder``, ``kgs:officialOrder``), the queries
order by it first (the names after it, so that ties and a store without keys still order right), and
``kg query``'s page takes its first rows from the keys alone (:mod:`kg.queries.paging`).

The key of a row whose sort tuple is ``t``::

    bucket(t) << RANK_BITS  |  rank of t among the distinct sort tuples of its bucket

``bucket(t)`` packs the start of ``t`` into :data:`BUCKET_BITS` bits, order-preserving (see
:func:`bucket`): ``t1 < t2`` gives ``bucket(t1) <= bucket(t2)``.  The rank orders the tuples that share
a bucket exactly.  So keys order exactly as tuples do, equal keys mean equal tuples, and a key depends
only on the tuples of its own bucket: after a change only the buckets of the rows that changed are ranked
again (rows whose first name shares its first characters with a changed one), and a store resolved bit by
bit holds the keys a full recomputation gives.  A rank past :data:`RANK_BITS` is clamped (still in order;
its ties fall back to the names).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from kg.resolve.values import values_blocks
from kg.store.meta import KGS, META_GRAPH

__all__ = ["BUCKET_BITS", "OFFICIAL_ORDER", "RANK_BITS", "RECORD_ORDER", "WIN_ORDER", "Count", "RowOrder", "bucket",
           "keys", "rekey", "sort_tuple", "with_keys"]

#: bits of a key given to the bucket (six characters of seven bits) and to the rank inside it
BUCKET_BITS = 42
RANK_BITS = 21
_CHAR_BITS = 7
_INT_BITS = 16
_COUNT_BITS = 8


@dataclass(frozen=True)
class RowOrder:
    """How one kind of kept row is ordered: the key's predicate and the sort columns, in ``ORDER BY`` order,
    each ``(predicate, kind)`` with kind ``"str"`` (by code point, as ``STR()`` compares), ``"int"`` or
    ``"-count"`` (a count, ``DESC()``)."""

    key: URIRef
    columns: tuple[tuple[URIRef, str], ...]


#: ``wins-any-source``: ``ORDER BY STR(?recipient) STR(?awardName) ?year``
WIN_ORDER = RowOrder(URIRef(KGS["winOrder"]), ((URIRef(KGS["recipientName"]), "str"),
                                               (URIRef(KGS["awardName"]), "str"), (URIRef(KGS["year"]), "int")))
#: ``city-record``: ``ORDER BY DESC(?longestRun) DESC(?years) STR(?recipient) STR(?awardName)``
RECORD_ORDER = RowOrder(URIRef(KGS["recordOrder"]), ((URIRef(KGS["longestRun"]), "-count"),
                                                     (URIRef(KGS["years"]), "-count"),
                                                     (URIRef(KGS["recipientName"]), "str"),
                                                     (URIRef(KGS["awardName"]), "str")))
#: ``officials-of-winners``: ``ORDER BY ?jurisdiction ?official ?awardName ?title``
OFFICIAL_ORDER = RowOrder(URIRef(KGS["officialOrder"]), tuple((URIRef(KGS[p]), "str") for p in (
    "jurisdictionName", "officialName", "officialAwardName", "postTitle")))


def sort_tuple(values: Iterable[Node], kinds: Iterable[str]) -> tuple:
    """The values as the query compares them: strings by code point, integers by value, counts descending
    (as a :class:`Count`)."""
    return tuple(int(v) if kind == "int" else Count(int(v)) if kind == "-count" else str(v)
                 for v, kind in zip(values, kinds, strict=True))


class Count(int):
    """A count that sorts descending (``DESC(?years)``): ``Count(3) < Count(2)``."""

    def __lt__(self, other: object) -> bool:
        return int(other) < int(self)  # type: ignore[call-overload]

    def __gt__(self, other: object) -> bool:
        return int(other) > int(self)  # type: ignore[call-overload]

    def __le__(self, other: object) -> bool:
        return int(other) <= int(self)  # type: ignore[call-overload]

    def __ge__(self, other: object) -> bool:
        return int(other) >= int(self)  # type: ignore[call-overload]


def bucket(t: tuple) -> int:
    """The start of sort tuple ``t`` in :data:`BUCKET_BITS` bits, so that ``t1 < t2`` gives ``bucket(t1) <=
    bucket(t2)``.

    Each character of a string is a 7-bit symbol: code points 2-126 their own, then 0 for the string's end
    (below every character, so a name orders before its extensions).  A symbol shared by several characters
    (0 and 1 as 1, everything past 126 as 127) ends the packing there: what follows could order either way.
    An integer is 16 bits offset from -32,768, a count 8 bits from 255 down (either clamped, and then the
    last field).  The bits left are zeros.

    >>> bucket(("Bo", "A", 2011)) < bucket(("Bob", "A", 1)) < bucket(("Boston", "A", 1)) == bucket(("Bostonia", "B", 1))
    True
    >>> bucket(("Bo", "A", 1)) < bucket(("Bo", "B", 1)), bucket(("Zürich", "A", 1)) == bucket(("Zürich", "B", 1))
    (True, True)
    """
    value, used = 0, 0

    def put(symbol: int, width: int) -> bool:
        nonlocal value, used
        take = min(width, BUCKET_BITS - used)
        value = (value << take) | (symbol >> (width - take))
        used += take
        return take == width

    for part in t:
        if isinstance(part, Count):  # descending, 8 bits (a larger count clamped, and then the last field)
            flipped = (1 << _COUNT_BITS) - 1 - part
            if not put(max(flipped, 0), _COUNT_BITS) or flipped < 0:
                break
            continue
        if isinstance(part, int):
            shifted = part + (1 << (_INT_BITS - 1))
            clamped = min(max(shifted, 0), (1 << _INT_BITS) - 1)
            if not put(clamped, _INT_BITS) or clamped != shifted:
                break
            continue
        stop = False
        for char in part:
            code = ord(char)
            symbol = code if 2 <= code <= 126 else 1 if code < 2 else 127
            if not put(symbol, _CHAR_BITS) or symbol != code:
                stop = True
                break
        if stop or not put(0, _CHAR_BITS):
            break
    return value << (BUCKET_BITS - used)


def keys(tuples: Mapping[Node, tuple]) -> dict[Node, int]:
    """The key of each row from its sort tuple; ``tuples`` must hold every row of each bucket it touches."""
    buckets: dict[int, set[tuple]] = {}
    for t in tuples.values():
        buckets.setdefault(bucket(t), set()).add(t)
    rank: dict[tuple, int] = {}
    top = (1 << RANK_BITS) - 1
    for b, members in buckets.items():
        for i, t in enumerate(sorted(members)):
            rank[t] = (b << RANK_BITS) | min(i, top)
    return {node: rank[t] for node, t in tuples.items()}


def _key_literal(key: int) -> Literal:
    return Literal(key, datatype=XSD.integer)


def _tuples(order: RowOrder, quads: Iterable[tuple]) -> dict[Node, tuple]:
    """The sort tuple of every row among ``quads`` that has every sort column."""
    where = {p: i for i, (p, _kind) in enumerate(order.columns)}
    found: dict[Node, list] = {}
    for s, p, o, *_g in quads:
        i = where.get(p)
        if i is not None:
            found.setdefault(s, [None] * len(where))[i] = o
    kinds = [kind for _p, kind in order.columns]
    return {s: sort_tuple(values, kinds) for s, values in found.items() if None not in values}


def with_keys(quads: list[tuple], *orders: RowOrder) -> list[tuple]:
    """``quads`` (every row of the kinds ``orders`` order) with each row's key quad added."""
    return quads + [(node, order.key, _key_literal(key), META_GRAPH)
                    for order in orders for node, key in keys(_tuples(order, quads)).items()]


def _held_keys(store, order: RowOrder, buckets: set[int]) -> dict[Node, Literal]:
    """Every row the store holds in ``buckets``, with its key (one scan of the keys per block of buckets)."""
    if len(buckets) <= _RANGES:
        # a few buckets (a one-document refresh): each as the range of its keys (a bucket is a key's bits above
        # RANK_BITS), compared as the keys are read: 21 instead of 33 ms at 10k documents; with more buckets the
        # comparisons cost more than computing each key's bucket once (200 buckets: 0.85 against 0.53 s)
        ranges = " || ".join(f"(?k >= {b << RANK_BITS} && ?k < {(b + 1) << RANK_BITS})" for b in sorted(buckets))
        return {row: k for row, k in store.query(f"""SELECT ?row ?k WHERE {{
            GRAPH <{META_GRAPH}> {{ ?row <{order.key}> ?k }} FILTER({ranges}) }}""")}
    out: dict[Node, Literal] = {}
    for values in values_blocks("b", [Literal(b, datatype=XSD.integer) for b in buckets]):
        out.update({row: k for row, k in store.query(f"""SELECT ?row ?k WHERE {{
            {{ SELECT ?row ?k ?b WHERE {{ GRAPH <{META_GRAPH}> {{ ?row <{order.key}> ?k }}
               BIND(<{XSD.integer}>(FLOOR(?k / {1 << RANK_BITS})) AS ?b) }} }}
            {values} }}""")})
    return out


#: up to this many buckets, :func:`_held_keys` reads them as ranges of keys
_RANGES = 4


def _held_tuples(store, order: RowOrder, rows: Iterable[Node]) -> dict[Node, tuple]:
    """The sort tuples of ``rows`` as the store holds them."""
    out: dict[Node, tuple] = {}
    kinds = [kind for _p, kind in order.columns]
    pattern = " ".join(f"<{p}> ?c{i} ;" for i, (p, _k) in enumerate(order.columns)).rstrip(";") + "."
    columns = " ".join(f"?c{i}" for i in range(len(order.columns)))
    for values in values_blocks("row", rows):
        for row in store.query(f"SELECT ?row {columns} WHERE {{ {values} GRAPH <{META_GRAPH}> {{ ?row {pattern} }} }}"):
            out[row[0]] = sort_tuple(row[1:], kinds)
    return out


def rekey(store, old: set[tuple], new: set[tuple], *orders: RowOrder) -> tuple[set[tuple], set[tuple]]:
    """``old`` and ``new`` (the held and the recomputed quads of the rows a refresh changes) with the keys
    of their buckets, for each of ``orders``: the new rows' keys, and every other row of those buckets whose
    rank moved."""
    for order in orders:
        _rekey(store, order, old, new)
    return old, new


def _rekey(store, order: RowOrder, old: set[tuple], new: set[tuple]) -> None:
    fresh, gone = _tuples(order, new), _tuples(order, old)
    buckets = {bucket(t) for t in (*fresh.values(), *gone.values())}
    if not buckets:
        return
    if fresh == gone:
        # the same rows with the same sort tuples: every bucket holds the tuples it held, so every key stays
        # (why: reading a bucket's keys scans every key of the kind, most of a one-document refresh)
        held = {q[0]: q[2] for q in old if q[1] == order.key}
        if held.keys() >= fresh.keys():
            new.update((row, order.key, held[row], META_GRAPH) for row in fresh)
            return
    held = {row: k for row, k in _held_keys(store, order, buckets).items() if row not in fresh and row not in gone}
    ranked = keys({**_held_tuples(store, order, held), **fresh})
    for row, key in ranked.items():
        literal = _key_literal(key)
        if row in fresh:
            new.add((row, order.key, literal, META_GRAPH))
        elif held[row] != literal:
            old.add((row, order.key, held[row], META_GRAPH))
            new.add((row, order.key, literal, META_GRAPH))
