"""A fresh build bulk-loads its batches, each union (default-graph) triple only in the first batch that
states it, and still holds exactly the store a one-transaction-per-document build holds."""

from __future__ import annotations

import pytest

from kg.build import build_paths
from kg.store import open_store
from kg.store.oxigraph import _bulk_loads
from kg.store.prepared import prepare_document

from corpus_fixture import write_corpus


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("corpus"), 40, seed=5)


def _canonical(location) -> str:
    with open_store(location, read_only=True) as st:
        return st.canonical_nquads()


def test_a_build_in_many_bulk_batches_equals_one_in_a_single_batch(corpus, tmp_path) -> None:
    for name, batch in (("batches", 7), ("single", 1000)):
        with open_store(tmp_path / name) as st:  # a fresh store: the bulk loader
            build_paths([corpus], st, batch_size=batch)
    assert _canonical(tmp_path / "batches") == _canonical(tmp_path / "single")


def test_a_union_line_two_documents_share_is_loaded_once(corpus) -> None:
    from kg.extract import extract_file, iter_document_paths

    docs = [prepare_document(extract_file(p)) for p in iter_document_paths([corpus])]
    written: set[bytes] = set()
    every = "".join(d.nquads for d in docs).splitlines()
    loaded = "".join(_bulk_loads(docs, written)).splitlines()
    assert len(set(loaded)) == len(loaded) < len(every)  # shared city types and labels, once
    assert set(loaded) == set(every)
    assert len(written) > 0


def test_a_bulk_build_after_everything_was_removed_writes_the_union_again(corpus, tmp_path) -> None:
    with open_store(tmp_path / "s") as st:
        build_paths([corpus], st, batch_size=10)
        first = st.canonical_nquads()
        for doc_id in list(st.documents()):
            st.remove_document(doc_id, resolve=False)
        st.resolve()
        build_paths([corpus], st, batch_size=10)  # the store is empty again: bulk once more
        assert st.canonical_nquads() == first
