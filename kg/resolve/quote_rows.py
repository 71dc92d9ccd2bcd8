"""Quote rows: ``quotes``' answer for every award kept at resolution, found by the award's lower-cased name.

Why: the query lists the quotes of the documents that report a win of one award: 2,127 rows for the
Digital Cities Survey at ten million statements, but 2.5-5 s, nearly all of it Oxigraph reading each
document's statements (``?q dcterms:source ?doc``, 36,000 of them for that award's 1,552 documents) to find
its quotes.  Resolution keeps the rows of every award, one node per (document, award name, quote, speaker's
name), in the bookkeeping graph (:data:`kg.store.meta.META_GRAPH`)::

    kgs:quoteRow/<md5>  kgs:quoteRowOf <document> ;  kgs:quoteRowSeries <award> ;  kgs:quoteRowBy <person> ;
                        kgs:quoteRowKey "digital cities survey", "dcs" ;
                        kgs:quoteRowAwardName "Digital Cities Survey" ;
                        kgs:quoteRowSpeaker "Greg Fischer" ;  kgs:quoteRowText "..." ;  kgs:quoteRowDocument "a" .

``kgs:quoteRowKey`` holds the lower-cased names the query's parameter matches the row by: the row's award
name, and every alias of the award (as the query's filter).  The marker ``kgs:quoteRows kgs:version`` means
"computed": held exactly when the store holds a quote (:mod:`kg.resolve.kept_rows`).

Incremental: the unit recomputed is a document (a row pairs a document's quotes with the awards it reports).
Those recomputed are the changed nodes themselves, the documents of changed wins and quotes, those with a win
quoting a changed person their held rows do not show, and every document whose held rows show an award or a
speaker whose names (an award's aliases too) differ from those rows'.  Not every document whose rows merely
name a changed award or person: one document naming a popular award made ``kg remove`` recompute the rows of
each of that award's thousand documents at 10k documents, while such a row changes only when what it shows
of the award or the person does (a merge away leaves the old node without a name, so it is found too).
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable

from rdflib import Literal, URIRef

from kg.resolve.kept_rows import KeptRows, renamed, units_naming
from kg.resolve.values import values_blocks
from kg.store.meta import KGS, META_GRAPH

__all__ = ["QUOTE_ROWS_VERSION", "KIND", "held_quote_rows", "quote_rows", "quote_rows_current", "refresh"]

#: Version of the rows' shape: a store holding rows of another version (or none) gets them all recomputed.
QUOTE_ROWS_VERSION = "1"
MARK = URIRef(KGS["quoteRows"])

_PREFIXES = """PREFIX civic: <https://w3id.org/civic-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX kgs: <https://w3id.org/civic-kg/store#>
"""

# The query's join (kg/queries/quotes.rq) for every award, as its two sides, each distinct, joined on the
# document in Python; %(values)s restricts ?doc.  Joined as one pattern, Oxigraph paired every statement citing
# a document with the document's wins (6.3 s at 10k documents, 1.6 s so), and rdflib's engine, given the two
# sides as sub-selects, took 25 times as long as with the one pattern.
_QUOTES = _PREFIXES + """
SELECT DISTINCT ?doc ?person ?speaker ?quote WHERE {
  %(values)s
  ?q a civic:Quote ; dcterms:source ?doc ; civic:speaker ?person ; civic:text ?quote .
  ?person rdfs:label ?speaker .
}"""
_REPORTED = _PREFIXES + """
SELECT DISTINCT ?doc ?series ?awardName ?document WHERE {
  %(values)s
  ?win civic:edition ?edition ; dcterms:source ?doc .
  ?edition civic:ofAward ?series .
  ?series a civic:Award ; rdfs:label ?awardName .
  ?doc civic:documentId ?document .
}"""

_NAMES = _PREFIXES + """
SELECT DISTINCT ?series ?name ?alias WHERE {
  %(values)s { ?series rdfs:label ?name } UNION { ?series skos:altLabel ?alias }
}"""

# The documents a changed node stands for now: itself, the document of a changed win or quote (not of any
# changed node: a city's statements cite each document naming it, a thousand for a large one), and a document
# with a win that quotes a changed person no held row of it shows (a person split from another by resolution
# shows again under its own node).  Not every document quoting a changed person (a mayor quoted in a thousand
# releases) nor of the wins of a changed edition: an edition's award and year are those of its name, whichever
# document states them, and awards are never merged.  (%(values)s in each branch: Oxigraph evaluates a branch
# on its own, and the third read every quote of the store.)
_DOCUMENTS_OF = _PREFIXES + f"""
SELECT DISTINCT ?doc WHERE {{
  {{ %(values)s ?n civic:documentId ?id . BIND(?n AS ?doc) }}
  UNION {{ %(values)s ?n civic:edition ?e ; dcterms:source ?doc }}
  UNION {{ %(values)s ?n a civic:Quote ; dcterms:source ?doc }}
  UNION {{ %(values)s ?q civic:speaker ?n ; dcterms:source ?doc .
          ?w dcterms:source ?doc ; civic:edition ?e .
          FILTER NOT EXISTS {{ GRAPH <{META_GRAPH}> {{ ?row kgs:quoteRowOf ?doc ; kgs:quoteRowBy ?n }} }} }}
}}"""
# (the document's wins joined, not asked for with FILTER EXISTS: the engine evaluated the EXISTS against every
# win of the store, 65 ms a removal at 10k documents; joined, 7 ms and the same documents under DISTINCT)

_HAS_INPUT = _PREFIXES + "ASK { ?q a civic:Quote }"

_P = {name: URIRef(KGS[name]) for name in (
    "quoteRowOf", "quoteRowSeries", "quoteRowBy", "quoteRowKey", "quoteRowAwardName", "quoteRowSpeaker",
    "quoteRowText", "quoteRowDocument")}


def _names(store, series: set[URIRef]) -> tuple[dict, dict]:
    """Each award's labels, and the lower-cased aliases its rows are matched by too."""
    labels: dict[URIRef, set] = defaultdict(set)
    aliases: dict[URIRef, set[str]] = defaultdict(set)
    for values in values_blocks("series", series):
        for s, name, alias in store.query(_NAMES % {"values": values}):
            if name is not None:
                labels[s].add(name)
            if alias is not None:
                aliases[s].add(str(alias).lower())
    return labels, aliases


def quote_rows(store, documents: Iterable[URIRef] | None = None) -> list[tuple]:
    """The bookkeeping quads of the rows of ``documents`` (of every document when None): the query's rows for
    every award."""
    if documents is not None:
        documents = {d for d in documents if isinstance(d, URIRef)}
        if not documents:
            return []
    found = []
    for values in values_blocks("doc", documents):
        said: dict[URIRef, list[tuple]] = defaultdict(list)
        for doc, person, speaker, quote in store.query(_QUOTES % {"values": values}):
            said[doc].append((person, speaker, quote))
        if not said:
            continue
        for doc, series, award_name, document in store.query(_REPORTED % {"values": values}):
            found += [(doc, series, award_name, person, speaker, quote, document)
                      for person, speaker, quote in said.get(doc, ())]
    _labels, aliases = _names(store, {row[1] for row in found}) if found else ({}, {})
    out: list[tuple] = []
    for doc, series, award_name, person, speaker, quote, document in found:
        node = URIRef(KGS["quoteRow/" + hashlib.md5(json.dumps(
            [str(doc), str(series), str(person), award_name.n3(), speaker.n3(), quote.n3()]).encode()).hexdigest()])
        out += [(node, _P["quoteRowOf"], doc, META_GRAPH), (node, _P["quoteRowSeries"], series, META_GRAPH),
                (node, _P["quoteRowBy"], person, META_GRAPH),
                (node, _P["quoteRowAwardName"], award_name, META_GRAPH),
                (node, _P["quoteRowSpeaker"], speaker, META_GRAPH), (node, _P["quoteRowText"], quote, META_GRAPH),
                (node, _P["quoteRowDocument"], document, META_GRAPH)]
        out += [(node, _P["quoteRowKey"], Literal(key), META_GRAPH)
                for key in {str(award_name).lower()} | aliases.get(series, set())]
    return out


def _renamed_awards(store, nodes: set[URIRef]) -> set[URIRef]:
    """The documents of every award among ``nodes`` whose names or aliases differ from those its held rows show."""
    shown_names: dict[URIRef, set] = defaultdict(set)
    shown_keys: dict[URIRef, set[str]] = defaultdict(set)
    for values in values_blocks("n", nodes):
        for s, name, key in store.query(f"""SELECT DISTINCT ?n ?name ?key WHERE {{ {values} GRAPH <{META_GRAPH}> {{
                ?row <{_P["quoteRowSeries"]}> ?n ; <{_P["quoteRowAwardName"]}> ?name ;
                     <{_P["quoteRowKey"]}> ?key }} }}"""):
            shown_names[s].add(name)
            shown_keys[s].add(str(key))
    if not shown_names:
        return set()
    labels, aliases = _names(store, set(shown_names))
    out: set[URIRef] = set()
    for s in shown_names:
        keys = {str(name).lower() for name in labels.get(s, ())} | aliases.get(s, set())
        if labels.get(s, set()) != shown_names[s] or keys != shown_keys[s]:
            out |= {d for (d,) in store.query(f"""SELECT DISTINCT ?doc WHERE {{ GRAPH <{META_GRAPH}> {{
                ?row <{_P["quoteRowSeries"]}> {s.n3()} ; <{_P["quoteRowOf"]}> ?doc }} }}""")}
            out |= {d for (d,) in store.query(_PREFIXES + f"""SELECT DISTINCT ?doc WHERE {{
                ?e civic:ofAward {s.n3()} . ?w civic:edition ?e ; dcterms:source ?doc }}""")}
    return out


def _changed_documents(store, nodes: set[URIRef]) -> set[URIRef]:
    """The documents whose rows may differ (see the module's docstring)."""
    nodes = {n for n in nodes if isinstance(n, URIRef)}
    out: set[URIRef] = set()
    for values in values_blocks("n", nodes):
        out |= {d for (d,) in store.query(_DOCUMENTS_OF % {"values": values})}
        out |= {d for (d,) in store.query(f"""SELECT DISTINCT ?doc WHERE {{ {values} GRAPH <{META_GRAPH}> {{
            ?row <{_P["quoteRowOf"]}> ?n }} BIND(?n AS ?doc) }}""")}
    speakers = renamed(store, nodes, _P["quoteRowBy"], _P["quoteRowSpeaker"])
    return out | _renamed_awards(store, nodes) | units_naming(store, speakers, _P["quoteRowBy"], _P["quoteRowOf"])


#: what resolution and the tests call: :class:`kg.resolve.kept_rows.KeptRows`
KIND = KeptRows(mark=MARK, version=QUOTE_ROWS_VERSION, has_input=_HAS_INPUT, row_of=_P["quoteRowOf"],
                rows=quote_rows, units=_changed_documents)
quote_rows_current = KIND.current
held_quote_rows = KIND.held
refresh = KIND.refresh
