"""What the kinds of kept rows whose marker means "computed" share: their refresh, the labels of their nodes,
and the recipients a change reaches.

Why one module: conflict, run, streak and quoted-people rows are each a catalogue query's answer kept per
unit (a recipient, a speaker) and refreshed the same way after each resolution; written once each, the same
twenty lines were four copies.  Their marker is held exactly when the store holds what the query reads (a
ranked win, a win, a quote), rows or none: a store without a single row is then neither recomputed whole at
every resolution nor sent to the join by every query, and a store resolved bit by bit and one resolved whole
still hold the same quads.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rdflib import Literal, URIRef

from kg.resolve.meta_writes import held_marks, marked, write
from kg.resolve.sort_keys import RowOrder, rekey, with_keys
from kg.resolve.values import values_blocks
from kg.store.meta import KGS, META_GRAPH

__all__ = ["FULL_ABOVE", "BULK_ROWS", "KeptRows", "changed_recipients", "held_rows", "labels", "recipients_reached",
           "refresh_computed", "renamed", "units_naming"]

#: more changed nodes than this (a first build's batch): every row is recomputed, a few reads instead of many
FULL_ABOVE = 5_000
#: a refresh inserting more quads than this loads them with the store's bulk loader, this many at a time
BULK_ROWS = 50_000

_CIVIC = "https://w3id.org/civic-kg/ontology#"
_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"

# The recipients a changed win stands for now.  Not the winners of a changed edition: an edition's award and
# year are those of its name, whichever document states them, so a recipient's rows change only with its own
# wins (whose recipient is then a changed node itself) or with the names the rows show (:func:`renamed`).
_RECIPIENTS_OF = f"""SELECT DISTINCT ?r WHERE {{ %(values)s ?n <{_CIVIC}recipient> ?r }}"""


def labels(store, nodes: Iterable[URIRef]) -> dict[URIRef, list[Literal]]:
    """Every ``rdfs:label`` of each of ``nodes`` (the names a query's join pairs its rows with)."""
    out: dict[URIRef, list[Literal]] = defaultdict(list)
    nodes = set(nodes)
    if nodes:
        for values in values_blocks("n", nodes):
            for n, label in store.query(f"SELECT ?n ?label WHERE {{ {values} ?n <{_LABEL}> ?label }}"):
                out[n].append(label)
    return out


def held_rows(store, row_of: URIRef, units: Iterable[URIRef] | None) -> list[tuple]:
    """The bookkeeping quads of the rows the store holds whose ``row_of`` is one of ``units`` (every row when
    None)."""
    out: list[tuple] = []
    for values in values_blocks("unit", units):
        out += [(row, p, o, META_GRAPH) for row, p, o in store.query(f"""SELECT ?row ?p ?o WHERE {{ {values}
            GRAPH <{META_GRAPH}> {{ ?row <{row_of}> ?unit ; ?p ?o }} }}""")]
    return out


def renamed(store, nodes: Iterable[URIRef], node_of: URIRef, name_of: URIRef) -> set[URIRef]:
    """The nodes among ``nodes`` whose labels now differ from the names the held rows show for them (``node_of``
    the rows' link to the node, ``name_of`` its name as shown); a node that lost every label is one of them.

    Why: a row shows its award's (or edition's, or speaker's) names, so it changes with them; a row that merely
    names a changed node does not change otherwise, and recomputing the rows of every winner of a popular award
    because one document naming it changed took most of ``kg remove`` at 10k documents."""
    shown: dict[URIRef, set] = defaultdict(set)
    for values in values_blocks("n", {n for n in nodes if isinstance(n, URIRef)}):
        for n, name in store.query(f"""SELECT DISTINCT ?n ?name WHERE {{ {values} GRAPH <{META_GRAPH}> {{
                ?row <{node_of}> ?n ; <{name_of}> ?name }} }}"""):
            shown[n].add(name)
    now = labels(store, shown) if shown else {}
    return {n for n in shown if set(now.get(n, ())) != shown[n]}


def units_naming(store, nodes: Iterable[URIRef], node_of: URIRef, row_of: URIRef) -> set[URIRef]:
    """The units (``row_of``) of the held rows that name one of ``nodes`` (``node_of``)."""
    out: set[URIRef] = set()
    for values in values_blocks("n", set(nodes)):
        out |= {u for (u,) in store.query(f"""SELECT DISTINCT ?u WHERE {{ {values} GRAPH <{META_GRAPH}> {{
            ?row <{node_of}> ?n ; <{row_of}> ?u }} }}""")}
    return out


def changed_recipients(store, nodes: set[URIRef], row_of: URIRef, row_award: URIRef,
                       row_award_name: URIRef) -> set[URIRef]:
    """The recipients whose rows may differ: the changed nodes, the recipients of changed wins, and every
    recipient of an award whose names differ from those its held rows show, by its rows or its wins now (an
    award no held row shows has no names to correct; awards are never merged, so a row naming one changes
    only with its names)."""
    out = {n for n in nodes if isinstance(n, URIRef)}
    for values in values_blocks("n", out.copy()):
        out |= {r for (r,) in store.query(_RECIPIENTS_OF % {"values": values})}
    awards = renamed(store, out & set(nodes), row_award, row_award_name)
    out |= units_naming(store, awards, row_award, row_of)
    for values in values_blocks("n", awards):
        out |= {r for (r,) in store.query(f"""SELECT DISTINCT ?r WHERE {{ {values}
            ?e <{_CIVIC}ofAward> ?n . ?r <{_CIVIC}won> ?e }}""")}
    return out


def recipients_reached(row_of: URIRef, row_award: URIRef,
                       row_award_name: URIRef) -> Callable[[object, set[URIRef]], set[URIRef]]:
    """:func:`changed_recipients` for rows of a recipient and award (``KeptRows.units``)."""
    return lambda store, nodes: changed_recipients(store, nodes, row_of, row_award, row_award_name)


def refresh_computed(store, nodes: set[URIRef] | None, *, mark: URIRef, version: str, has_input: str,
                     row_of: URIRef, rows: Callable[..., list[tuple]],
                     units: Callable[[object, set[URIRef]], set[URIRef]], order: RowOrder | None = None) -> int:
    """Bring one kind of rows in line with the resolved default graph; the number of quads changed.

    ``nodes``: every IRI whose statements may have changed since the rows were last written; None when that
    is not known (every row is recomputed, as when the store holds no rows of ``version``).  ``rows(store,
    units)`` computes the rows of some units (of every unit when None), ``units(store, nodes)`` the units a
    change reaches, ``has_input`` is the ASK the marker's presence follows, ``order`` the rows' sort keys
    (:mod:`kg.resolve.sort_keys`), if they keep any."""
    if nodes is not None and (len(nodes) > FULL_ABOVE or not marked(store, mark, version)):
        nodes = None
    marker = (mark, KGS.version, Literal(version), META_GRAPH)
    if nodes is None:
        found = rows(store)
        old, new = set(held_rows(store, row_of, None)), set(with_keys(found, order) if order else found)
        old |= held_marks(store, mark)
    else:
        changed = units(store, set(nodes))
        old, new = set(held_rows(store, row_of, changed)), set(rows(store, changed))
        if order:
            old, new = rekey(store, old, new, order)
        old.add(marker)
    if store.query(has_input).askAnswer:
        new.add(marker)
    return write(store, old - new, new - old, BULK_ROWS)


@dataclass(frozen=True)
class KeptRows:
    """One kind of rows: its marker, how its rows are computed and found, and the calls each module exports
    (whether the store holds them, the rows it holds, the refresh resolution calls)."""

    mark: URIRef
    version: str
    has_input: str
    row_of: URIRef
    rows: Callable[..., list[tuple]]
    units: Callable[[object, set[URIRef]], set[URIRef]]
    #: the rows' sort keys, if they keep any
    order: RowOrder | None = None

    def computed(self, store) -> list[tuple]:
        """Every row a full recomputation gives, with its key."""
        found = self.rows(store)
        return with_keys(found, self.order) if self.order else found

    def current(self, store) -> bool:
        """Whether the store holds these rows at this version (computed, with or without a row)."""
        return marked(store, self.mark, self.version)

    def held(self, store, units: Iterable[URIRef] | None = None) -> list[tuple]:
        """The bookkeeping quads of the rows the store holds for ``units`` (every row when None)."""
        return held_rows(store, self.row_of, units)

    def refresh(self, store, nodes: set[URIRef] | None) -> int:
        """:func:`refresh_computed` for this kind."""
        return refresh_computed(store, nodes, mark=self.mark, version=self.version, has_input=self.has_input,
                                row_of=self.row_of, rows=self.rows, units=self.units, order=self.order)
