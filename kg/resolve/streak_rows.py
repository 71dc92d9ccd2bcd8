"""Streak rows: ``streaks``' answer kept at resolution, names and all.

Why: the query groups every win that states a streak (``civic:streak``: "fifth year in a row") by recipient
and award for the longest, then joins each group's names: some 13,000 rows at ten million statements, 1.7 s
on a loaded machine, all of it the engine grouping every such win.  Resolution keeps the rows, one node per
row of the query (recipient and award, and a pair of their labels) in the bookkeeping graph
(:data:`kg.store.meta.META_GRAPH`)::

    kgs:streakRow/<md5>  kgs:streakRowOf <recipient> ;  kgs:streakRowAward <award> ;
                         kgs:streakRowRecipientName "Boston" ;  kgs:streakRowAwardName "Digital Cities Survey" ;
                         kgs:streakRowStreak 5 ;  kgs:streakRowFirstYear 2011 ;  kgs:streakRowLastYear 2015 .

The marker ``kgs:streakRows kgs:version`` means "computed": held exactly when the store holds a stated streak,
rows or none (:mod:`kg.resolve.kept_rows`).  Incremental: the unit recomputed is a recipient, as for the run
rows.  :func:`refresh` runs before the win rows' refresh, inside the window ``kgs:rowsDue`` covers.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable

from rdflib import URIRef

from kg.resolve.kept_rows import KeptRows, labels, recipients_reached
from kg.resolve.values import integer_literal, values_blocks
from kg.store.meta import KGS, META_GRAPH

__all__ = ["STREAK_ROWS_VERSION", "KIND", "held_streak_rows", "refresh", "streak_rows", "streak_rows_current"]

#: Version of the rows' shape: a store holding rows of another version (or none) gets them all recomputed.
STREAK_ROWS_VERSION = "1"
MARK = URIRef(KGS["streakRows"])

_PREFIXES = "PREFIX civic: <https://w3id.org/civic-kg/ontology#>\n"

# The query's grouped sub-select (kg/queries/streaks.rq): the longest streak per recipient and award and, for
# equal streaks, the latest year, as one number; %(values)s restricts ?r.
_BEST = _PREFIXES + """
SELECT ?r ?series (MAX(?streak0 * 10000 + ?year) AS ?best) WHERE {
  %(values)s
  ?win civic:streak ?streak0 ; civic:recipient ?r ; civic:edition ?edition .
  ?edition civic:ofAward ?series ; civic:year ?year .
}
GROUP BY ?r ?series"""

_HAS_INPUT = _PREFIXES + "ASK { ?win civic:streak ?s }"

_P = {name: URIRef(KGS[name]) for name in (
    "streakRowOf", "streakRowAward", "streakRowRecipientName", "streakRowAwardName", "streakRowStreak",
    "streakRowFirstYear", "streakRowLastYear")}


def streak_rows(store, recipients: Iterable[URIRef] | None = None) -> list[tuple]:
    """The bookkeeping quads of the rows of ``recipients`` (of every recipient when None): the query's rows."""
    if recipients is not None:
        recipients = {r for r in recipients if isinstance(r, URIRef)}
        if not recipients:
            return []
    found: list[tuple] = []
    for values in values_blocks("r", recipients):
        for r, series, best in store.query(_BEST % {"values": values}):
            if isinstance(r, URIRef) and best is not None:  # (rdflib's one unbound row of an empty group)
                streak = int(best.toPython()) // 10000
                found.append((r, series, streak, int(best.toPython()) - streak * 10000))
    names = labels(store, {f[0] for f in found} | {f[1] for f in found})
    out: list[tuple] = []
    for r, series, streak, last in found:
        for name in names.get(r, ()):
            for award in names.get(series, ()):
                node = URIRef(KGS["streakRow/" + hashlib.md5(json.dumps(
                    [str(r), str(series), name.n3(), award.n3()]).encode()).hexdigest()])
                out += [(node, _P["streakRowOf"], r, META_GRAPH), (node, _P["streakRowAward"], series, META_GRAPH),
                        (node, _P["streakRowRecipientName"], name, META_GRAPH),
                        (node, _P["streakRowAwardName"], award, META_GRAPH),
                        (node, _P["streakRowStreak"], integer_literal(streak), META_GRAPH),
                        (node, _P["streakRowFirstYear"], integer_literal(last - streak + 1), META_GRAPH),
                        (node, _P["streakRowLastYear"], integer_literal(last), META_GRAPH)]
    return out


#: what resolution and the tests call: :class:`kg.resolve.kept_rows.KeptRows`
KIND = KeptRows(mark=MARK, version=STREAK_ROWS_VERSION, has_input=_HAS_INPUT, row_of=_P["streakRowOf"],
                rows=streak_rows,
                units=recipients_reached(_P["streakRowOf"], _P["streakRowAward"], _P["streakRowAwardName"]))
streak_rows_current = KIND.current
held_streak_rows = KIND.held
refresh = KIND.refresh
