"""Conflict rows: ``conflicts``' answer kept at resolution, like the award rows.

Why: the query pairs every ranked (or categorised) win with every other win of the same recipient and
edition stated by another document: a few thousand rows, but 11.7 s at ten million statements on a loaded
machine, nearly all of it the engine joining every ranked win with its recipient, edition and source twice.
The answer changes only where a recipient's wins, an edition's names or a document change, so resolution
keeps it, one node per row of the query in the bookkeeping graph (:data:`kg.store.meta.META_GRAPH`)::

    kgs:conflict/<md5>  kgs:conflictOf <recipient> ;  kgs:conflictEdition <edition> ;
                        kgs:conflictRecipientName "Louisville" ;  kgs:conflictEditionName "Digital Cities Survey 2015" ;
                        kgs:conflictField "rank" ;  kgs:conflictValue 2 ;  kgs:conflictDocument "a" ;
                        kgs:conflictOtherValue 3 ;  kgs:conflictOtherDocument "b" .

The marker ``kgs:conflictRows kgs:version`` means "computed": it is held exactly when the store holds a
ranked or categorised win, rows or none (most stores have no conflict at all, and a marker held only with a
row would send every resolution of such a store to a full recomputation and every query to the join).  So
a store resolved bit by bit and one resolved whole hold the same quads, and an empty store holds none.

Incremental: the unit recomputed is a recipient (a conflict pairs two wins of one recipient). Those recomputed
are the changed nodes themselves, the recipients of changed wins and of wins stated by changed documents, and
every recipient of an edition whose names differ from those its held rows show. A recipient's rows are computed
from one read of its ranked and categorised wins, paired in Python, then the labels of the recipients and
editions of the pairs. :func:`refresh` runs before the win rows' refresh, inside the window resolution's
``kgs:rowsDue`` marker covers.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations

from rdflib import Literal, URIRef

from kg.resolve.kept_rows import KeptRows, labels, renamed, units_naming
from kg.resolve.sort_keys import RowOrder
from kg.resolve.values import values_blocks
from kg.store.meta import KGS, META_GRAPH

__all__ = ["CONFLICT_ORDER", "CONFLICT_ROWS_VERSION", "KIND", "conflict_rows", "conflict_rows_current",
           "held_conflict_rows", "refresh"]

#: Version of the rows' shape: a store holding rows of another version (or none) gets them all recomputed.
CONFLICT_ROWS_VERSION = "2"
MARK = URIRef(KGS["conflictRows"])

_PREFIXES = """PREFIX civic: <https://w3id.org/civic-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""

# Each stated value of a field with its win's recipient, edition and document (one side of the query's
# pairs); %(values)s restricts ?r, inside each branch (Oxigraph evaluates a branch on its own).
_SIDES = _PREFIXES + """
SELECT DISTINCT ?r ?e ?field ?value ?document WHERE {
  { %(values)s ?w civic:recipient ?r ; civic:rank ?value ; civic:edition ?e ; dcterms:source ?d .
    ?d civic:documentId ?document . BIND("rank" AS ?field) }
  UNION
  { %(values)s ?w civic:recipient ?r ; civic:populationCategory ?value ; civic:edition ?e ; dcterms:source ?d .
    ?d civic:documentId ?document . BIND("category" AS ?field) }
}"""

# The recipients a changed node stands for now: the recipient of a changed win, of a win a changed document
# states.  (Not of every win of a changed edition: see :func:`_changed_recipients`.)
_RECIPIENTS_OF = _PREFIXES + """
SELECT DISTINCT ?r WHERE {
  %(values)s
  { ?n civic:recipient ?r }
  UNION { ?w dcterms:source ?n ; civic:recipient ?r }
}"""

# The recipients of an edition's wins now.
_WINNERS_OF = _PREFIXES + """SELECT DISTINCT ?r WHERE { %(values)s ?w civic:edition ?n ; civic:recipient ?r }"""

# Whether the query's join has anything to pair: what the marker's presence follows.
_HAS_INPUT = _PREFIXES + """ASK { { ?w civic:rank ?v } UNION { ?w civic:populationCategory ?v } }"""

_P = {name: URIRef(KGS[name]) for name in (
    "conflictOf", "conflictEdition", "conflictRecipientName", "conflictEditionName", "conflictField",
    "conflictValue", "conflictDocument", "conflictOtherValue", "conflictOtherDocument")}

#: the query's ``ORDER BY ?recipient ?edition ?field ?document ?otherDocument STR(?value) STR(?otherValue)``
#: as a kept integer (:mod:`kg.resolve.sort_keys`): ordering 8,409 rows by those names took Oxigraph 0.6 s of
#: its 0.9 s at ten million statements
CONFLICT_ORDER = RowOrder(URIRef(KGS["conflictOrder"]), tuple((_P[p], "str") for p in (
    "conflictRecipientName", "conflictEditionName", "conflictField", "conflictDocument", "conflictOtherDocument",
    "conflictValue", "conflictOtherValue")))


def _differ(a, b) -> bool:
    """SPARQL's ``a != b`` for two stated values: numbers by value, other terms as terms; a number against
    anything else makes the query's filter an error, so no pair."""
    na, nb = _number(a), _number(b)
    if na is None and nb is None:
        return a != b
    return na is not None and nb is not None and na != nb


def _number(v):
    value = v.toPython() if isinstance(v, Literal) else None
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def conflict_rows(store, recipients: Iterable[URIRef] | None = None) -> list[tuple]:
    """The bookkeeping quads of the rows of ``recipients`` (of every recipient when None): the query's join."""
    if recipients is not None:
        recipients = {r for r in recipients if isinstance(r, URIRef)}
        if not recipients:
            return []
    sides: dict[tuple, set[tuple]] = defaultdict(set)
    for values in values_blocks("r", recipients):
        for r, e, field, value, document in store.query(_SIDES % {"values": values}):
            sides[(r, e, str(field))].add((value, str(document)))
    pairs: list[tuple] = []
    for (r, e, field), stated in sides.items():
        for (v1, d1), (v2, d2) in combinations(stated, 2):
            if d1 == d2 or not _differ(v1, v2):
                continue
            first, second = ((v1, d1), (v2, d2)) if d1 < d2 else ((v2, d2), (v1, d1))
            pairs.append((r, e, field, *first, *second))
    names = labels(store, {p[0] for p in pairs} | {p[1] for p in pairs})
    out: list[tuple] = []
    for r, e, field, value, document, other, other_document in pairs:
        for name in names.get(r, ()):
            for edition in names.get(e, ()):
                columns = (name, edition, Literal(field), value, Literal(document), other, Literal(other_document))
                node = URIRef(KGS["conflict/" + hashlib.md5(json.dumps(
                    [str(r), str(e), *(c.n3() for c in columns)]).encode()).hexdigest()])
                out += [(node, _P["conflictOf"], r, META_GRAPH), (node, _P["conflictEdition"], e, META_GRAPH)]
                out += [(node, p, c, META_GRAPH) for p, c in zip(list(_P.values())[2:], columns, strict=True)]
    return out


def _changed_recipients(store, nodes: set[URIRef]) -> set[URIRef]:
    """The recipients whose rows may differ: the changed nodes, those they stand for now, and the recipients
    (by their held rows or their wins now) of an edition whose names differ from those its held rows show.

    Why not every recipient of a changed edition: an edition's award and year are those of its name, whichever
    document states them, so a recipient's rows change with its own wins (then it is a changed node itself)
    or with the names they show; the winners of a popular edition were recomputed at every ``kg remove``."""
    out = {n for n in nodes if isinstance(n, URIRef)}
    for values in values_blocks("n", out.copy()):
        out |= {r for (r,) in store.query(_RECIPIENTS_OF % {"values": values})}
    editions = renamed(store, nodes, _P["conflictEdition"], _P["conflictEditionName"])
    out |= units_naming(store, editions, _P["conflictEdition"], _P["conflictOf"])
    for values in values_blocks("n", editions):
        out |= {r for (r,) in store.query(_WINNERS_OF % {"values": values})}
    return out


#: what resolution and the tests call: :class:`kg.resolve.kept_rows.KeptRows`
KIND = KeptRows(mark=MARK, version=CONFLICT_ROWS_VERSION, has_input=_HAS_INPUT, row_of=_P["conflictOf"],
                rows=conflict_rows, units=_changed_recipients, order=CONFLICT_ORDER)
conflict_rows_current = KIND.current
held_conflict_rows = KIND.held
refresh = KIND.refresh
