"""Quoted-people rows: ``quoted-officials``' answer kept at resolution, like the conflict rows.

Why: the query groups every quote of the store by its speaker (distinct years and documents, quotes) to keep
the people quoted in two or more years: about a thousand rows, but 4.2 s at ten million statements on a
loaded machine, all of it the engine joining every quote with its document's year and id.  The answer
changes only where a speaker's quotes, names or documents change, so resolution keeps it, one node per row
of the query in the bookkeeping graph (:data:`kg.store.meta.META_GRAPH`)::

    kgs:quoted/<md5>  kgs:quotedOf <person> ;  kgs:quotedPerson "Greg Fischer" ;  kgs:quotedYears "2015, 2016" ;
                      kgs:quotedYearCount 2 ;  kgs:quotedQuotes 3 ;  kgs:quotedDocuments "a, b" .

Set columns are written sorted (:func:`kg.queries.sets.sort_items`), so a row's bytes depend on the documents
alone.  The marker ``kgs:quotedRows kgs:version`` means "computed": it is held exactly when the store holds a
quote's speaker, rows or none, so a store resolved bit by bit and one resolved whole hold the same quads.

Incremental: the unit recomputed is a speaker (the query groups by it): the changed nodes themselves, the
speakers of changed quotes and of the quotes of changed documents, and those whose held rows name a changed
node.  :func:`refresh` runs before the win rows' refresh, inside the window ``kgs:rowsDue`` covers.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg.queries.sets import sort_items
from kg.resolve.kept_rows import KeptRows, labels
from kg.resolve.values import values_blocks
from kg.store.meta import KGS, META_GRAPH

__all__ = ["QUOTED_ROWS_VERSION", "KIND", "held_quoted_rows", "quoted_rows", "quoted_rows_current", "refresh"]

#: Version of the rows' shape: a store holding rows of another version (or none) gets them all recomputed.
QUOTED_ROWS_VERSION = "1"
MARK = URIRef(KGS["quotedRows"])
SEPARATOR = ", "

_PREFIXES = """PREFIX civic: <https://w3id.org/civic-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""

# The query's join (kg/queries/quoted-officials.rq) before grouping; %(values)s restricts ?p.
_QUOTES = _PREFIXES + """
SELECT DISTINCT ?p ?q ?year ?docId WHERE {
  %(values)s
  ?q a civic:Quote ; civic:speaker ?p ; dcterms:source ?doc .
  ?doc civic:documentYear ?year ; civic:documentId ?docId .
}"""

# The speakers a changed node stands for now: of a changed quote, of the quotes of a changed document.
_SPEAKERS_OF = _PREFIXES + """
SELECT DISTINCT ?p WHERE { %(values)s { ?n civic:speaker ?p } UNION { ?q dcterms:source ?n ; civic:speaker ?p } }"""

_HAS_INPUT = _PREFIXES + "ASK { ?q civic:speaker ?p }"

_P = {name: URIRef(KGS[name]) for name in (
    "quotedOf", "quotedPerson", "quotedYears", "quotedYearCount", "quotedQuotes", "quotedDocuments")}


def quoted_rows(store, speakers: Iterable[URIRef] | None = None) -> list[tuple]:
    """The bookkeeping quads of the rows of ``speakers`` (of every speaker when None): the query's groups."""
    if speakers is not None:
        speakers = {p for p in speakers if isinstance(p, URIRef)}
        if not speakers:
            return []
    found: dict[URIRef, list[tuple]] = defaultdict(list)
    for values in values_blocks("p", speakers):
        for p, q, year, doc_id in store.query(_QUOTES % {"values": values}):
            found[p].append((q, year, str(doc_id)))
    # the query's HAVING: two or more distinct years
    found = {p: quotes for p, quotes in found.items() if len({year for _q, year, _d in quotes}) > 1}
    # the query's MIN(?label)
    names = {p: min(str(label) for label in found_labels) for p, found_labels in labels(store, found).items()}
    out: list[tuple] = []
    for p, quotes in found.items():
        if p not in names:
            continue  # no label: the query's join gives no row
        years = {year for _q, year, _d in quotes}
        columns = {
            "quotedPerson": Literal(names[p]),
            "quotedYears": Literal(sort_items(SEPARATOR.join(sorted({str(y) for y in years})), SEPARATOR)),
            "quotedYearCount": Literal(len(years), datatype=XSD.integer),
            "quotedQuotes": Literal(len({q for q, _y, _d in quotes}), datatype=XSD.integer),
            "quotedDocuments": Literal(sort_items(SEPARATOR.join(sorted({d for _q, _y, d in quotes})), SEPARATOR)),
        }
        node = URIRef(KGS["quoted/" + hashlib.md5(str(p).encode()).hexdigest()])
        out.append((node, _P["quotedOf"], p, META_GRAPH))
        out += [(node, _P[name], value, META_GRAPH) for name, value in columns.items()]
    return out


def _changed_speakers(store, nodes: set[URIRef]) -> set[URIRef]:
    """The speakers whose rows may differ: the changed nodes, and the speakers of changed quotes and of the
    quotes of changed documents (held rows are found by their speaker, which is among the changed nodes)."""
    out = {n for n in nodes if isinstance(n, URIRef)}
    for values in values_blocks("n", out.copy()):
        out |= {p for (p,) in store.query(_SPEAKERS_OF % {"values": values})}
    return out


#: what resolution and the tests call: :class:`kg.resolve.kept_rows.KeptRows`
KIND = KeptRows(mark=MARK, version=QUOTED_ROWS_VERSION, has_input=_HAS_INPUT, row_of=_P["quotedOf"],
                rows=quoted_rows, units=_changed_speakers)
quoted_rows_current = KIND.current
held_quoted_rows = KIND.held
refresh = KIND.refresh
