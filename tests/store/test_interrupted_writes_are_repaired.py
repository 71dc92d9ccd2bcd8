"""A writer stopped between its documents and their resolution leaves a marker; the next writer repairs.

The kill itself is in ``tests/test_survives_kill.py``; here each state a kill can
leave is made on purpose (documents written without resolving, a bulk load cut
short) and the next open for writing, or the next ``kg build`` of an unchanged
folder, must give the store a clean build gives.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.cli import main
from kg.errors import StoreError
from kg.rdf.namespaces import CIVIC, DEFAULT_BASE, RDFS
from kg.record import Award, City, DocumentRecord
from kg.store import open_store
from kg.store.fingerprint import extractor_fingerprint
from kg.store.oxigraph import open_oxigraph
from kg.store.pending import STALE, loading_quads
from kg.store.prepared import prepare_document


def doc(doc_id: str, city: str, state: str | None, year: int) -> DocumentRecord:
    return DocumentRecord(id=doc_id, content_hash=doc_id, cities=[City(city, state)],
                          awards=[Award(city=city, award="Digital Cities Survey", year=year, rank=1)])


STATED, BARE = doc("stated", "Marana", "AZ", 2012), doc("bare", "Marana", None, 2017)


def marana_nodes(store) -> list[str]:
    rows = store.query(f'SELECT DISTINCT ?x WHERE {{ ?x a <{CIVIC.City}> ; <{RDFS.label}> "Marana" }}')
    return sorted(str(r[0])[len(DEFAULT_BASE):] for r in rows)


def clean(folder: Path, *records: DocumentRecord) -> str:
    with open_store(folder) as st:
        for r in records:
            st.add_document(r)
        return st.canonical_nquads()


def test_every_document_write_marks_resolution_due_and_resolving_clears_it(new_store):
    st = new_store()
    assert not st.pending().due
    st.add_document(STATED, resolve=False)
    assert st.pending().stale
    st.resolve()
    assert not st.pending().due
    st.remove_document("stated", resolve=False)
    assert st.pending().stale
    st.resolve()
    assert not st.pending().due and STALE[:3] not in set(st.dataset.quads((None, None, None, None)))


def test_documents_written_without_resolution_are_resolved_when_the_store_is_next_opened(tmp_path):
    with open_oxigraph(tmp_path / "cut") as st:  # as a kill right after the documents' transaction leaves it
        st.add_document(STATED, resolve=False)
        st.add_document(BARE, resolve=False)
    with open_store(tmp_path / "cut", read_only=True) as st:  # readers do not repair
        assert st.pending().stale and marana_nodes(st) == ["city/az/marana", "city/marana"]
    with open_store(tmp_path / "cut") as st:
        assert st.recovered is not None and st.recovered.summary()["merged"] == 1
        assert not st.pending().due
        assert marana_nodes(st) == ["city/az/marana"]
        repaired = st.canonical_nquads()
    assert repaired == clean(tmp_path / "clean", STATED, BARE)


def test_kg_build_of_an_unchanged_folder_repairs_and_says_so(tmp_path, capsys):
    from kg import EXAMPLES_DIR

    store = tmp_path / "store"
    assert main(["build", str(EXAMPLES_DIR), "-s", str(store), "--no-progress"]) == 0
    expected = _nquads(store)
    with open_oxigraph(store) as st:  # the resolution a kill would not have written
        st.update(f"DELETE WHERE {{ GRAPH <{DEFAULT_BASE}graph/resolution> {{ ?s ?p ?o }} }}")
        st.update(f"INSERT DATA {{ GRAPH <{STALE[3]}> {{ <{STALE[0]}> <{STALE[1]}> true }} }}")
    capsys.readouterr()
    assert main(["build", str(EXAMPLES_DIR), "-s", str(store), "--no-progress"]) == 0
    err = capsys.readouterr().err
    assert "documents: 0 added, 0 replaced, 2 unchanged, 0 failed" in err
    assert "repaired: the last write to this store stopped before entity resolution" in err
    assert _nquads(store) == expected


def test_a_bulk_load_cut_short_drops_its_documents_whole(tmp_path):
    """The bulk loader is not transactional: a kill may leave part of a batch.  The batch's
    documents are dropped with their share of the default graph, and built again by the next build."""
    stamp = extractor_fingerprint()
    first, second = prepare_document(STATED, extractor=stamp), prepare_document(BARE, extractor=stamp)
    with open_oxigraph(tmp_path / "cut") as st:
        st.add_prepared([first], bulk=True)
        st.resolve()
        marks = loading_quads([*second.entry.graphs, f"https://w3id.org/civic-kg/store#doc/{BARE.id}"])
        st.dataset.addN(marks)
        lines = second.nquads.splitlines(keepends=True)
        st.ox.bulk_load("".join(lines[: len(lines) // 2]).encode(), format=ox.RdfFormat.N_QUADS)
    with open_store(tmp_path / "cut", read_only=True) as st:
        assert st.pending().loading
    with open_store(tmp_path / "cut") as st:
        assert st.recovered is not None and not st.pending().due
        assert sorted(st.documents()) == ["stated"]
        assert st.canonical_nquads() == clean(tmp_path / "clean", STATED)
        assert st.add_prepared([second]) == ["added"]
        st.resolve()
        assert st.canonical_nquads() == clean(tmp_path / "both", STATED, BARE)


def _nquads(store: Path) -> str:
    with open_store(store, read_only=True) as st:
        return st.canonical_nquads()


def test_a_new_store_appears_whole_or_not_at_all(tmp_path):
    """Creation happens beside the folder and is renamed into place: no half-created store to trip on."""
    with open_store(tmp_path / "new" / "store") as st:
        st.add_document(STATED)
    assert sorted(p.name for p in (tmp_path / "new").iterdir()) == ["store"]
    (tmp_path / "empty").mkdir()  # an empty folder is taken over too
    with open_store(tmp_path / "empty"):
        pass
    assert (tmp_path / "empty" / "CURRENT").exists()


def test_a_damaged_store_is_one_line_not_a_traceback(tmp_path):
    with open_store(tmp_path / "store"):
        pass
    (tmp_path / "store" / "CURRENT").write_text("MANIFEST-999999\n")
    for read_only in (True, False):
        with pytest.raises(StoreError) as exc:
            open_store(tmp_path / "store", read_only=read_only)
        assert exc.value.code == "E200" and "\n" not in str(exc.value)
