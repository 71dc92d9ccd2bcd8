"""The award rows resolution keeps (kg.resolve.award_rows) stay what a full recomputation gives, and
``awards`` read from them gives the rows of the query that joins the documents' statements, after adds,
a merge, a replacement and removals, on every backend."""

from __future__ import annotations

from pathlib import Path

from kg import queries
from kg.build import build_paths
from kg.record import Award, City, DocumentRecord
from kg.resolve.award_rows import award_rows, award_rows_current, held_award_rows

from corpus_fixture import write_corpus

JOINED = (Path(__file__).parents[1] / "queries" / "reference" / "awards-joins.rq").read_text(encoding="utf-8")


def doc(doc_id: str, city: str, state: str | None, year: int | None = None,
        award: str = "Digital Cities Survey", content: str = "") -> DocumentRecord:
    return DocumentRecord(id=doc_id, content_hash=content or doc_id, cities=[City(city, state)],
                          awards=[Award(city=city, award=award, year=year)] if year else [])


def _text(rows) -> list[tuple[str, ...]]:
    return [tuple(str(v) for v in row) for row in rows]


def check(st) -> list[tuple[str, ...]]:
    held = sorted(_text(held_award_rows(st)))
    assert held == sorted(_text(award_rows(st)))
    assert award_rows_current(st) == bool(held)
    rows = _text(st.query(queries.get("awards").text))
    assert rows == _text(st.query(JOINED))
    return rows


def _recipients(rows, award: str) -> int:
    return sum(int(row[3]) for row in rows if row[0] == award)


def test_award_rows_follow_adds_a_merge_a_replacement_and_removals(new_store, tmp_path: Path) -> None:
    st = new_store()
    build_paths([write_corpus(tmp_path / "corpus", 25, seed=5)], st)
    assert len(check(st)) >= 3
    st.add_document(doc("bare", "Marana", None, 2017, award="Smart 50"))
    before = _recipients(check(st), "Smart 50")
    st.add_document(doc("stated", "Marana", "AZ", 2012, award="Smart 50"))  # merges the bare Marana into it
    assert _recipients(check(st), "Smart 50") == before
    st.add_document(doc("stated", "Marana", "AZ", 2013, award="Planet Earth Award", content="v2"))  # replaced
    rows = check(st)
    assert _recipients(rows, "Planet Earth Award") == 1
    ids = sorted(set(st.documents()) - {"stated", "bare"})
    for doc_id in ["stated", "bare", ids[0], ids[1]]:
        assert st.remove_document(doc_id)
        check(st)
    assert _recipients(check(st), "Planet Earth Award") == 0
    st.resolve(full=True)
    check(st)


def test_a_store_without_wins_holds_no_rows_nor_their_marker(new_store) -> None:
    st = new_store()
    st.add_document(doc("a", "Marana", "AZ", 2012))
    assert award_rows_current(st) and len(check(st)) == 1
    st.remove_document("a")
    assert check(st) == [] and not award_rows_current(st)
    assert "store#awardRow" not in st.canonical_nquads()


def test_an_older_store_without_rows_gets_them_at_its_next_resolution(new_store) -> None:
    st = new_store()
    st.add_document(doc("a", "Marana", "AZ", 2012))
    st.update("DELETE WHERE { GRAPH <https://w3id.org/civic-kg/store#meta> { ?s ?p ?o } }")  # no bookkeeping
    assert not award_rows_current(st)
    rows = _text(st.query(queries.get("awards").text))
    assert len(rows) == 1 and rows == _text(st.query(JOINED))  # joined on the statements
    st.add_document(doc("b", "Tucson", "AZ", 2012))
    assert award_rows_current(st)
    assert check(st)[0][3] == "2"
