"""Official rows: ``officials-of-winners``' answer kept at resolution, like the win rows.

Why: the query joins every post's holder and title with every award its place won, then groups by
labels: officials times awards per place, 34 s at ten million statements (1.1 s at one million) and
growing faster than the data (exponent 1.5).  The answer changes only where a place's posts or wins,
a holder's name or an award's name change, so resolution keeps it, one node per row of the query
(official's name, title, place's name, award's name) in the bookkeeping graph
(:data:`kg.store.meta.META_GRAPH`)::

    kgs:official/<md5>  kgs:officialName "Thomas M. Menino" ;  kgs:postTitle "Mayor" ;
                        kgs:jurisdictionName "Boston" ;  kgs:officialAwardName "Digital Cities Survey" ;
                        kgs:awardWins 3 ;  kgs:firstWinYear 2009 ;  kgs:lastWinYear 2011 ;
                        kgs:heldBy <person> ;  kgs:heldIn <place> ;  kgs:wonAward <award> .

``kgs:heldBy``, ``kgs:heldIn`` and ``kgs:wonAward`` name every node the row was grouped from (the
query groups by labels, so two places of one name share rows): what an incremental refresh finds
the rows of a changed node by.  Predicates of their own, so that no query of the win rows
(:mod:`kg.resolve.summary`) reads these.  ``kgs:officialRows kgs:version`` is held exactly when a
row is, so a store resolved bit by bit and one resolved whole hold the same quads.

Incremental: the unit recomputed is a place *name* (a row's grouping includes it, so the rows of one
name depend on the places of that name alone).  The names recomputed are those of the places the
changed nodes are (or hold a post of, or are the post of), before and after, and of the places whose
rows name a changed node or an award whose name changed.  Each is looked up by its exact literal
(indexed).  :func:`refresh` runs before the win rows' refresh, inside the window resolution's
``kgs:rowsDue`` marker covers: a process stopped before the win rows were written gets both
recomputed whole.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable

from rdflib import Literal, URIRef

from kg.resolve.meta_writes import held_marks, marked, write
from kg.resolve.sort_keys import OFFICIAL_ORDER, rekey, with_keys
from kg.resolve.values import integer_literal, values_blocks
from kg.store.meta import KGS, META_GRAPH

__all__ = ["OFFICIAL_ROWS_VERSION", "official_rows", "held_official_rows", "official_rows_current", "refresh"]

#: Version of the rows' shape: a store holding rows of another version (or none) gets them all recomputed.
OFFICIAL_ROWS_VERSION = "2"
MARK = URIRef(KGS["officialRows"])
#: more changed nodes than this (a first build's batch): every row is recomputed, two reads instead of many
FULL_ABOVE = 5_000
#: a refresh inserting more quads than this loads them with the store's bulk loader, this many at a time
BULK_ROWS = 50_000

_PREFIXES = """PREFIX civic: <https://w3id.org/civic-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX org: <http://www.w3.org/ns/org#>
"""

#: the rows' predicates, made once: ``KGS.x`` makes (and checks) a new IRI at each use, a fifth of computing
#: every row at 10k documents
_P = {name: URIRef(KGS[name]) for name in (
    "officialName", "postTitle", "jurisdictionName", "officialAwardName", "awardWins", "firstWinYear",
    "lastWinYear", "heldBy", "heldIn", "wonAward")}

# The two sides of the query's join, each read once (joined in Python: the engine paired them row by row).
# %(values)s restricts ?j (the places) when given.
_POSTS = _PREFIXES + """
SELECT ?j ?person ?official ?title ?jurisdiction WHERE {
  %(values)s
  ?person org:holds ?post ;
          rdfs:label ?official .
  ?post org:postIn ?j ;
        civic:title ?title .
  ?j rdfs:label ?jurisdiction .
}"""

_WINS = _PREFIXES + """
SELECT DISTINCT ?j ?series ?awardName ?year WHERE {
  %(values)s
  ?j civic:won ?edition .
  ?edition civic:ofAward ?series ;
           civic:year ?year .
  ?series rdfs:label ?awardName .
}"""

# The place names a changed node stands for: its own, its post's place's, its posts' places'.
_NAMES_OF = _PREFIXES + """
SELECT DISTINCT ?jurisdiction WHERE {
  %(values)s
  { ?n rdfs:label ?jurisdiction . FILTER EXISTS { ?x org:postIn ?n } }
  UNION { ?n org:postIn ?j . ?j rdfs:label ?jurisdiction }
  UNION { ?n org:holds ?post . ?post org:postIn ?j . ?j rdfs:label ?jurisdiction }
}"""


def _places_named(store, names: Iterable[Literal]) -> set[URIRef]:
    """Every place holding a post whose label is one of ``names`` (an exact, indexed lookup each)."""
    out: set[URIRef] = set()
    for values in values_blocks("jurisdiction", names):
        out |= {j for (j,) in store.query(_PREFIXES + f"""SELECT DISTINCT ?j WHERE {{ {values}
            ?j rdfs:label ?jurisdiction . FILTER EXISTS {{ ?post org:postIn ?j }} }}""")}
    return out


def official_rows(store, places: Iterable[URIRef] | None = None) -> list[tuple]:
    """The bookkeeping quads of the rows of ``places`` (of every place when None): what the query's join gives."""
    if places is not None:
        places = set(places)
        if not places:
            return []
    wins: dict[URIRef, list[tuple]] = {}
    posts: list[tuple] = []
    for values in values_blocks("j", places):
        for j, series, award_name, year in store.query(_WINS % {"values": values}):
            wins.setdefault(j, []).append((series, award_name, year))
    if not wins:
        return []
    for values in values_blocks("j", wins if places is not None else None):
        posts += [row for row in store.query(_POSTS % {"values": values}) if row[0] in wins]
    groups: dict[tuple, dict] = {}
    for j, person, official, title, jurisdiction in posts:
        for series, award_name, year in wins[j]:
            group = groups.setdefault((official, title, jurisdiction, award_name),
                                      {"years": {}, "people": set(), "places": set(), "awards": set()})
            group["years"][year] = int(year)
            group["people"].add(person)
            group["places"].add(j)
            group["awards"].add(series)
    out: list[tuple] = []
    P = _P  # noqa: N806
    for (official, title, jurisdiction, award_name), group in groups.items():
        node = URIRef(KGS["official/" + hashlib.md5(json.dumps(
            [official.n3(), title.n3(), jurisdiction.n3(), award_name.n3()]).encode()).hexdigest()])
        years = group["years"]
        first = min(years, key=lambda y: (years[y], str(y)))
        last = max(years, key=lambda y: (years[y], str(y)))
        out += [(node, P["officialName"], official, META_GRAPH), (node, P["postTitle"], title, META_GRAPH),
                (node, P["jurisdictionName"], jurisdiction, META_GRAPH),
                (node, P["officialAwardName"], award_name, META_GRAPH),
                (node, P["awardWins"], integer_literal(len(years)), META_GRAPH),
                (node, P["firstWinYear"], first, META_GRAPH), (node, P["lastWinYear"], last, META_GRAPH)]
        out += [(node, P["heldBy"], p, META_GRAPH) for p in group["people"]]
        out += [(node, P["heldIn"], j, META_GRAPH) for j in group["places"]]
        out += [(node, P["wonAward"], a, META_GRAPH) for a in group["awards"]]
    return with_keys(out, OFFICIAL_ORDER) if places is None else out


def official_rows_current(store) -> bool:
    """Whether the store holds official rows of this version."""
    return marked(store, MARK, OFFICIAL_ROWS_VERSION)


def _held_nodes(store, names: Iterable[Literal] | None) -> set[URIRef]:
    """The row nodes of ``names`` (place names; every row when None)."""
    out: set[URIRef] = set()
    for values in values_blocks("name", names):
        out |= {row for (row,) in store.query(f"""SELECT DISTINCT ?row WHERE {{ {values}
            GRAPH <{META_GRAPH}> {{ ?row <{KGS.jurisdictionName}> ?name }} }}""")}
    return out


def held_official_rows(store, names: Iterable[Literal] | None = None) -> list[tuple]:
    """The bookkeeping quads of the rows the store holds for place ``names`` (every row when None)."""
    if names is None:
        return [(row, p, o, META_GRAPH) for row, p, o in store.query(f"""SELECT ?row ?p ?o WHERE {{
            GRAPH <{META_GRAPH}> {{ ?row <{KGS.jurisdictionName}> ?any ; ?p ?o }} }}""")]
    out: list[tuple] = []
    for values in values_blocks("row", _held_nodes(store, names)):
        out += [(row, p, o, META_GRAPH) for row, p, o in store.query(f"""SELECT ?row ?p ?o WHERE {{ {values}
            GRAPH <{META_GRAPH}> {{ ?row ?p ?o }} }}""")]
    return out


def _row_count(store) -> int:
    found = list(store.query(f"""SELECT (COUNT(?row) AS ?n) WHERE {{
        GRAPH <{META_GRAPH}> {{ ?row <{KGS.jurisdictionName}> ?name }} }}"""))
    return int(found[0][0]) if found else 0


def _changed_names(store, nodes: set[URIRef]) -> set[Literal]:
    """The place names whose rows may differ: of the changed nodes now, of the rows that name them, and of
    the rows of an award whose name changed."""
    names: set[Literal] = set()
    for values in values_blocks("n", nodes):
        names |= {name for (name,) in store.query(_NAMES_OF % {"values": values})}
        # (not the rows that name a changed award: every winner of a popular award would be recomputed when one
        # document naming it changes, 13.7 s of a 10k store's `kg remove`; a winner whose win changed is a changed
        # node itself, and a renamed award is found below)
        # (one pattern per predicate: with ``?by`` a variable the engine scans every bookkeeping quad per block)
        names |= {name for (name,) in store.query(f"""SELECT DISTINCT ?name WHERE {{ {values} GRAPH <{META_GRAPH}> {{
            {{ ?row <{KGS.heldBy}> ?n }} UNION {{ ?row <{KGS.heldIn}> ?n }}
            ?row <{KGS.jurisdictionName}> ?name }} }}""")}
        shown = set(store.query(f"""SELECT DISTINCT ?n ?name WHERE {{ {values} GRAPH <{META_GRAPH}> {{
            ?row <{KGS.wonAward}> ?n ; <{KGS.officialAwardName}> ?name }} }}"""))
        if shown:
            now = set(store.query(_PREFIXES + f"""SELECT DISTINCT ?n ?name WHERE {{ {values}
                ?n a civic:Award ; rdfs:label ?name }}"""))
            for award in {tuple(row)[0] for row in set(map(tuple, shown)) ^ set(map(tuple, now))}:
                names |= {name for (name,) in store.query(f"""SELECT DISTINCT ?name WHERE {{ GRAPH <{META_GRAPH}> {{
                    ?row <{KGS.wonAward}> {award.n3()} ; <{KGS.jurisdictionName}> ?name }} }}""")}
    return names


def refresh(store, nodes: set[URIRef] | None, aside=None) -> int:
    """Bring the official rows in line with the resolved default graph; the number of quads changed.

    ``nodes``: every IRI whose statements may have changed since the rows were last written; None when
    that is not known (every row is recomputed, as when the store holds no rows of this version).
    ``aside``: the rows being computed in another process (:class:`kg.resolve.rows_aside.RowsAside`), loaded
    when every row is recomputed into a store that holds none."""
    mark = (MARK, KGS.version, Literal(OFFICIAL_ROWS_VERSION), META_GRAPH)
    if nodes is not None and (len(nodes) > FULL_ABOVE or not official_rows_current(store)):
        nodes = None
    if nodes is None and aside is not None:
        loaded = aside.load(store, "official_rows", mark, f"?row <{KGS.jurisdictionName}> ?name")
        if loaded is not None:
            return loaded
    if nodes is None:
        old, new = set(held_official_rows(store)), set(official_rows(store))
        old |= held_marks(store, MARK)
    else:
        names = _changed_names(store, set(nodes))
        if not names:
            return 0
        old = set(held_official_rows(store, names))
        new = set(official_rows(store, _places_named(store, names)))
        old.add(mark)
        old, new = rekey(store, old, new, OFFICIAL_ORDER)  # keys: kg.resolve.sort_keys
    # the marker is held exactly when a row is: after this change, the new rows or the rows it leaves alone
    if new or (nodes is not None and _row_count(store) > len({q[0] for q in old} - {MARK})):
        new.add(mark)
    return write(store, old - new, new - old, BULK_ROWS)
