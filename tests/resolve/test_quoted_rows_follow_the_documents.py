"""The quoted-people rows resolution keeps (kg.resolve.quoted_rows) stay what a full recomputation gives, and
``quoted-officials`` read from them gives, in order, the rows of the query that groups the documents' quotes,
after adds, a merge, a replacement and removals, on every backend."""

from __future__ import annotations

from pathlib import Path

from kept_rows_check import check_kept_rows

from kg import queries
from kg.build import build_paths
from kg.queries.sets import sort_items
from kg.record import City, DocumentRecord, Official, Quote
from kg.resolve.quoted_rows import KIND, quoted_rows_current

from corpus_fixture import write_corpus

JOINED = (Path(__file__).parents[1] / "queries" / "reference" / "quoted-officials-joins.rq").read_text(
    encoding="utf-8")


def doc(doc_id: str, date: str, speaker: str, *texts: str, content: str = "") -> DocumentRecord:
    return DocumentRecord(id=doc_id, content_hash=content or doc_id, date=date, cities=[City("Louisville", "KY")],
                          officials=[Official(speaker, "Mayor", "Louisville")],
                          quotes=[Quote(speaker, text) for text in texts])


def _text(rows) -> list[tuple[str, ...]]:
    """Rows as text, the set columns (years, documents) sorted as ``kg query`` shows them."""
    return [(str(r[0]), sort_items(str(r[1]), ", "), str(r[2]), str(r[3]), sort_items(str(r[4]), ", "))
            for r in rows]


def check(st) -> list[tuple[str, ...]]:
    return check_kept_rows(st, KIND, "ASK { ?q civic:speaker ?p }", "quoted-officials", JOINED, shown=_text)


def _person(rows, name: str) -> tuple[str, ...] | None:
    return next((row[1:] for row in rows if row[0] == name), None)


def test_quoted_rows_follow_adds_a_merge_a_replacement_and_removals(new_store, tmp_path: Path) -> None:
    st = new_store()
    build_paths([write_corpus(tmp_path / "corpus", 6, seed=5)], st)
    check(st)
    st.add_document(doc("a", "2015-11-04", "Greg Fischer", "We placed second"))
    assert _person(check(st), "Greg Fischer") is None  # one year: no row
    st.add_document(doc("b", "2016-01-10", "Greg Fischer", "We placed third", "Again"))
    assert _person(check(st), "Greg Fischer") == ("2015, 2016", "2", "3", "a, b")
    st.add_document(doc("c", "2017-03-01", "Greg Fischer", "Once more"))  # the person of a, b: merged
    assert _person(check(st), "Greg Fischer") == ("2015, 2016, 2017", "3", "4", "a, b, c")
    st.add_document(doc("b", "2015-12-01", "Greg Fischer", "Replaced", content="v2"))  # replaced: 2015 now
    rows = check(st)
    assert _person(rows, "Greg Fischer") == ("2015, 2017", "2", "3", "a, b, c")
    for doc_id in ["c", "a", *sorted(set(st.documents()) - {"a", "b", "c"})[:2]]:
        assert st.remove_document(doc_id)
        check(st)
    st.resolve(full=True)
    check(st)


def test_a_store_with_quotes_of_one_year_holds_the_marker_alone(new_store) -> None:
    st = new_store()
    st.add_document(doc("a", "2015-11-04", "Greg Fischer", "We placed second"))
    assert check(st) == [] and quoted_rows_current(st)
    st.add_document(doc("b", "2016-01-10", "Greg Fischer", "We placed third"))
    assert len(check(st)) == 1
    st.remove_document("b")
    assert check(st) == [] and quoted_rows_current(st)
    st.remove_document("a")
    assert check(st) == [] and not quoted_rows_current(st)
    assert "store#quoted" not in st.canonical_nquads()


def test_an_older_store_without_rows_gets_them_at_its_next_resolution(new_store) -> None:
    st = new_store()
    st.add_document(doc("a", "2015-11-04", "Greg Fischer", "We placed second"))
    st.add_document(doc("b", "2016-01-10", "Greg Fischer", "We placed third"))
    st.update("DELETE WHERE { GRAPH <https://w3id.org/civic-kg/store#meta> { ?s ?p ?o } }")  # no bookkeeping
    assert not quoted_rows_current(st)
    rows = _text(st.query(queries.get("quoted-officials").text))
    assert len(rows) == 1 and rows == _text(st.query(JOINED))  # grouped from the statements
    st.add_document(doc("c", "2017-01-10", "Jane Roe", "Hello"))
    assert quoted_rows_current(st)
    assert len(check(st)) == 1
