"""The label keys resolution keeps (kg.resolve.label_keys) stay what a full recomputation gives, and ``about``
looked up through them gives the rows of the query that compared every label, after adds, replacements,
removals, merges and relabels, on every backend."""

from __future__ import annotations

from pathlib import Path

from kg import queries
from kg.build import build_paths
from kg.record import Award, City, DocumentRecord, Official
from kg.resolve.label_keys import held_label_keys, label_keys, label_keys_current

from corpus_fixture import write_corpus

FILTERED = (Path(__file__).parents[1] / "queries" / "reference" / "about-label-filter.rq").read_text(encoding="utf-8")


def doc(doc_id: str, city: str, state: str | None, year: int = 2012, official: str = "",
        content: str = "") -> DocumentRecord:
    return DocumentRecord(id=doc_id, content_hash=content or doc_id, cities=[City(city, state)],
                          officials=[Official(official, title="Mayor", of=city)] if official else [],
                          awards=[Award(city=city, award="Digital Cities Survey", year=year)])


def _text(rows) -> list[tuple[str, ...]]:
    return sorted(tuple(str(v) for v in row) for row in rows)


def check(st, names=("Marana", "MARANA", "ed honea", "Digital Cities Survey", "no such name"), keys=True) -> int:
    if keys:
        held = _text(held_label_keys(st))
        assert held == _text(label_keys(st))
        assert label_keys_current(st) == bool(held)
    about, total = queries.get("about"), 0
    for name in names:
        values = about.values(name=name)
        rows = [tuple(map(str, r)) for r in st.query(about.text, values)]
        assert rows == [tuple(map(str, r)) for r in st.query(FILTERED, values)], name
        total += len(rows)
    return total


def test_label_keys_follow_adds_replacements_removals_and_merges(new_store, tmp_path: Path) -> None:
    st = new_store()
    build_paths([write_corpus(tmp_path / "corpus", 12, seed=5)], st)
    check(st)
    st.add_document(doc("bare", "Marana", None, official="Ed Honea"))
    assert check(st) > 0
    st.add_document(doc("stated", "Marana", "AZ"))  # merges the bare Marana into Marana, AZ
    check(st)
    st.add_document(doc("stated", "Marana", "AZ", 2013, official="Ed Honea Jr.", content="v2"))  # replaced
    check(st)
    ids = sorted(set(st.documents()) - {"stated", "bare"})
    for doc_id in ["stated", "bare", ids[0]]:
        assert st.remove_document(doc_id)
        check(st)
    st.resolve(full=True)
    check(st)


def test_a_store_without_labels_holds_no_keys_nor_their_marker(new_store) -> None:
    st = new_store()
    st.add_document(doc("a", "Marana", "AZ"))
    assert label_keys_current(st)
    st.remove_document("a")
    assert not label_keys_current(st) and "labelKey" not in st.canonical_nquads()


def test_an_older_store_without_keys_gets_them_at_its_next_resolution(new_store) -> None:
    st = new_store()
    st.add_document(doc("a", "Marana", "AZ"))
    st.update("DELETE WHERE { GRAPH <https://w3id.org/civic-kg/store#meta> { ?s ?p ?o } }")  # no bookkeeping
    assert not label_keys_current(st)
    before = check(st, keys=False)  # every label compared
    st.resolve()
    assert check(st) == before > 0
