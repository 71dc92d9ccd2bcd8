"""The official rows resolution keeps (kg.resolve.official_rows) stay what a full recomputation gives, and
``officials-of-winners`` read from them gives the rows of the query that joins the documents' statements,
after adds, replacements, removals, merges and renames, on every backend."""

from __future__ import annotations

from pathlib import Path

from kg import queries
from kg.build import build_paths
from kg.record import Award, City, DocumentRecord, Official
from kg.resolve.official_rows import held_official_rows, official_rows, official_rows_current

from corpus_fixture import write_corpus

JOINED = (Path(__file__).parents[1] / "queries" / "reference" / "officials-of-winners-joins.rq").read_text(
    encoding="utf-8")


def doc(doc_id: str, city: str, state: str | None, year: int | None = None, official: str = "",
        title: str = "Mayor", award: str = "Digital Cities Survey", content: str = "") -> DocumentRecord:
    return DocumentRecord(
        id=doc_id, content_hash=content or doc_id, cities=[City(city, state)],
        officials=[Official(official, title=title, of=city)] if official else [],
        awards=[Award(city=city, award=award, year=year)] if year else [])


def _text(rows) -> list[tuple[str, ...]]:
    return [tuple(str(v) for v in row) for row in rows]


def check(st) -> int:
    held = sorted(_text(held_official_rows(st)))
    assert held == sorted(_text(official_rows(st)))
    assert official_rows_current(st) == bool(held)
    rows = _text(st.query(queries.get("officials-of-winners").text))
    assert rows == _text(st.query(JOINED))
    return len(rows)


def test_official_rows_follow_adds_replacements_removals_and_merges(new_store, tmp_path: Path) -> None:
    st = new_store()
    build_paths([write_corpus(tmp_path / "corpus", 25, seed=5)], st)
    assert check(st) >= 10
    st.add_document(doc("bare", "Marana", None, 2017, official="Ed Honea"))
    before = check(st)
    st.add_document(doc("stated", "Marana", "AZ", 2012))  # merges the bare Marana into Marana, AZ
    assert check(st) == before
    st.add_document(doc("office", "Marana", "AZ", official="Jamsheed Mehta", title="Town Manager"))
    assert check(st) == before + 1  # a post of a place that won: its row without a win of its own
    st.add_document(doc("stated", "Marana", "AZ", 2013, award="Smart 50", content="v2"))  # replaced
    assert check(st) == before + 3  # each official now with both awards
    st.add_document(doc("other", "Tucson", "AZ", 2013, official="Ed Honea"))  # one name, two places
    check(st)
    ids = sorted(set(st.documents()) - {"stated", "bare", "office", "other"})
    for doc_id in ["stated", "bare", ids[0], ids[1]]:
        assert st.remove_document(doc_id)
        check(st)
    st.resolve(full=True)
    check(st)


def test_a_store_without_officials_holds_no_rows_nor_their_marker(new_store) -> None:
    st = new_store()
    st.add_document(doc("a", "Marana", "AZ", 2012))
    assert not official_rows_current(st)
    st.add_document(doc("b", "Marana", "AZ", official="Ed Honea"))
    assert check(st) == 1
    st.remove_document("b")
    assert check(st) == 0 and not official_rows_current(st)
    text = st.canonical_nquads()
    assert "store#official" not in text and "store#heldBy" not in text


def test_an_older_store_without_rows_gets_them_at_its_next_resolution(new_store) -> None:
    st = new_store()
    st.add_document(doc("a", "Marana", "AZ", 2012, official="Ed Honea"))
    st.update("DELETE WHERE { GRAPH <https://w3id.org/civic-kg/store#meta> { ?s ?p ?o } }")  # no bookkeeping
    assert not official_rows_current(st)
    assert len(list(st.query(queries.get("officials-of-winners").text))) == 1  # joined on the statements
    st.resolve()
    assert check(st) == 1


def test_many_rows_go_to_the_bulk_loader_and_end_the_same(new_store, tmp_path: Path, monkeypatch) -> None:
    from kg.resolve import official_rows

    monkeypatch.setattr(official_rows, "BULK_ROWS", 7)
    st = new_store()
    build_paths([write_corpus(tmp_path / "corpus", 10, seed=3)], st)
    assert check(st) >= 3
    text = st.canonical_nquads()
    st.update("""DELETE WHERE { GRAPH <https://w3id.org/civic-kg/store#meta> {
        ?s <https://w3id.org/civic-kg/store#officialName> ?o } }""")  # rows lost: a full resolution writes them
    st.resolve(full=True)
    assert st.canonical_nquads() == text
