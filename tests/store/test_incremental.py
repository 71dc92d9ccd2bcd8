"""Incremental, atomic ingest: add, skip unchanged, replace changed, remove one, all or nothing."""

from __future__ import annotations

import pytest
from rdflib import Literal

from kg.errors import QueryError, StoreError
from kg.rdf.namespaces import CIVIC, RDFS
from kg.record import Award, City, DocumentRecord, Evidence, Official, Quote
from kg.store import open_store

HOSTILE = 'He said "}""" <script>alert(\'x\')</script> \\ back\nslash\ttab ☃ — “curly” \u202e RTL'


def record(doc_id: str, city: str = "Boston", state: str = "MA", year: int = 2011,
           content: str = "c1", quote: str = "We are proud.") -> DocumentRecord:
    return DocumentRecord(
        id=doc_id, content_hash=content, title=f"{city} wins",
        cities=[City(city, state)],
        officials=[Official("Jane Roe", "Mayor", city)],
        awards=[Award(city=city, award="Digital Cities Survey", year=year, rank=1)],
        quotes=[Quote("Jane Roe", quote, Evidence(quote, 0, len(quote)))],
    )


def labels(store, cls=CIVIC.City) -> list[str]:
    """Labels of one class over the union default graph (one row per distinct fact)."""
    rows = store.query(f"SELECT ?l WHERE {{ ?x a <{cls}> ; <{RDFS.label}> ?l }} ORDER BY ?l")
    return [str(r[0]) for r in rows]


def test_unchanged_document_is_skipped(new_store):
    st = new_store()
    assert st.add_document(record("a")) == "added"
    before = st.canonical_nquads()
    assert st.add_document(record("a")) == "unchanged"
    assert st.canonical_nquads() == before


def test_changed_document_replaces_only_its_own_graphs(new_store):
    st = new_store()
    st.add_document(record("a", "Boston", "MA"))
    st.add_document(record("b", "Denver", "CO", content="c2"))
    assert st.add_document(record("a", "Austin", "TX", content="c1-v2")) == "replaced"
    assert labels(st) == ["Austin", "Denver"]  # Boston was only in a's graph: gone everywhere
    assert st.documents() == {"a": "c1-v2", "b": "c2"}
    expected = new_store()
    expected.add_document(record("b", "Denver", "CO", content="c2"))
    expected.add_document(record("a", "Austin", "TX", content="c1-v2"))
    assert st.canonical_nquads() == expected.canonical_nquads()


def test_new_facts_from_the_same_content_replace_too(new_store):
    """An improved extractor changes the record, not the file: that is a replace, not a skip."""
    st = new_store()
    st.add_document(record("a"))
    assert st.add_document(record("a", quote="Better extraction.")) == "replaced"
    assert st.add_document(record("a"), base="https://example.org/id/") == "replaced"


def test_shared_facts_are_seen_once_and_survive_a_removal(new_store):
    st = new_store()
    st.add_document(record("a", "Boston"))
    st.add_document(record("b", "Boston", content="c2", year=2012))
    assert labels(st) == ["Boston"]  # stated by two documents, one row
    assert st.remove_document("a") is True
    assert labels(st) == ["Boston"]  # b still says it
    assert st.documents() == {"b": "c2"}
    only_b = new_store()
    only_b.add_document(record("b", "Boston", content="c2", year=2012))
    assert st.canonical_nquads() == only_b.canonical_nquads()
    assert labels(st, CIVIC.AwardEdition) == ["Digital Cities Survey 2012"]


def test_remove_everything_leaves_an_empty_store(new_store):
    st = new_store()
    st.add_document(record("a"))
    st.add_document(record("b", "Denver", "CO", content="c2"))
    assert st.remove_document("a") and st.remove_document("b")
    assert st.remove_document("a") is False
    assert len(st) == 0 and st.documents() == {}
    assert list(st.query("SELECT * WHERE { ?s ?p ?o }")) == []  # the union is empty too


def test_hostile_strings_survive_the_update_path(new_store):
    """A replace goes through SPARQL UPDATE text: quotes, braces and escapes must round-trip."""
    st = new_store()
    st.add_document(record("a"))
    assert st.add_document(record("a", content="v2", quote=HOSTILE)) == "replaced"
    fresh = new_store()
    fresh.add_document(record("a", content="v2", quote=HOSTILE))
    assert st.canonical_nquads() == fresh.canonical_nquads()
    texts = {str(r[0]) for r in st.query(f"SELECT ?t WHERE {{ ?q <{CIVIC.text}> ?t }}")}
    assert texts == {HOSTILE}


def test_a_document_that_cannot_be_mapped_changes_nothing(new_store):
    st = new_store()
    st.add_document(record("a"))
    before = st.canonical_nquads()
    bad = record("a", content="v2")
    bad.awards.append(Award(city="Boston", award="Digital Cities Survey", year="not a year"))  # type: ignore[arg-type]
    with pytest.raises(StoreError) as exc:
        st.add_document(bad)
    assert exc.value.code == "E204"
    assert st.canonical_nquads() == before
    assert st.documents() == {"a": "c1"}


def test_oxigraph_applies_an_update_request_all_or_nothing(tmp_path):
    """The guarantee replace/remove rely on: a request that fails halfway writes nothing."""
    with open_store(tmp_path / "s") as st:
        st.add_document(record("a"))
        before = st.canonical_nquads()
        with pytest.raises(QueryError):
            st.update("INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> 'o' } } ;"
                      " CREATE GRAPH <urn:x:h> ; CREATE GRAPH <urn:x:h>")
        assert st.canonical_nquads() == before


def test_read_back_literals_equal_what_was_written(new_store):
    st = new_store()
    st.add_document(record("a", quote=HOSTILE))
    assert Literal(HOSTILE) in set(st.dataset.objects(None, CIVIC.text))
