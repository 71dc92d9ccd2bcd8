"""The win rows, records and runs resolution keeps (kg.resolve.summary) stay what a full recomputation
gives, and ``wins-any-source``, ``city-record``, ``consecutive-years`` and ``timeline`` read from them give the rows of
the queries that join the documents' statements, after adds, replacements, removals and merges, on every
backend."""

from __future__ import annotations

from pathlib import Path

from kg import queries
from kg.build import build_paths
from kg.record import Award, City, DocumentRecord
from kg.resolve.summary import _held, rows_current, win_rows

from corpus_fixture import write_corpus

REFERENCE = Path(__file__).parents[1] / "queries" / "reference"
JOINED = {"wins-any-source": "wins-any-source-joins.rq", "city-record": "city-record-not-exists.rq",
          "consecutive-years": "consecutive-years-not-exists.rq"}


def doc(doc_id: str, city: str, state: str | None, year: int, rank: int = 1, content: str = "") -> DocumentRecord:
    return DocumentRecord(id=doc_id, content_hash=content or doc_id, cities=[City(city, state)],
                          awards=[Award(city=city, award="Digital Cities Survey", year=year, rank=rank)])


def check(st) -> int:
    assert rows_current(st)
    assert sorted(tuple(map(str, q)) for q in _held(st, None)) == sorted(tuple(map(str, q)) for q in win_rows(st))
    for name, reference in JOINED.items():
        new = [tuple(map(str, r)) for r in st.query(queries.get(name).text)]
        assert new == [tuple(map(str, r)) for r in st.query((REFERENCE / reference).read_text(encoding="utf-8"))], name
    timeline, old = queries.get("timeline"), (REFERENCE / "timeline-pairs-every-place.rq").read_text(encoding="utf-8")
    names = sorted({str(r[0]) for r in st.query(queries.get("wins-any-source").text)})[:4]
    for city in [*names, "MARANA", "no such place"]:
        values = timeline.values(city=city)
        assert ([tuple(map(str, r)) for r in st.query(timeline.text, values)]
                == [tuple(map(str, r)) for r in st.query(old, values)]), city
    return len(list(st.query(queries.get("wins-any-source").text)))


def test_win_rows_follow_adds_replacements_removals_and_merges(new_store, tmp_path: Path) -> None:
    st = new_store()
    build_paths([write_corpus(tmp_path / "corpus", 25, seed=5)], st)
    assert check(st) >= 20
    st.add_document(doc("bare", "Marana", None, 2017))
    before = check(st)
    st.add_document(doc("stated", "Marana", "AZ", 2012, rank=3))  # merges the bare Marana into Marana, AZ
    assert check(st) == before + 1
    st.add_document(doc("stated", "Marana", "AZ", 2013, rank=2, content="v2"))  # replaced: another year
    st.add_document(doc("other", "Marana", "AZ", 2013, rank=5))  # two ranks for one win
    assert check(st) == before + 1
    ids = sorted(st.documents())
    for doc_id in ["stated", ids[0], ids[1]]:
        assert st.remove_document(doc_id)
        check(st)
    st.resolve(full=True)
    check(st)


def test_a_store_without_wins_holds_no_rows_nor_their_marker(new_store) -> None:
    st = new_store()
    st.resolve(full=True)
    assert st.canonical_nquads() == ""
    st.add_document(doc("a", "Marana", "AZ", 2012))
    assert rows_current(st)
    st.remove_document("a")
    assert not rows_current(st)
    text = st.canonical_nquads()
    st.resolve(full=True)
    assert st.canonical_nquads() == text


def test_an_older_store_without_rows_gets_them_at_its_next_resolution(new_store) -> None:
    st = new_store()
    st.add_document(doc("a", "Marana", "AZ", 2012))
    st.update("DELETE WHERE { GRAPH <https://w3id.org/civic-kg/store#meta> { ?s ?p ?o } }")  # no bookkeeping at all
    assert not rows_current(st)
    st.resolve()
    assert check(st) == 1


def test_rows_a_stopped_process_left_behind_its_resolution_are_all_recomputed(new_store) -> None:
    from kg.resolve.apply import _resolve_store
    from kg.resolve.summary import rows_due

    st = new_store()
    st.add_document(doc("a", "Marana", "AZ", 2012))
    check(st)
    # what a process killed between resolution's transaction and the rows' one leaves: a resolved store
    # whose rows miss the last document
    st.add_document(doc("b", "Tucson", "AZ", 2013), resolve=False)
    _resolve_store(st, changed=None, pending=True)
    assert rows_due(st)
    assert "Tucson" not in {str(r[0]) for r in st.query(queries.get("wins-any-source").text)}
    assert st.pending().due  # what opening the store for writing repairs
    st._track()  # a new process: it knows nothing of what the stopped one wrote
    st.recover()
    assert not rows_due(st) and not st.pending().due
    assert check(st) == 2


def test_many_rows_go_to_the_bulk_loader_and_end_the_same(new_store, tmp_path: Path, monkeypatch) -> None:
    from kg.resolve import summary

    monkeypatch.setattr(summary, "BULK_ROWS", 7)  # a small store's rows, loaded a few quads at a time
    st = new_store()
    build_paths([write_corpus(tmp_path / "corpus", 10, seed=3)], st)
    assert not summary.rows_due(st)
    assert check(st) >= 5
    text = st.canonical_nquads()
    st.resolve(full=True)
    assert st.canonical_nquads() == text
