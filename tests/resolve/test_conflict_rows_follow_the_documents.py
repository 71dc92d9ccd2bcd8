"""The conflict rows resolution keeps (kg.resolve.conflict_rows) stay what a full recomputation gives, and
``conflicts`` read from them gives, in order, the rows of the query that pairs the documents' statements,
after adds, a merge, a replacement and removals, on every backend.

The stores are small on purpose: rdflib evaluates the pairing join by nested loops (minutes on a corpus of
a few dozen synthetic releases)."""

from __future__ import annotations

from pathlib import Path

from kept_rows_check import as_text, check_kept_rows

from kg import queries
from kg.build import build_paths
from kg.record import Award, City, DocumentRecord
from kg.resolve.conflict_rows import KIND, conflict_rows_current

from corpus_fixture import write_corpus

JOINED = (Path(__file__).parents[1] / "queries" / "reference" / "conflicts-joins.rq").read_text(encoding="utf-8")


def doc(doc_id: str, city: str, state: str | None, rank: int | None = None, category: str | None = None,
        year: int = 2015, award: str = "Digital Cities Survey", content: str = "") -> DocumentRecord:
    return DocumentRecord(id=doc_id, content_hash=content or doc_id, cities=[City(city, state)],
                          awards=[Award(city=city, award=award, year=year, rank=rank, category=category)])


def check(st) -> list[tuple[str, ...]]:
    return check_kept_rows(st, KIND, "ASK { { ?w civic:rank ?v } UNION { ?w civic:populationCategory ?v } }",
                           "conflicts", JOINED)


def _pairs(rows) -> set[tuple[str, ...]]:
    return {(row[0], row[2], row[3], row[4], row[5], row[6]) for row in rows}


def test_conflict_rows_follow_adds_a_merge_a_replacement_and_removals(new_store, tmp_path: Path) -> None:
    st = new_store()
    build_paths([write_corpus(tmp_path / "corpus", 6, seed=5)], st)
    check(st)
    st.add_document(doc("a", "Louisville", "KY", rank=2, category="250,000 or more"))
    assert "Louisville" not in {row[0] for row in check(st)}
    st.add_document(doc("b", "Louisville", "KY", rank=3, category="250,000 or more"))
    assert ("Louisville", "rank", "2", "a", "3", "b") in _pairs(check(st))
    st.add_document(doc("c", "Louisville", "KY", rank=2, category="125,000-249,999"))
    pairs = _pairs(check(st))
    assert {("Louisville", "rank", "2", "a", "3", "b"), ("Louisville", "rank", "3", "b", "2", "c"),
            ("Louisville", "category", "250,000 or more", "b", "125,000-249,999", "c")} <= pairs
    assert ("Louisville", "rank", "2", "a", "2", "c") not in pairs  # the same value: no conflict
    st.add_document(doc("bare", "Marana", None, rank=1, year=2017, award="Smart 50"))
    st.add_document(doc("stated", "Marana", "AZ", rank=4, year=2017, award="Smart 50"))  # merges the bare Marana
    assert ("Marana", "rank", "1", "bare", "4", "stated") in _pairs(check(st))
    st.add_document(doc("b", "Louisville", "KY", rank=2, category="250,000 or more", content="v2"))  # replaced
    pairs = _pairs(check(st))
    assert ("Louisville", "rank", "2", "a", "3", "b") not in pairs
    assert ("Louisville", "category", "250,000 or more", "b", "125,000-249,999", "c") in pairs
    for doc_id in ["stated", "c", "bare", *sorted(set(st.documents()) - {"a", "b", "c", "bare", "stated"})[:2]]:
        assert st.remove_document(doc_id)
        check(st)
    st.resolve(full=True)
    check(st)


def test_a_store_with_ranked_wins_and_no_conflict_holds_the_marker_alone(new_store) -> None:
    st = new_store()
    st.add_document(doc("a", "Marana", "AZ", rank=2))
    assert check(st) == [] and conflict_rows_current(st)
    st.add_document(doc("b", "Marana", "AZ", rank=3))
    assert len(check(st)) == 1
    st.remove_document("b")
    assert check(st) == [] and conflict_rows_current(st)
    st.remove_document("a")
    assert check(st) == [] and not conflict_rows_current(st)
    assert "store#conflict" not in st.canonical_nquads()


def test_an_older_store_without_rows_gets_them_at_its_next_resolution(new_store) -> None:
    st = new_store()
    st.add_document(doc("a", "Marana", "AZ", rank=2))
    st.add_document(doc("b", "Marana", "AZ", rank=3))
    st.update("DELETE WHERE { GRAPH <https://w3id.org/civic-kg/store#meta> { ?s ?p ?o } }")  # no bookkeeping
    assert not conflict_rows_current(st)
    rows = as_text(st.query(queries.get("conflicts").text))
    assert len(rows) == 1 and rows == as_text(st.query(JOINED))  # joined on the statements
    st.add_document(doc("c", "Tucson", "AZ", rank=1))
    assert conflict_rows_current(st)
    assert len(check(st)) == 1
