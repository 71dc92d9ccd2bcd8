"""``kg stats`` adds up counts the store keeps; they must equal counting everything, after any change."""

from __future__ import annotations

from kg import EXAMPLES_DIR
from kg.build import build_paths
from kg.store.meta import META_GRAPH
from kg.store.stats import document_count, statement_count, union_count


def _counted(store) -> tuple[int, int]:
    statements = int(next(iter(store.query(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{META_GRAPH}>) }}")))[0])
    union = int(next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))[0])
    return statements, union


def test_kept_counts_equal_full_counts_after_build_and_remove(new_store) -> None:
    store = new_store()
    build_paths([EXAMPLES_DIR], store)
    assert (statement_count(store), union_count(store)) == _counted(store)
    assert document_count(store) == 2 and len(store) == statement_count(store)
    store.remove_document("boston-2011-digital-cities")
    assert (statement_count(store), union_count(store)) == _counted(store)
    assert document_count(store) == 1


def test_a_store_without_kept_counts_is_counted(new_store) -> None:
    store = new_store()
    build_paths([EXAMPLES_DIR], store)
    store.update(f"DELETE WHERE {{ GRAPH <{META_GRAPH}> {{ ?d <https://w3id.org/civic-kg/store#statements> ?n }} }}")
    store.update(f"DELETE WHERE {{ GRAPH <{META_GRAPH}> {{ ?d <https://w3id.org/civic-kg/store#unionTriples> ?n }} }}")
    assert (statement_count(store), union_count(store)) == _counted(store)
