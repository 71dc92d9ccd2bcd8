"""Markers in the bookkeeping for work a writer started and may not have finished.

Why: derived data (the resolution graph and the resolved default graph) is
written in its own transaction after the documents it derives from.  A writer
killed in between (``kill -9`` during entity resolution) used to leave
duplicates unmerged, and the next ``kg build`` found every document unchanged
and repaired nothing.  So every write of a document also writes, in the same
transaction, a marker that resolution is due; the transaction that writes the
resolution clears it; and a store opened for writing finishes what a marker
says is pending (:meth:`kg.store.Store.recover`).

Three markers, all in :data:`kg.store.meta.META_GRAPH`:

* ``kgs:resolution kgs:stale true``: documents changed since the resolution
  was last written; an ordinary (incremental) resolve repairs it.
* ``kgs:resolution kgs:rebuild true``: the default graph may hold triples no
  document backs (a bulk load was cut short); resolve with ``full=True``.
* ``kgs:load kgs:loading <iri>``: the graphs and bookkeeping nodes of a batch
  the bulk loader (not transactional) is writing; set before it starts and
  cleared when it ends, so an interrupted load's documents can be dropped
  whole and built again.

>>> Pending().due, Pending(stale=True).due
(False, True)
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Literal, URIRef

from kg.store.meta import KGS, META_GRAPH

__all__ = ["RESOLUTION", "LOAD", "STALE", "REBUILD", "ROWS_DUE", "Pending", "PENDING_QUERY", "pending_from_rows",
           "loading_quads", "recovery_note"]

#: Bookkeeping node of the resolution (its graph, the union's size, the markers).
RESOLUTION = URIRef(KGS["resolution"])
#: Bookkeeping node of an unfinished bulk load.
LOAD = URIRef(KGS["load"])
#: "Documents changed since the resolution was written": set with every document write.
STALE = (RESOLUTION, KGS.stale, Literal(True), META_GRAPH)
#: "The default graph must be rebuilt from the documents": set when a bulk load is cut short.
REBUILD = (RESOLUTION, KGS.rebuild, Literal(True), META_GRAPH)
#: "The win rows may lag the resolution": set in resolution's transaction, cleared in the win rows' one
#: (:mod:`kg.resolve.summary`); found before a resolution, it says a process stopped between the two.
ROWS_DUE = (RESOLUTION, KGS.rowsDue, Literal(True), META_GRAPH)

#: Every marker, one row each.
PENDING_QUERY = f"""SELECT ?p ?o WHERE {{ GRAPH <{META_GRAPH}> {{
    {{ <{RESOLUTION}> ?p ?o FILTER(?p IN (<{KGS.stale}>, <{KGS.rebuild}>, <{KGS.rowsDue}>)) }}
    UNION {{ <{LOAD}> ?p ?o FILTER(?p = <{KGS.loading}>) }} }} }}"""


@dataclass
class Pending:
    """What an earlier writer left unfinished."""

    stale: bool = False
    rebuild: bool = False
    #: resolution was written but the win rows after it may not have been
    rows: bool = False
    #: graphs and bookkeeping nodes of a bulk load that did not finish
    loading: list[URIRef] = field(default_factory=list)

    @property
    def due(self) -> bool:
        """True when the store needs repair before its default graph can be trusted."""
        return self.stale or self.rebuild or self.rows or bool(self.loading)


def pending_from_rows(rows) -> Pending:
    """A :class:`Pending` from the (predicate, object) rows of :data:`PENDING_QUERY`."""
    out = Pending()
    for p, o in rows:
        if p == KGS.stale:
            out.stale = True
        elif p == KGS.rebuild:
            out.rebuild = True
        elif p == KGS.rowsDue:
            out.rows = True
        elif p == KGS.loading:
            out.loading.append(URIRef(o))
    out.loading.sort()
    return out


def loading_quads(iris) -> list[tuple]:
    """The marker quads naming the graphs and nodes a bulk load is about to write."""
    return [(LOAD, KGS.loading, URIRef(i), META_GRAPH) for i in sorted(set(iris))]


def recovery_note(resolution) -> str:
    """The line the commands print when opening the store finished an interrupted writer's work.

    Why say it: a user who killed a build should learn that the store noticed and repaired itself.
    """
    res = resolution.summary()
    return (f"repaired: the last write to this store stopped before entity resolution; resolved again "
            f"({res['merged']} duplicates merged into {res['groups']} entities)")
