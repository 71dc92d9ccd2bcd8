"""The graph as the README states it, read with a few SPARQL SELECTs: wins, leaders, programs, provenance.

Why: the stored RDF is reified (one ``civic:AwardWin`` node per document and win, evidence
sentences as nodes), which is right for provenance but unreadable when drawn or tabulated.
Views and the report want plain rows (who won which edition, with rank and category; who
leads which place; which place runs which program) and, only for the facts they end up
showing, the documents and sentences behind them.  :func:`provenance` therefore takes the
fact IRIs to look up, so a focused view or one report section pays only for what it shows.

All queries are read-only and run on any :class:`kg.store.Store` (Oxigraph, rdflib, a remote
endpoint); rows come back as plain Python values.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

__all__ = ["Entity", "Win", "Lead", "Run", "Give", "Source", "Evidence", "entities", "wins", "leads", "runs",
           "gives", "documents", "provenance", "ENTITY_TYPES"]

PREFIXES = """PREFIX civic: <https://w3id.org/civic-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>
"""

#: The node types a readable view draws, most specific first (a node keeps the first that fits).
ENTITY_TYPES = ("City", "County", "State", "Person", "Program", "Organization", "Award", "AwardEdition")

_ENTITIES = PREFIXES + """
SELECT ?n ?type ?label ?usps ?population ?year WHERE {
  VALUES ?type { civic:City civic:County civic:State civic:Person civic:Program civic:Organization
                 civic:Award civic:AwardEdition }
  ?n a ?type ; rdfs:label ?label .
  OPTIONAL { ?n civic:inState/civic:uspsCode ?usps }
  OPTIONAL { ?n civic:uspsCode ?usps }
  OPTIONAL { ?n civic:population ?population }
  OPTIONAL { ?n civic:year ?year }
}"""

_WINS = PREFIXES + """
SELECT ?win ?r ?edition ?series ?year ?rank ?category ?streak ?reason ?inferred WHERE {
  ?win civic:recipient ?r ; civic:edition ?edition .
  ?edition civic:ofAward ?series .
  OPTIONAL { ?edition civic:year ?year }
  OPTIONAL { ?win civic:rank ?rank }
  OPTIONAL { ?win civic:populationCategory ?category }
  OPTIONAL { ?win civic:streak ?streak }
  OPTIONAL { ?win civic:reason ?reason }
  BIND(EXISTS { ?win a civic:InferredAwardWin } AS ?inferred)
}"""

_LEADS = PREFIXES + """
SELECT ?person ?place ?holding ?title WHERE {
  ?person civic:leads ?place .
  OPTIONAL {
    ?holding civic:holder ?person ; civic:post ?post .
    ?post org:postIn ?place ; civic:title ?title .
  }
}"""

_RUNS = PREFIXES + """
SELECT ?program ?place WHERE { ?program a civic:Program ; civic:operatedBy ?place . }"""

_GIVES = PREFIXES + """
SELECT DISTINCT ?organisation ?award WHERE { ?organisation civic:gives ?award . }"""

_DOCUMENTS = PREFIXES + """
SELECT ?doc ?id ?title ?issued ?file WHERE {
  ?doc a civic:SourceDocument ; civic:documentId ?id .
  OPTIONAL { ?doc dcterms:title ?title }
  OPTIONAL { ?doc dcterms:issued ?issued }
  OPTIONAL { ?doc civic:file ?file }
}"""

_PROVENANCE = PREFIXES + """
SELECT ?fact ?id ?sentence ?start WHERE {
  VALUES ?fact { %s }
  { ?fact dcterms:source ?doc } UNION { ?doc schema:mentions ?fact }
  ?doc civic:documentId ?id .
  OPTIONAL {
    ?fact prov:wasDerivedFrom ?ev .
    ?ev civic:sentenceText ?sentence ; dcterms:source ?doc .
    OPTIONAL { ?ev civic:startOffset ?start }
  }
}"""


@dataclass(frozen=True)
class Entity:
    """A node a person would name: a place, person, program, organisation, award or edition."""

    iri: str
    type: str
    label: str
    state: str = ""
    population: int | None = None
    year: int | None = None


@dataclass(frozen=True)
class Win:
    """One document's statement that ``recipient`` won ``edition`` (stated, or inferred from a streak)."""

    iri: str
    recipient: str
    edition: str
    award: str
    year: int | None
    rank: int | None
    category: str
    streak: int | None
    reason: str
    inferred: bool


@dataclass(frozen=True)
class Lead:
    """``person`` heads ``place`` (``civic:leads``), with the title and post holdings that say so."""

    person: str
    place: str
    titles: tuple[str, ...] = ()
    holdings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Run:
    """``place`` runs ``program`` (``civic:operatedBy`` read the other way)."""

    place: str
    program: str


@dataclass(frozen=True)
class Give:
    """``organisation`` gives ``award`` (``civic:gives``: the award's organiser)."""

    organisation: str
    award: str


@dataclass(frozen=True)
class Source:
    """A source document: its id, headline, publication date and file."""

    id: str
    iri: str
    title: str = ""
    issued: str = ""
    file: str = ""


@dataclass(frozen=True)
class Evidence:
    """Where one fact was read: a document id and, when known, the sentence (with its offset)."""

    document: str
    sentence: str = ""
    start: int | None = None


def _select(store: Any, sparql: str) -> list[dict[str, Any]]:
    """Rows of a SELECT as dicts of Python values (None for unbound)."""
    result = store.query(sparql)
    names = [str(v) for v in result.vars]
    out = []
    for row in result:
        values = {}
        for name, term in zip(names, row, strict=False):
            if term is None:
                values[name] = None
            elif hasattr(term, "toPython") and term.__class__.__name__ == "Literal":
                values[name] = term.toPython()
            else:
                values[name] = str(term)
        out.append(values)
    return out


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def entities(store: Any) -> dict[str, Entity]:
    """Every nameable node by IRI; a node with two drawn types keeps the first of :data:`ENTITY_TYPES`."""
    order = {t: i for i, t in enumerate(ENTITY_TYPES)}
    best: dict[str, Entity] = {}
    for r in _select(store, _ENTITIES):
        kind = r["type"].rsplit("#", 1)[-1]
        old = best.get(r["n"])
        if old is not None and (order[old.type], old.label) <= (order[kind], str(r["label"])):
            if not old.state and r["usps"]:
                best[r["n"]] = Entity(old.iri, old.type, old.label, str(r["usps"]), old.population, old.year)
            continue
        best[r["n"]] = Entity(r["n"], kind, str(r["label"]), str(r["usps"] or ""), _int(r["population"]),
                              _int(r["year"]))
    return best


def wins(store: Any) -> list[Win]:
    """Every win node (stated and inferred), in a stable order."""
    out = {}
    for r in _select(store, _WINS):
        out[r["win"]] = Win(r["win"], r["r"], r["edition"], r["series"], _int(r["year"]), _int(r["rank"]),
                            str(r["category"] or ""), _int(r["streak"]), str(r["reason"] or ""),
                            bool(r["inferred"]))
    return [out[k] for k in sorted(out)]


def leads(store: Any) -> list[Lead]:
    """Every ``person leads place``, with the titles and holdings that support it."""
    grouped: dict[tuple[str, str], tuple[set[str], set[str]]] = {}
    for r in _select(store, _LEADS):
        titles, holdings = grouped.setdefault((r["person"], r["place"]), (set(), set()))
        if r["title"]:
            titles.add(str(r["title"]))
        if r["holding"]:
            holdings.add(r["holding"])
    return [Lead(p, j, tuple(sorted(t)), tuple(sorted(h))) for (p, j), (t, h) in sorted(grouped.items())]


def runs(store: Any) -> list[Run]:
    """Every ``place runs program``."""
    return sorted({Run(r["place"], r["program"]) for r in _select(store, _RUNS)}, key=lambda x: (x.place, x.program))


def gives(store: Any) -> list[Give]:
    """Every ``organisation gives award``."""
    return sorted({Give(r["organisation"], r["award"]) for r in _select(store, _GIVES)},
                  key=lambda x: (x.award, x.organisation))


def documents(store: Any) -> dict[str, Source]:
    """Every source document by id."""
    out: dict[str, Source] = {}
    for r in _select(store, _DOCUMENTS):
        out[str(r["id"])] = Source(str(r["id"]), r["doc"], str(r["title"] or ""), str(r["issued"] or ""),
                                   str(r["file"] or ""))
    return dict(sorted(out.items()))


def provenance(store: Any, facts: Iterable[str], *, chunk: int = 400) -> dict[str, list[Evidence]]:
    """Documents and evidence sentences behind each of ``facts`` (wins, holdings, programs, entities).

    Sentences come first in document order; a document with no sentence for the fact is listed
    once without one.  Facts are looked up in chunks of ``chunk`` IRIs (one VALUES block each).
    """
    todo = sorted(set(facts))
    found: dict[str, dict[tuple[str, str], int | None]] = {}
    for i in range(0, len(todo), chunk):
        values = " ".join(f"<{iri}>" for iri in todo[i:i + chunk])
        for r in _select(store, _PROVENANCE % values):
            found.setdefault(r["fact"], {})[(str(r["id"]), str(r["sentence"] or ""))] = _int(r["start"])
    out: dict[str, list[Evidence]] = {}
    for fact, items in found.items():
        with_text = {doc for doc, sentence in items if sentence}
        evidence = [Evidence(doc, sentence, start) for (doc, sentence), start in items.items()
                    if sentence or doc not in with_text]
        out[fact] = sorted(evidence, key=lambda e: (e.document, e.start if e.start is not None else -1, e.sentence))
    return out
