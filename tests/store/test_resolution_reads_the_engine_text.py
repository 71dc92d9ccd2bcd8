"""Resolution reads the entities' statements and every resolution key of an Oxigraph store as the text the
engine writes (``OxigraphStore._tsv``); they must be the rdflib terms the generic queries give, term for term."""

from __future__ import annotations

import pytest

from kg.build import build_paths
from kg.resolve.facts import KIND_CLASSES, READ_PREDICATES
from kg.resolve.keys import KEY
from kg.store import open_store
from kg.store.base import Store

from corpus_fixture import write_corpus


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with open_store(tmp_path_factory.mktemp("s") / "store") as st:
        build_paths([write_corpus(tmp_path_factory.mktemp("docs"), 40)], st)
        yield st


def test_the_entities_statements_are_the_generic_querys_terms(store) -> None:
    read = store.typed_quads(KIND_CLASSES, READ_PREDICATES)
    generic = Store.typed_quads(store, KIND_CLASSES, READ_PREDICATES)
    assert len(read) > 1000 and sorted(read) == sorted(generic)
    # the same kinds of term (an xsd:string label plain, a language-tagged one tagged)
    assert {tuple(type(t) for t in q) for q in read} == {tuple(type(t) for t in q) for q in generic}
    assert sorted(map(repr, read)) == sorted(map(repr, generic))


def test_every_key_is_the_generic_querys(store) -> None:
    keys = store.keyed(everything=True, predicate=KEY)
    assert len(keys) > 100 and keys == Store.keyed(store, everything=True, predicate=KEY)
