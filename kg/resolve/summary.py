"""Win rows: one precomputed row per resolved win, kept by resolution, for the catalogue's heavy queries.

Why: the queries over every win (``wins-any-source``, ``city-record``, ``consecutive-years``,
``officials-of-winners``) joined each win with its recipient, edition, year, award, labels, state,
ranks and documents across every document graph: 1-1.5 s at a million statements and 12-34 s at ten
million, nearly all of it Oxigraph looking up one pattern per row.  The answer to those joins changes
only where documents or resolution change, so resolution keeps it, as one node per (recipient,
edition, award name) in the bookkeeping graph (:data:`kg.store.meta.META_GRAPH`)::

    kgs:win/<md5>  kgs:recipient <city> ;  kgs:recipientName "Boston" ;  kgs:state "MA" ;
                   kgs:edition <edition> ; kgs:award <award> ; kgs:awardName "Digital Cities Survey" ;
                   kgs:year 2011 ; kgs:stated 1 ;  kgs:rank 3 ; kgs:ranks "3, 5" ;
                   kgs:documents "a, b" ; kgs:sources 2 ; kgs:nameKey "boston", "city of boston" ;
                   kgs:afterPreviousYear true ; kgs:firstWin false .

and, per recipient and award, its record (``kgs:record/<md5>``: ``kgs:recordOf``, ``kgs:award``, names,
``kgs:firstYear``, ``kgs:lastYear``, ``kgs:years``, ``kgs:statedYears``, ``kgs:bestRank``,
``kgs:longestRun``: ``city-record``'s row) and its runs of two or more consecutive winning years
(``kgs:run/<md5>``: ``kgs:runOf``, ``kgs:award``, ``kgs:firstYear``, ``kgs:lastYear``, ``kgs:years``).
``kgs:stated`` is 1 when any document states the win (0: only inferred from a streak);
``kgs:rank``/``kgs:ranks`` and ``kgs:state`` are left out when there is none; ``kgs:nameKey`` is
every label and alias of the recipient lower-cased (what ``timeline`` matches a name against:
Oxigraph indexes exact literals only).  Set columns are written sorted, so a row's bytes depend
on the documents alone (an incremental build and a full one give the same store).

Why the bookkeeping graph: exports, SHACL validation and ``kg stats`` read the document and
resolution graphs and the default graph; none reads the bookkeeping, so the rows disturb none of
them.  Queries read the rows with ``GRAPH kgs:meta { ... }``.

Catalogue queries test ``kgs:winRows kgs:version`` first and join the statements instead on a graph
without the rows (an export, another server).

Incremental: after each resolution :func:`refresh` recomputes the rows of the recipients that the
written documents mention or that resolution touched (merged, relabelled), and of every recipient
of an award whose names changed; when what changed is not known (a large batch, a full
resolution, a store whose rows are missing or of another version) it recomputes every row.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg.queries.sets import sort_items
from kg.queries.timeline import runs as year_runs
from kg.resolve.meta_writes import held_marks, marked
from kg.resolve.sort_keys import RECORD_ORDER, WIN_ORDER, rekey, with_keys
from kg.resolve.values import integer_literal, values_blocks
from kg.store.meta import KGS, META_GRAPH
from kg.store.pending import ROWS_DUE
from kg.store.terms import data_update

__all__ = ["ROWS_VERSION", "refresh", "rows_current", "rows_due", "win_rows"]

#: Version of the rows' shape: a store holding rows of another version gets them all recomputed.
ROWS_VERSION = "3"
_MARK = URIRef(KGS["winRows"])

_PREFIXES = """PREFIX civic: <https://w3id.org/civic-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""

# The wins of the recipients in VALUES (every win without it), one row per (recipient, edition, award
# name), as wins-any-source groups them; ranks apart, over ranked wins only (engines disagree on
# aggregates over unbound values).  VALUES inside each sub-select: Oxigraph evaluates one on its own.
_WINS = _PREFIXES + """
SELECT ?r ?edition ?series ?awardName ?year ?recipient ?state ?stated ?documents ?sources ?rank ?ranks
WHERE {
  {
    SELECT ?r ?edition ?series ?awardName ?year (MIN(?label) AS ?recipient) (SAMPLE(?usps) AS ?state)
           (MAX(?stated0) AS ?stated) (GROUP_CONCAT(DISTINCT ?docId; separator=", ") AS ?documents)
           (COUNT(DISTINCT ?docId) AS ?sources)
    WHERE {
      %(values)s
      ?win civic:recipient ?r ;
           civic:edition ?edition ;
           dcterms:source ?doc .
      ?edition civic:ofAward ?series ;
               civic:year ?year .
      ?series rdfs:label ?awardName .
      ?r rdfs:label ?label .
      ?doc civic:documentId ?docId .
      OPTIONAL { ?r civic:inState/civic:uspsCode ?usps }
      BIND(IF(EXISTS { ?win a civic:InferredAwardWin }, 0, 1) AS ?stated0)
    }
    GROUP BY ?r ?edition ?series ?awardName ?year
  }
  OPTIONAL {
    SELECT ?r ?edition (MIN(?rank0) AS ?rank) (GROUP_CONCAT(DISTINCT STR(?rank0); separator=", ") AS ?ranks)
    WHERE {
      %(values)s
      ?rankedWin civic:recipient ?r ;
                 civic:edition ?edition ;
                 civic:rank ?rank0 .
    }
    GROUP BY ?r ?edition
  }
  FILTER(BOUND(?year))
}"""

_NAMES = _PREFIXES + """
SELECT DISTINCT ?r ?name WHERE { %(values)s { ?r rdfs:label ?name } UNION { ?r skos:altLabel ?name } }"""


#: the rows' predicates and small literals, made once: made per row (an IRI checked, a literal cast, for each
#: of 800k quads at 2M statements) they took a third of computing the rows
_P = {name: URIRef(KGS[name]) for name in (
    "recipient", "edition", "award", "awardName", "year", "recipientName", "state", "stated", "documents", "sources",
    "rank", "ranks", "afterPreviousYear", "firstWin", "nameKey", "recordOf", "firstYear", "lastYear", "years",
    "statedYears", "bestRank", "longestRun", "runOf")}
_TRUE = Literal("true", datatype=XSD.boolean)
_FALSE = Literal("false", datatype=XSD.boolean)


def win_rows(store, recipients: Iterable[URIRef] | None = None) -> list[tuple]:
    """The bookkeeping quads of the win rows of ``recipients`` (of every recipient when None)."""
    found: list = []
    names: dict[URIRef, set[str]] = {}
    for values in values_blocks("r", recipients):
        found += list(store.query(_WINS % {"values": values}))
        for r, name in store.query(_NAMES % {"values": values or "?w civic:recipient ?r ."}):
            names.setdefault(r, set()).add(str(name).lower())
    years: dict[tuple, set[int]] = {}
    for row in found:
        years.setdefault((row[0], row[2]), set()).add(int(row[4]))
    name_keys: dict[URIRef, list[tuple]] = {}
    out: list[tuple] = []
    P = _P  # noqa: N806
    for row in found:
        r, edition, series, award_name, year = row[0], row[1], row[2], row[3], row[4]
        if not isinstance(r, URIRef):
            continue
        won = years[(r, series)]
        node = URIRef(KGS["win/" + hashlib.md5(f"{r} {edition} {award_name}".encode()).hexdigest()])
        values = {
            P["recipient"]: r, P["edition"]: edition, P["award"]: series, P["awardName"]: award_name,
            P["year"]: year, P["recipientName"]: row[5], P["state"]: row[6],
            P["stated"]: integer_literal(int(row[7])),
            P["documents"]: Literal(sort_items(str(row[8]), ", ")),
            P["sources"]: integer_literal(int(row[9])), P["rank"]: row[10],
            P["ranks"]: None if row[11] is None else Literal(sort_items(str(row[11]), ", ")),
            P["afterPreviousYear"]: _boolean(int(year) - 1 in won), P["firstWin"]: _boolean(int(year) == min(won)),
        }
        out += [(node, p, o, META_GRAPH) for p, o in values.items() if o is not None]
        keys = name_keys.get(r)
        if keys is None:
            keys = name_keys[r] = [Literal(n) for n in sorted(names.get(r, ()))]
        out += [(node, P["nameKey"], key, META_GRAPH) for key in keys]
    out += _records(found)
    return out if recipients is not None else with_keys(out, WIN_ORDER, RECORD_ORDER)  # kg.resolve.sort_keys


def _boolean(value: bool) -> Literal:
    """As the catalogue spells booleans (Virtuoso answers computed ones as 1 or 0)."""
    return _TRUE if value else _FALSE


def _records(found: list) -> list[tuple]:
    """Per recipient and award: its record (``city-record``'s row) and its runs of two or more consecutive
    winning years (``consecutive-years``'), from the win rows' (recipient, edition, series, name, year,
    recipient name, state, stated, documents, sources, rank, ranks)."""
    groups: dict[tuple, list] = {}
    for row in found:
        if isinstance(row[0], URIRef):
            groups.setdefault((row[0], row[2]), []).append(row)
    out: list[tuple] = []
    for (r, series), rows in groups.items():
        years = {int(row[4]): row[4] for row in rows}
        ranks = [row[10] for row in rows if row[10] is not None]
        node = URIRef(KGS["record/" + hashlib.md5(f"{r} {series}".encode()).hexdigest()])
        runs = year_runs(years)
        values = {
            _P["recordOf"]: r, _P["award"]: series, _P["recipientName"]: min(str(row[5]) for row in rows),
            _P["awardName"]: min(str(row[3]) for row in rows), _P["firstYear"]: years[min(years)],
            _P["lastYear"]: years[max(years)], _P["years"]: integer_literal(len(years)),
            _P["statedYears"]: integer_literal(len({int(row[4]) for row in rows if int(row[7]) == 1})),
            _P["bestRank"]: min(ranks, key=int) if ranks else None,
            _P["longestRun"]: integer_literal(max(last - first + 1 for first, last in runs)),
        }
        out += [(node, p, Literal(o) if type(o) is str else o, META_GRAPH)
                for p, o in values.items() if o is not None]
        for first, last in runs:
            if last > first:
                run = URIRef(KGS["run/" + hashlib.md5(f"{r} {series} {first}".encode()).hexdigest()])
                out += [(run, _P["runOf"], r, META_GRAPH), (run, _P["award"], series, META_GRAPH),
                        (run, _P["firstYear"], years[first], META_GRAPH),
                        (run, _P["lastYear"], years[last], META_GRAPH),
                        (run, _P["years"], integer_literal(last - first + 1), META_GRAPH)]
    return out


#: a refresh inserting more row quads than this loads them with the store's bulk loader
BULK_ROWS = 50_000


def rows_due(store) -> bool:
    """Whether the last resolution's win rows may not have been written (:data:`kg.store.pending.ROWS_DUE`)."""
    s, p, o, g = ROWS_DUE
    return bool(store.query(f"ASK {{ GRAPH <{g}> {{ <{s}> <{p}> {o.n3()} }} }}").askAnswer)


def rows_current(store) -> bool:
    """Whether the store holds win rows of this version (an older store has none)."""
    return marked(store, _MARK, ROWS_VERSION)


def _held(store, recipients: Iterable[URIRef] | None) -> list[tuple]:
    """The bookkeeping quads of the rows the store holds for ``recipients`` (every row when None)."""
    out: list[tuple] = []
    for values in values_blocks("r", recipients):
        for of in (KGS.recipient, KGS.recordOf, KGS.runOf):  # (a second VALUES for these lost rows on Oxigraph)
            rows = store.query(f"""SELECT ?row ?p ?o WHERE {{ {values} GRAPH <{META_GRAPH}> {{
                ?row <{of}> ?r . ?row ?p ?o }} }}""")
            out += [(row, p, o, META_GRAPH) for row, p, o in rows]
    return out


def _renamed_awards(store, nodes: set[URIRef]) -> set[URIRef]:
    """The recipients of every award among ``nodes`` whose names differ from those its rows show."""
    out: set[URIRef] = set()
    for values in values_blocks("a", nodes):
        now = {(a, str(n)) for a, n in store.query(f"""SELECT DISTINCT ?a ?n WHERE {{ {values}
            ?a a <https://w3id.org/civic-kg/ontology#Award> ; <http://www.w3.org/2000/01/rdf-schema#label> ?n }}""")}
        shown = {(a, str(n)) for a, n in store.query(f"""SELECT DISTINCT ?a ?n WHERE {{ {values}
            GRAPH <{META_GRAPH}> {{ ?row <{KGS.award}> ?a ; <{KGS.awardName}> ?n }} }}""")}
        for award in {a for a, _n in now ^ shown}:
            out |= {r for (r,) in store.query(f"""SELECT DISTINCT ?r WHERE {{
                GRAPH <{META_GRAPH}> {{ ?row <{KGS.award}> <{award}> ; <{KGS.recipient}> ?r }} }}""")}
            out |= {r for (r,) in store.query(f"""SELECT DISTINCT ?r WHERE {{
                ?e <https://w3id.org/civic-kg/ontology#ofAward> <{award}> .
                ?w <https://w3id.org/civic-kg/ontology#edition> ?e ;
                   <https://w3id.org/civic-kg/ontology#recipient> ?r }}""")}
    return out


def refresh(store, nodes: set[URIRef] | None, aside=None) -> int:
    """Bring the win rows in line with the resolved default graph; the number of quads changed.

    ``nodes``: every IRI whose statements may have changed since the rows were last written (the
    written documents' and what resolution touched); None when that is not known: every row is
    recomputed then, as it is when the store holds no rows of this version.  ``aside``: the rows being
    computed in another process (:class:`kg.resolve.rows_aside.RowsAside`), loaded when every row is
    recomputed into a store that holds none."""
    if nodes is not None and not rows_current(store):
        nodes = None
    if nodes is None and aside is not None:
        loaded = _load_aside(store, aside)
        if loaded is not None:
            return loaded
    if nodes is not None:
        nodes = set(nodes) | _renamed_awards(store, set(nodes))
        if not nodes:
            return 0
    old, new = set(_held(store, nodes)), set(win_rows(store, nodes))
    old, new = (old, new) if nodes is None else rekey(store, old, new, WIN_ORDER, RECORD_ORDER)  # kg.resolve.sort_keys
    if rows_due(store):
        old.add(ROWS_DUE)  # cleared with the rows it waited for, in one transaction
    mark = [(_MARK, KGS.version, Literal(ROWS_VERSION), META_GRAPH)]
    # the marker says the rows are there: held exactly when there is a row, so that a store resolved bit by
    # bit and one resolved whole hold the same quads (an empty store holds none)
    if nodes is None:
        old |= held_marks(store, _MARK)
        if new:
            new |= set(mark)
    delete, insert = old - new, new - old
    if len(insert) > BULK_ROWS:
        # every row of a large store (800k quads at 2M statements): one SPARQL text of them took gigabytes to
        # parse, so they go to the bulk loader, in one call and unsorted (its order does not matter; sorting
        # them by text cost seconds), and the marker that the rows are due is cleared only after it (a kill in
        # between leaves the marker: the next writer recomputes the rows)
        due = [q for q in delete if q == ROWS_DUE]
        if len(delete) > len(due):
            store._apply_update(data_update([], sorted(delete - {ROWS_DUE}, key=_key), []))
        store._bulk_insert(insert)
        delete, insert = set(due), set()
    delete, insert = sorted(delete, key=_key), sorted(insert, key=_key)
    if delete or insert:
        store.write_rows(delete, insert)
    if nodes is not None and delete and not insert and not store.query(
            f"ASK {{ GRAPH <{META_GRAPH}> {{ ?row <{KGS.recipient}> ?r }} }}").askAnswer:
        store._apply_update(data_update([], mark, []))
    return len(delete) + len(insert)


def _load_aside(store, aside) -> int | None:
    """Every win row from the file ``aside`` wrote, and the marker, when the store holds no win row and no
    marker (what a whole recomputation would then insert); None when it does or the child failed."""
    mark = (_MARK, KGS.version, Literal(ROWS_VERSION), META_GRAPH)
    loaded = aside.load(store, "win_rows", mark, f"""{{ ?row <{KGS.recipient}> ?r }}
        UNION {{ ?row <{KGS.recordOf}> ?r }} UNION {{ ?row <{KGS.runOf}> ?r }}""")
    if loaded is None:
        return None
    due = rows_due(store)
    if due:  # cleared only after the rows are in (a kill in between leaves it: the next writer recomputes them)
        store.write_rows([ROWS_DUE], [])
    return loaded + due


def _key(q: tuple) -> tuple:
    return tuple(str(t) for t in q)
