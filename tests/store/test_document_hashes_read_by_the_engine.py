"""Oxigraph reads the documents' ids and hashes with its own API; they must equal the generic query's."""

from __future__ import annotations

from kg import EXAMPLES_DIR
from kg.build import build_paths
from kg.store import open_store
from kg.store.base import Store


def test_oxigraph_lists_the_same_documents_and_hashes_as_the_generic_query(tmp_path) -> None:
    with open_store(tmp_path / "store") as store:
        build_paths([EXAMPLES_DIR], store)
        listed = store.documents()
        assert listed == Store.documents(store)
        assert len(listed) == 2 and all(len(h) == 64 for h in listed.values())
        assert list(listed) == sorted(listed)


def test_a_document_without_a_hash_is_listed_with_an_empty_one(tmp_path) -> None:
    with open_store(tmp_path / "store") as store:
        build_paths([EXAMPLES_DIR], store)
        store.update("DELETE WHERE { GRAPH <https://w3id.org/civic-kg/store#meta> { "
                     "?d <https://w3id.org/civic-kg/store#contentHash> ?h } }")
        assert store.documents() == Store.documents(store) == dict.fromkeys(store.documents(), "")
