"""Summary counts of a store, as plain Python data for ``kg build`` and ``kg stats``.

>>> from kg.store import open_store
>>> with open_store(backend="memory") as s:
...     class_counts(s), awards_per_year(s), distinct_triples(s)
([], [], 0)
"""

from __future__ import annotations

from kg.rdf.namespaces import CIVIC, OWL
from kg.store.base import Store
from kg.store.meta import META_GRAPH

__all__ = ["class_counts", "awards_per_year", "distinct_triples", "resolution_counts"]

_NOT_META = f"FILTER(?g != <{META_GRAPH}>)"


def class_counts(store: Store) -> list[tuple[str, int]]:
    """(class IRI, number of distinct instances), most frequent first.

    Counted in the default graph, where resolution has merged duplicates: one per entity."""
    rows = store.query("""
        SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class }
        GROUP BY ?class ORDER BY DESC(?n) ?class""")
    return [(str(r[0]), int(r[1])) for r in rows]


def awards_per_year(store: Store) -> list[tuple[int, int]]:
    """(year, number of distinct recipient-wins-edition facts, stated or inferred), by year."""
    rows = store.query(f"""
        SELECT ?year (COUNT(*) AS ?n) WHERE {{
          SELECT DISTINCT ?who ?edition ?year WHERE {{
            ?who <{CIVIC.won}> ?edition . ?edition <{CIVIC.year}> ?year }}
        }} GROUP BY ?year ORDER BY ?year""")
    out = []
    for year, n in rows:
        try:
            out.append((int(year), int(n)))
        except (TypeError, ValueError):
            continue
    return out


def distinct_triples(store: Store) -> int:
    """Distinct triples over all document graphs (a fact stated by two documents counts once)."""
    rows = store.query(f"""
        SELECT (COUNT(*) AS ?n) WHERE {{
          SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_NOT_META} }} }}""")
    return int(next(iter(rows))[0])


def resolution_counts(store: Store) -> dict[str, int]:
    """Duplicates merged (``owl:sameAs`` links) and ambiguous names flagged, from the resolution graph."""
    out = {"merged": 0, "flagged": 0}
    for g in store.resolution_graphs():
        rows = store.query(f"""
            SELECT (COUNT(DISTINCT ?d) AS ?m) (COUNT(DISTINCT ?f) AS ?a) WHERE {{ GRAPH <{g}> {{
              {{ ?d <{OWL.sameAs}> ?c }} UNION {{ ?f <{CIVIC.ambiguousName}> ?name }} }} }}""")
        m, a = next(iter(rows))
        out["merged"] += int(m)
        out["flagged"] += int(a)
    return out
