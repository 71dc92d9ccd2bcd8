"""Award rows: ``awards``' answer kept at resolution, like the officials' rows.

Why: the query groups every win of the store by its award series (counting distinct editions and
recipients, the first and last year): a few dozen rows, but 11.7 s at ten million statements on a loaded
machine, all of it the engine joining and grouping every win.  The answer changes only where an award's
editions, wins, names or givers change, so resolution keeps it, one node per row of the query (series,
award name, giver's name) in the bookkeeping graph (:data:`kg.store.meta.META_GRAPH`)::

    kgs:awardRow/<md5>  kgs:awardRowOf <award> ;  kgs:awardRowName "Digital Cities Survey" ;
                        kgs:awardGivenBy "Center for Digital Government" ;  kgs:awardEditions 12 ;
                        kgs:awardRecipients 340 ;  kgs:awardFirstYear 2004 ;  kgs:awardLastYear 2016 ;
                        kgs:awardEditionLink <edition> ;  kgs:awardGiver <giver> .

``kgs:awardEditionLink`` and ``kgs:awardGiver`` name the editions and givers of the row's series when it
was written: what an incremental refresh finds the rows of a changed edition or giver by after its
statements are gone.  Predicates of their own, so that no query of the win or official rows reads these.
``kgs:awardRows kgs:version`` is held exactly when a row is, so a store resolved bit by bit and one
resolved whole hold the same quads.

Incremental: the unit recomputed is an award series (the query groups by it).  The series recomputed are
the changed nodes that are series, and those the changed nodes are an edition of, won an edition of, or
give, now and as the held rows last named them.  Each is computed by the query's own aggregate restricted
to those series.  :func:`refresh` runs before the win rows' refresh, inside the window resolution's
``kgs:rowsDue`` marker covers: a process stopped before the win rows were written gets every row
recomputed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable

from rdflib import Literal, URIRef

from kg.resolve.meta_writes import held_marks, marked, write
from kg.resolve.values import values_blocks
from kg.store.meta import KGS, META_GRAPH

__all__ = ["AWARD_ROWS_VERSION", "award_rows", "award_rows_current", "held_award_rows", "refresh"]

#: Version of the rows' shape: a store holding rows of another version (or none) gets them all recomputed.
AWARD_ROWS_VERSION = "1"
MARK = URIRef(KGS["awardRows"])
#: more changed nodes than this (a first build's batch): every row is recomputed, a few reads instead of many
FULL_ABOVE = 5_000
#: a refresh inserting more quads than this loads them with the store's bulk loader, this many at a time
BULK_ROWS = 50_000

_PREFIXES = """PREFIX civic: <https://w3id.org/civic-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""

# The query's aggregate (kg/queries/awards.rq's join), with the series; %(values)s restricts ?series.
_ROWS = _PREFIXES + """
SELECT ?series ?awardName ?givenBy (COUNT(DISTINCT ?edition) AS ?editions) (COUNT(DISTINCT ?r) AS ?recipients)
       (MIN(?year) AS ?firstYear) (MAX(?year) AS ?lastYear)
WHERE {
  %(values)s
  ?series a civic:Award ;
          rdfs:label ?awardName .
  OPTIONAL { ?giver civic:gives ?series ; rdfs:label ?givenBy }
  ?edition civic:ofAward ?series ;
           civic:year ?year .
  ?r civic:won ?edition .
}
GROUP BY ?series ?awardName ?givenBy"""

_EDITIONS = _PREFIXES + "SELECT DISTINCT ?series ?edition WHERE { %(values)s ?edition civic:ofAward ?series }"
_GIVERS = _PREFIXES + "SELECT DISTINCT ?series ?giver WHERE { %(values)s ?giver civic:gives ?series }"

# The series a changed node stands for now: itself, the one it is an edition of, won, or gives.
_SERIES_OF = _PREFIXES + """
SELECT DISTINCT ?series WHERE {
  %(values)s
  { ?n a civic:Award . BIND(?n AS ?series) }
  UNION { ?n civic:ofAward ?series }
  UNION { ?n civic:won ?e . ?e civic:ofAward ?series }
  UNION { ?n civic:gives ?series }
}"""

_COLUMNS = {"awardName": KGS.awardRowName, "givenBy": KGS.awardGivenBy, "editions": KGS.awardEditions,
            "recipients": KGS.awardRecipients, "firstYear": KGS.awardFirstYear, "lastYear": KGS.awardLastYear}


def award_rows(store, series: Iterable[URIRef] | None = None) -> list[tuple]:
    """The bookkeeping quads of the rows of ``series`` (of every award when None): what the query's join gives."""
    if series is not None:
        series = set(series)
        if not series:
            return []
    out: list[tuple] = []
    found: set[URIRef] = set()
    for values in values_blocks("series", series):
        for row in store.query(_ROWS % {"values": values}):
            s, name, given_by = row[0], row[1], row[2]
            if name is None or not isinstance(s, URIRef):
                continue  # rdflib's one unbound row of an empty group
            found.add(s)
            node = URIRef(KGS["awardRow/" + hashlib.md5(json.dumps(
                [str(s), name.n3(), "" if given_by is None else given_by.n3()]).encode()).hexdigest()])
            out.append((node, KGS.awardRowOf, s, META_GRAPH))
            out += [(node, p, v, META_GRAPH) for p, v in zip(_COLUMNS.values(), row[1:], strict=True) if v is not None]
    if not found:
        return out
    links: dict[URIRef, list[tuple]] = {}
    for values in values_blocks("series", found if series is not None else None):
        for s, edition in store.query(_EDITIONS % {"values": values}):
            links.setdefault(s, []).append((KGS.awardEditionLink, edition))
        for s, giver in store.query(_GIVERS % {"values": values}):
            links.setdefault(s, []).append((KGS.awardGiver, giver))
    for node, s in [(q[0], q[2]) for q in out if q[1] == KGS.awardRowOf]:
        out += [(node, p, o, META_GRAPH) for p, o in links.get(s, ())]
    return out


def award_rows_current(store) -> bool:
    """Whether the store holds award rows of this version."""
    return marked(store, MARK, AWARD_ROWS_VERSION)


def held_award_rows(store, series: Iterable[URIRef] | None = None) -> list[tuple]:
    """The bookkeeping quads of the rows the store holds for ``series`` (every row when None)."""
    out: list[tuple] = []
    for values in values_blocks("series", series):
        out += [(row, p, o, META_GRAPH) for row, p, o in store.query(f"""SELECT ?row ?p ?o WHERE {{ {values}
            GRAPH <{META_GRAPH}> {{ ?row <{KGS.awardRowOf}> ?series ; ?p ?o }} }}""")]
    return out


def _changed_series(store, nodes: set[URIRef]) -> set[URIRef]:
    """The series whose rows may differ: those the changed nodes stand for now, and those whose held rows
    name a changed node (as their series, an edition or a giver)."""
    out: set[URIRef] = set()
    for values in values_blocks("n", nodes):
        out |= {s for (s,) in store.query(_SERIES_OF % {"values": values})}
        # (one pattern per predicate: with the predicate a variable the engine scans every bookkeeping quad)
        out |= {s for (s,) in store.query(f"""SELECT DISTINCT ?series WHERE {{ {values} GRAPH <{META_GRAPH}> {{
            {{ ?row <{KGS.awardRowOf}> ?n }} UNION {{ ?row <{KGS.awardEditionLink}> ?n }}
            UNION {{ ?row <{KGS.awardGiver}> ?n }}
            ?row <{KGS.awardRowOf}> ?series }} }}""")}
    return out


def refresh(store, nodes: set[URIRef] | None) -> int:
    """Bring the award rows in line with the resolved default graph; the number of quads changed.

    ``nodes``: every IRI whose statements may have changed since the rows were last written; None when
    that is not known (every row is recomputed, as when the store holds no rows of this version)."""
    if nodes is not None and (len(nodes) > FULL_ABOVE or not award_rows_current(store)):
        nodes = None
    mark = (MARK, KGS.version, Literal(AWARD_ROWS_VERSION), META_GRAPH)
    if nodes is None:
        old, new = set(held_award_rows(store)), set(award_rows(store))
        old |= held_marks(store, MARK)
        if new:
            new.add(mark)
        return write(store, old - new, new - old, BULK_ROWS)
    series = _changed_series(store, set(nodes))
    if not series:
        return 0
    old, new = set(held_award_rows(store, series)), set(award_rows(store, series))
    # the marker is held exactly when a row is: after this change, the new rows or the rows it leaves alone
    old.add(mark)
    if new or not series.issuperset(s for (s,) in store.query(f"""SELECT DISTINCT ?s WHERE {{
            GRAPH <{META_GRAPH}> {{ ?row <{KGS.awardRowOf}> ?s }} }}""")):
        new.add(mark)
    return write(store, old - new, new - old, BULK_ROWS)
