"""Run rows: ``consecutive-years``' answer kept at resolution, names and all.

Why: the win rows keep each recipient's runs of consecutive winning years, but the query still joined
each run's recipient and award with their labels (a series with two labels gives two rows): 19,060 runs
looked up row by row, label by label, took 1-6 s at ten million statements.  Resolution keeps the rows
themselves, one node per row of the query (run, recipient's label, award's label), in the bookkeeping graph
(:data:`kg.store.meta.META_GRAPH`)::

    kgs:runRow/<md5>  kgs:runRowOf <recipient> ;  kgs:runRowAward <award> ;
                      kgs:runRowRecipientName "Boston" ;  kgs:runRowAwardName "Digital Cities Survey" ;
                      kgs:runRowFirstYear 2010 ;  kgs:runRowLastYear 2012 ;  kgs:runRowYears 3 .

Computed from the statements (each recipient's winning years of each award, ``civic:won``), not from the
win rows, so that they can be written before the win rows, inside the window resolution's ``kgs:rowsDue``
marker covers.  The marker ``kgs:runRows kgs:version`` means "computed": it is held exactly when the store
holds a win (``civic:won``), runs or none, so a store resolved bit by bit and one resolved whole hold the
same quads and a store without runs is not recomputed whole at every resolution.

Incremental: the unit recomputed is a recipient.  Those recomputed are the changed nodes themselves, the
recipients of changed wins, and every recipient of an award whose names differ from those its held rows show
(:func:`kg.resolve.kept_rows.changed_recipients`).
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg.queries.timeline import runs
from kg.resolve.kept_rows import KeptRows, labels, recipients_reached
from kg.resolve.values import values_blocks
from kg.store.meta import KGS, META_GRAPH

__all__ = ["RUN_ROWS_VERSION", "KIND", "held_run_rows", "refresh", "run_rows", "run_rows_current"]

#: Version of the rows' shape: a store holding rows of another version (or none) gets them all recomputed.
RUN_ROWS_VERSION = "1"
MARK = URIRef(KGS["runRows"])

_PREFIXES = """PREFIX civic: <https://w3id.org/civic-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""

_YEARS = _PREFIXES + """
SELECT DISTINCT ?r ?series ?y WHERE { %(values)s ?r civic:won ?e . ?e civic:ofAward ?series ; civic:year ?y }"""

_HAS_INPUT = _PREFIXES + "ASK { ?r civic:won ?e }"

_P = {name: URIRef(KGS[name]) for name in (
    "runRowOf", "runRowAward", "runRowRecipientName", "runRowAwardName", "runRowFirstYear", "runRowLastYear",
    "runRowYears")}


def run_rows(store, recipients: Iterable[URIRef] | None = None) -> list[tuple]:
    """The bookkeeping quads of the rows of ``recipients`` (of every recipient when None): the query's runs."""
    if recipients is not None:
        recipients = {r for r in recipients if isinstance(r, URIRef)}
        if not recipients:
            return []
    years: dict[tuple, dict[int, Literal]] = defaultdict(dict)
    for values in values_blocks("r", recipients):
        for r, series, y in store.query(_YEARS % {"values": values}):
            try:
                years[(r, series)][int(y)] = y
            except (TypeError, ValueError):
                continue  # a year that is not a number makes no run
    found = [(r, series, by_year, first, last) for (r, series), by_year in years.items()
             for first, last in runs(by_year) if last > first]
    names = labels(store, {f[0] for f in found} | {f[1] for f in found})
    out: list[tuple] = []
    for r, series, by_year, first, last in found:
        for name in names.get(r, ()):
            for award in names.get(series, ()):
                node = URIRef(KGS["runRow/" + hashlib.md5(json.dumps(
                    [str(r), str(series), first, name.n3(), award.n3()]).encode()).hexdigest()])
                out += [(node, _P["runRowOf"], r, META_GRAPH), (node, _P["runRowAward"], series, META_GRAPH),
                        (node, _P["runRowRecipientName"], name, META_GRAPH),
                        (node, _P["runRowAwardName"], award, META_GRAPH),
                        (node, _P["runRowFirstYear"], by_year[first], META_GRAPH),
                        (node, _P["runRowLastYear"], by_year[last], META_GRAPH),
                        (node, _P["runRowYears"], Literal(last - first + 1, datatype=XSD.integer), META_GRAPH)]
    return out


#: what resolution and the tests call: :class:`kg.resolve.kept_rows.KeptRows`
KIND = KeptRows(mark=MARK, version=RUN_ROWS_VERSION, has_input=_HAS_INPUT, row_of=_P["runRowOf"],
                rows=run_rows, units=recipients_reached(_P["runRowOf"], _P["runRowAward"], _P["runRowAwardName"]))
run_rows_current = KIND.current
held_run_rows = KIND.held
refresh = KIND.refresh
