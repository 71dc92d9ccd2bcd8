"""The streak rows resolution keeps (kg.resolve.streak_rows) stay what a full recomputation gives, and
``streaks`` read from them gives, in order, the rows of the query that groups the documents' streaks, after
adds, a merge, a renamed award, a replacement and removals, on every backend."""

from __future__ import annotations

from pathlib import Path

from kept_rows_check import as_text, check_kept_rows

from kg import queries
from kg.build import build_paths
from kg.record import Award, City, DocumentRecord
from kg.resolve.streak_rows import KIND, streak_rows_current

from corpus_fixture import write_corpus

JOINED = (Path(__file__).parents[1] / "queries" / "reference" / "streaks-joins.rq").read_text(encoding="utf-8")


def doc(doc_id: str, city: str, state: str | None, year: int, streak: int, award: str = "Digital Cities Survey",
        content: str = "") -> DocumentRecord:
    return DocumentRecord(id=doc_id, content_hash=content or doc_id, cities=[City(city, state)],
                          awards=[Award(city=city, award=award, year=year, streak=streak)])


def check(st) -> list[tuple[str, ...]]:
    return check_kept_rows(st, KIND, "ASK { ?w civic:streak ?s }", "streaks", JOINED)


def _streaks(rows, city: str) -> set[tuple[str, ...]]:
    return {row[1:] for row in rows if row[0] == city}


def test_streak_rows_follow_adds_a_merge_a_renamed_award_a_replacement_and_removals(new_store, tmp_path: Path) -> None:
    st = new_store()
    build_paths([write_corpus(tmp_path / "corpus", 6, seed=5)], st)
    check(st)
    st.add_document(doc("a", "Marana", "AZ", 2015, 3))
    assert _streaks(check(st), "Marana") == {("Digital Cities Survey", "3", "2013", "2015")}
    st.add_document(doc("bare", "Marana", None, 2016, 4))  # a bare name: merged into Marana, AZ
    assert _streaks(check(st), "Marana") == {("Digital Cities Survey", "4", "2013", "2016")}
    st.add_document(doc("alias", "Marana", "AZ", 2015, 2, award="Smart 50"))
    st.add_document(doc("other", "Tucson", "AZ", 2015, 2, award="Smart 50 Awards"))
    rows = check(st)
    (renamed,) = {row[0] for row in _streaks(rows, "Tucson")}  # the series' one name, as resolution picks it
    assert (renamed, "2", "2014", "2015") in _streaks(rows, "Marana")  # a row the Tucson document renamed
    st.add_document(doc("bare", "Marana", None, 2016, 2, content="v2"))  # replaced: the longer streak is a's
    assert ("Digital Cities Survey", "3", "2013", "2015") in _streaks(check(st), "Marana")
    for doc_id in ["alias", "bare", "a", *sorted(set(st.documents()) - {"other", "alias", "bare", "a"})[:2]]:
        assert st.remove_document(doc_id)
        check(st)
    st.resolve(full=True)
    check(st)


def test_a_store_without_streaks_holds_no_rows_nor_their_marker(new_store) -> None:
    st = new_store()
    st.add_document(DocumentRecord(id="a", content_hash="a", cities=[City("Marana", "AZ")],
                                   awards=[Award(city="Marana", award="Smart 50", year=2015)]))
    assert check(st) == [] and not streak_rows_current(st)
    st.add_document(doc("b", "Marana", "AZ", 2016, 2))
    assert len(check(st)) == 1 and streak_rows_current(st)
    st.remove_document("b")
    assert check(st) == [] and not streak_rows_current(st)
    assert "store#streakRow" not in st.canonical_nquads()


def test_an_older_store_without_rows_gets_them_at_its_next_resolution(new_store) -> None:
    st = new_store()
    st.add_document(doc("a", "Marana", "AZ", 2015, 3))
    st.update("DELETE WHERE { GRAPH <https://w3id.org/civic-kg/store#meta> { ?s ?p ?o } }")  # no bookkeeping
    assert not streak_rows_current(st)
    rows = as_text(st.query(queries.get("streaks").text))
    assert len(rows) == 1 and rows == as_text(st.query(JOINED))  # grouped from the statements
    st.add_document(doc("b", "Tucson", "AZ", 2012, 2))
    assert streak_rows_current(st)
    assert len(check(st)) == 2
