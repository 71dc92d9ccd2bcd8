"""The run rows resolution keeps (kg.resolve.run_rows) stay what a full recomputation gives, and
``consecutive-years`` read from them gives, in order, the rows of the query that finds the runs from the
documents' statements, after adds, a merge, a renamed award, a replacement and removals, on every backend."""

from __future__ import annotations

from pathlib import Path

from kept_rows_check import as_text, check_kept_rows

from kg import queries
from kg.build import build_paths
from kg.record import Award, City, DocumentRecord
from kg.resolve.run_rows import KIND, run_rows_current

from corpus_fixture import write_corpus

JOINED = (Path(__file__).parents[1] / "queries" / "reference" / "consecutive-years-joins.rq").read_text(
    encoding="utf-8")


def doc(doc_id: str, city: str, state: str | None, *years: int, award: str = "Digital Cities Survey",
        content: str = "") -> DocumentRecord:
    return DocumentRecord(id=doc_id, content_hash=content or doc_id, cities=[City(city, state)],
                          awards=[Award(city=city, award=award, year=y) for y in years])


def check(st) -> list[tuple[str, ...]]:
    return check_kept_rows(st, KIND, "ASK { ?r civic:won ?e }", "consecutive-years", JOINED)


def _runs(rows, city: str) -> set[tuple[str, ...]]:
    return {(row[1], row[2], row[3], row[4]) for row in rows if row[0] == city}


def test_run_rows_follow_adds_a_merge_a_renamed_award_a_replacement_and_removals(new_store, tmp_path: Path) -> None:
    st = new_store()
    build_paths([write_corpus(tmp_path / "corpus", 6, seed=5)], st)
    check(st)
    st.add_document(doc("a", "Marana", "AZ", 2010, 2011))
    assert _runs(check(st), "Marana") == {("Digital Cities Survey", "2010", "2011", "2")}
    st.add_document(doc("bare", "Marana", None, 2012))  # a bare name: merged into Marana, AZ
    assert _runs(check(st), "Marana") == {("Digital Cities Survey", "2010", "2012", "3")}
    st.add_document(doc("alias", "Marana", "AZ", 2014, 2015, award="Smart 50"))
    st.add_document(doc("other", "Tucson", "AZ", 2014, 2015, award="Smart 50 Awards"))
    rows = check(st)
    (renamed,) = {row[0] for row in _runs(rows, "Tucson")}  # the series' one name, as resolution picks it
    assert (renamed, "2014", "2015", "2") in _runs(rows, "Marana")  # a row the Tucson document renamed
    st.add_document(doc("a", "Marana", "AZ", 2009, content="v2"))  # replaced: 2009 then 2012 alone
    assert _runs(check(st), "Marana") == {(renamed, "2014", "2015", "2")}
    for doc_id in ["alias", "bare", "a", *sorted(set(st.documents()) - {"other", "alias", "bare", "a"})[:2]]:
        assert st.remove_document(doc_id)
        check(st)
    st.resolve(full=True)
    check(st)


def test_a_store_with_wins_and_no_run_holds_the_marker_alone(new_store) -> None:
    st = new_store()
    st.add_document(doc("a", "Marana", "AZ", 2010))
    assert check(st) == [] and run_rows_current(st)
    st.add_document(doc("b", "Marana", "AZ", 2011))
    assert len(check(st)) == 1
    st.remove_document("b")
    assert check(st) == [] and run_rows_current(st)
    st.remove_document("a")
    assert check(st) == [] and not run_rows_current(st)
    assert "store#runRow" not in st.canonical_nquads()


def test_an_older_store_without_rows_gets_them_at_its_next_resolution(new_store) -> None:
    st = new_store()
    st.add_document(doc("a", "Marana", "AZ", 2010, 2011))
    st.update("DELETE WHERE { GRAPH <https://w3id.org/civic-kg/store#meta> { ?s ?p ?o } }")  # no bookkeeping
    assert not run_rows_current(st)
    rows = as_text(st.query(queries.get("consecutive-years").text))
    assert len(rows) == 1 and rows == as_text(st.query(JOINED))  # found from the statements
    st.add_document(doc("b", "Tucson", "AZ", 2012))
    assert run_rows_current(st)
    assert len(check(st)) == 1
