"""The store interface on every backend available without a server: Oxigraph on disk, in memory, rdflib."""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef

from kg.errors import QueryError, StoreError
from kg.rdf.mapping import document_graph_iri, inferred_graph_iri
from kg.rdf.namespaces import CIVIC, RDFS
from kg.record import Award, City, DocumentRecord, InferredAward, Official
from kg.store import META_GRAPH, open_store


def record(doc_id: str = "boston-2011", city: str = "Boston", state: str = "MA", year: int = 2011,
           content: str = "c1") -> DocumentRecord:
    return DocumentRecord(
        id=doc_id, content_hash=content, title=f"{city} wins",
        cities=[City(city, state)],
        officials=[Official("Jane Roe", "Mayor", city)],
        awards=[Award(city=city, award="Digital Cities Survey", year=year, rank=1, streak=2)],
        inferred_awards=[InferredAward(city=city, award="Digital Cities Survey", year=year - 1,
                                       why="second year in a row")],
    )


@pytest.fixture
def store(new_store):
    return new_store()


def test_empty_store(store):
    assert len(store) == 0
    assert store.documents() == {}
    assert list(store.query("SELECT * WHERE { ?s ?p ?o }")) == []


def test_add_query_and_count(store):
    assert store.add_document(record()) == "added"
    assert store.documents() == {"boston-2011": "c1"}
    assert len(store) > 10
    rows = store.query(f"SELECT ?l WHERE {{ ?c a <{CIVIC.City}> ; <{RDFS.label}> ?l }}")
    assert [str(r[0]) for r in rows] == ["Boston"]
    # the default graph is the union: the inferred win is visible without GRAPH
    ask = store.query(f"ASK {{ ?w a <{CIVIC.InferredAwardWin}> }}")
    assert ask.askAnswer is True
    # and named graphs still tell stated from inferred
    graphs = {str(r[0]) for r in store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}
    assert str(document_graph_iri("boston-2011")) in graphs
    assert str(inferred_graph_iri("boston-2011")) in graphs


def test_rdflib_api_on_the_dataset(store):
    store.add_document(record())
    labels = set(store.dataset.objects(None, RDFS.label))
    assert Literal("Boston") in labels
    assert any(g == document_graph_iri("boston-2011") for g in
               (getattr(c, "identifier", c) for c in store.dataset.graphs()))


def test_plain_literals_come_back_plain(store):
    store.add_document(record())
    (row,) = store.query(f"SELECT ?l WHERE {{ ?c a <{CIVIC.City}> ; <{RDFS.label}> ?l }}")
    assert row[0] == Literal("Boston")
    assert (URIRef("https://w3id.org/civic-kg/id/city/ma/boston"), RDFS.label, Literal("Boston")) \
        in store.union_graph()


def test_bad_query_is_one_line_e300(store):
    with pytest.raises(QueryError) as exc:
        store.query("SELECT WHERE {")
    assert str(exc.value).startswith("error[E300]")
    assert "\n" not in str(exc.value)


def test_bookkeeping_is_not_in_exports(store):
    store.add_document(record())
    assert all(g != META_GRAPH for *_, g in store.quads())
    assert any(g == META_GRAPH for *_, g in store.quads(include_meta=True))
    assert len(store.to_dataset()) == 0 or True  # Dataset len counts the default graph only
    assert sum(1 for _ in store.to_dataset().quads()) == len(store)


def test_backends_hold_the_same_graph(tmp_path):
    recs = [record(), record("br-2019", "Baton Rouge", "LA", 2019, "c2")]
    dumps = []
    for backend, loc in (("oxigraph", tmp_path / "a"), ("oxigraph", None), ("memory", None)):
        with open_store(loc, backend=backend) as st:
            for r in recs:
                st.add_document(r)
            dumps.append(st.canonical_nquads())
    assert dumps[0] == dumps[1] == dumps[2]
    assert dumps[0].count("\n") > 40


def test_disk_store_persists_and_read_only_refuses_writes(tmp_path):
    path = tmp_path / "store"
    with open_store(path) as st:
        st.add_document(record())
        n = len(st)
    with open_store(path, read_only=True) as st:
        assert len(st) == n
        assert st.documents() == {"boston-2011": "c1"}
        with pytest.raises(StoreError) as exc:
            st.add_document(record("other"))
        assert exc.value.code == "E202"


def test_locked_store_is_a_one_line_error(tmp_path):
    path = tmp_path / "store"
    with open_store(path):
        with pytest.raises(StoreError) as exc:
            open_store(path)
        assert exc.value.code == "E201"
        assert str(exc.value) == (f"error[E201] {path}: the store is locked by another process that writes to it "
            "(kg build, kg remove, kg resolve or kg serve --allow-update); try again when it ends")
    with open_store(path):  # released on close
        pass


def test_open_errors(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="E200"):
        open_store(tmp_path / "file")
    with pytest.raises(StoreError, match="no store here yet"):
        open_store(tmp_path / "missing", read_only=True)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("a document")
    with pytest.raises(StoreError, match="holds other files"):
        open_store(tmp_path / "docs")
    assert sorted(p.name for p in (tmp_path / "docs").iterdir()) == ["a.txt"]
    with pytest.raises(StoreError, match="unknown backend"):
        open_store(backend="nope")
    with pytest.raises(StoreError, match="http"):
        open_store("not-a-url", backend="sparql")


def test_a_new_store_folder_is_made_with_its_parents(tmp_path):
    path = tmp_path / "out" / "stores" / "civic"
    with open_store(path) as st:
        st.add_document(record())
    assert (path / "CURRENT").exists()


def test_a_reader_reopens_to_see_what_a_writer_committed(tmp_path):
    path = tmp_path / "store"
    with open_store(path) as st:
        st.add_document(record())
    reader = open_store(path, read_only=True)
    assert reader.reopened() is reader  # nothing changed: the same view
    with open_store(path) as writer:
        writer.add_document(record("chicago-2012", "Chicago", "IL", 2012))
    fresh = reader.reopened()
    assert fresh is not reader and set(fresh.documents()) == {"boston-2011", "chicago-2012"}
    assert set(reader.documents()) == {"boston-2011"}  # the old view still answers
    assert fresh.reopened() is fresh
    with open_store(None) as memory:
        assert memory.reopened() is memory
    fresh.close()
    reader.close()
