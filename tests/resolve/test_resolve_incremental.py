"""Resolution stays right under add, replace and remove: always what a fresh build of the same documents gives."""

from __future__ import annotations

from rdflib import URIRef

from kg.rdf.namespaces import CIVIC, DEFAULT_BASE, RDFS
from kg.record import Award, City, DocumentRecord

ID = DEFAULT_BASE


def doc(doc_id: str, city: str, state: str | None, year: int, content: str = "") -> DocumentRecord:
    return DocumentRecord(id=doc_id, content_hash=content or doc_id, cities=[City(city, state)],
                          awards=[Award(city=city, award="Digital Cities Survey", year=year, rank=1)])


def fresh(make, *records) -> str:
    """A new store with only ``records``, each resolved as it comes; also checks that a full
    rebuild of its default graph agrees with the incremental one."""
    st = make()
    for r in records:
        st.add_document(r)
    text = st.canonical_nquads()
    st.resolve(full=True)
    assert st.canonical_nquads() == text
    return text


def cities(store, label: str) -> list[str]:
    rows = store.query(f'SELECT DISTINCT ?x WHERE {{ ?x a <{CIVIC.City}> ; <{RDFS.label}> "{label}" }}')
    return sorted(str(r[0])[len(ID):] for r in rows)


def test_removing_the_only_document_that_gives_the_state_undoes_the_merge(new_store):
    """(Boston itself gets its state from the gazetteer at mapping time; Marana is not in it.)"""
    st = new_store()
    stated, bare = doc("stated", "Marana", "AZ", 2012), doc("bare", "Marana", None, 2017)
    st.add_document(stated)
    st.add_document(bare)
    assert cities(st, "Marana") == ["city/az/marana"]
    assert st.remove_document("stated") is True
    assert cities(st, "Marana") == ["city/marana"]
    assert st.resolve().canonical == {}
    assert st.canonical_nquads() == fresh(new_store, bare)
    st.add_document(stated)  # and back
    assert cities(st, "Marana") == ["city/az/marana"]
    assert st.canonical_nquads() == fresh(new_store, bare, stated)


def test_a_new_candidate_turns_a_merge_into_a_flag_and_back(new_store):
    st = new_store()
    il, bare, co = doc("il", "Aurora", "IL", 2010), doc("bare", "Aurora", None, 2011), doc("co", "Aurora", "CO", 2009)
    st.add_document(il)
    st.add_document(bare)
    assert cities(st, "Aurora") == ["city/il/aurora"]
    st.add_document(co)
    assert cities(st, "Aurora") == ["city/aurora", "city/co/aurora", "city/il/aurora"]
    assert st.query(f"ASK {{ <{ID}city/aurora> <{CIVIC.ambiguousName}> ?n }}").askAnswer
    assert st.canonical_nquads() == fresh(new_store, co, bare, il)
    st.remove_document("co")
    assert cities(st, "Aurora") == ["city/il/aurora"]
    assert not st.query(f"ASK {{ ?x <{CIVIC.ambiguousName}> ?n }}").askAnswer
    assert st.canonical_nquads() == fresh(new_store, il, bare)
    # the bare document is corrected: it now says Colorado; nothing is stateless any more
    assert st.add_document(doc("bare", "Aurora", "CO", 2011, content="v2")) == "replaced"
    assert cities(st, "Aurora") == ["city/co/aurora", "city/il/aurora"]
    assert st.canonical_nquads() == fresh(new_store, il, doc("bare", "Aurora", "CO", 2011, content="v2"))


def test_unchanged_documents_write_nothing_and_removing_all_empties_the_store(new_store):
    st = new_store()
    st.add_document(doc("a", "Marana", "AZ", 2012))
    st.add_document(doc("b", "Marana", None, 2017))
    before = st.canonical_nquads()
    assert st.add_document(doc("b", "Marana", None, 2017)) == "unchanged"
    assert st.canonical_nquads() == before
    st.remove_document("a")
    st.remove_document("b")
    assert list(st.query("SELECT * WHERE { ?s ?p ?o }")) == []
    assert len(st) == 0 and st.resolution_graphs() == []


def test_deferred_resolution_equals_resolving_after_each_document(new_store):
    records = [doc("a", "Marana", "AZ", 2012), doc("b", "Marana", None, 2017), doc("c", "Aurora", None, 2011)]
    batch = new_store()
    for r in records:
        batch.add_document(r, resolve=False)
    res = batch.resolve()
    assert res.find(URIRef(ID + "city/marana")) == URIRef(ID + "city/az/marana")
    assert batch.canonical_nquads() == fresh(new_store, *reversed(records))
