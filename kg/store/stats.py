"""Summary counts of a store, as plain Python data for ``kg build`` and ``kg stats``.

>>> from kg.store import open_store
>>> with open_store(backend="memory") as s:
...     class_counts(s), awards_per_year(s), distinct_triples(s), statement_count(s), document_count(s)
([], [], 0, 0, 0)

Why counts kept in the bookkeeping: counting a store of ten million statements
takes seconds even inside the engine, while the counts resolution keeps
(:mod:`kg.store.counts`: entities per class, awards per year, the documents'
statements) and the union's size are a few numbers to read.
"""

from __future__ import annotations

from kg.rdf.namespaces import CIVIC, OWL
from kg.store.base import Store
from kg.store.meta import KGS, META_GRAPH

__all__ = ["summary", "class_counts", "awards_per_year", "distinct_triples", "resolution_counts", "statement_count",
           "document_count", "union_count"]

_NOT_META = f"FILTER(?g != <{META_GRAPH}>)"


def summary(store: Store) -> tuple[list[tuple[str, int]], list[tuple[int, int]], int]:
    """:func:`class_counts`, :func:`awards_per_year` and :func:`statement_count`, read from the counts the
    bookkeeping keeps (:mod:`kg.store.counts`) when it keeps them, else counted."""
    from kg.store.counts import kept

    counts = kept(store)
    if counts is None or counts.statements is None:
        return class_counts(store), awards_per_year(store), statement_count(store)
    return counts.class_rows(), counts.year_rows(), counts.statements + _resolution_statements(store)


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


def document_count(store: Store) -> int:
    """Documents in the store, counted in the bookkeeping."""
    rows = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{META_GRAPH}> {{ ?d <{KGS.documentId}> ?id }} }}")
    return int(next(iter(rows))[0])


def statement_count(store: Store) -> int:
    """``len(store)`` from the counts the bookkeeping keeps (:mod:`kg.store.counts`, one lookup), else from
    the per-document counts it keeps, plus the resolution graph.

    Why the kept total first: adding up 10,000 documents' counts took 0.2 s of ``kg remove``'s closing line.
    Stores written before the counts were kept are counted in full."""
    from kg.store.counts import kept

    counts = kept(store)
    if counts is not None and counts.statements is not None:
        return counts.statements + _resolution_statements(store)
    row = next(iter(store.query(f"""SELECT (SUM(?n) AS ?total) (COUNT(?d) AS ?docs) (COUNT(?n) AS ?counted)
        WHERE {{ GRAPH <{META_GRAPH}> {{ ?d <{KGS.documentId}> ?id OPTIONAL {{ ?d <{KGS.statements}> ?n }} }} }}""")))
    total, docs, counted = (int(v) if v is not None else 0 for v in row)
    if docs != counted:
        return len(store)
    return total + _resolution_statements(store)


def _resolution_statements(store: Store) -> int:
    return sum(int(next(iter(store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}")))[0])
               for g in store.resolution_graphs())


def union_count(store: Store) -> int:
    """Triples in the default graph, which queries see: the union of the documents, duplicates merged.

    Read from the bookkeeping when the last resolution recorded it, else counted."""
    rows = list(store.query(f"SELECT ?n WHERE {{ GRAPH <{META_GRAPH}> {{ ?r <{KGS.unionTriples}> ?n }} }}"))
    if rows:
        return int(rows[0][0])
    return int(next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))[0])
