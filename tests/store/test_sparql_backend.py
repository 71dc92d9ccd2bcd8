"""The ``sparql`` backend against a real SPARQL 1.1 endpoint: the project's own ``kg.server``."""

from __future__ import annotations

import pytest

from kg.errors import QueryError, StoreError
from kg.rdf.namespaces import CIVIC, RDFS
from kg.record import City, DocumentRecord
from kg.store import open_store

server_module = pytest.importorskip("kg.server", reason="kg.server is not importable")


def record(doc_id: str, city: str, state: str, content: str, title: str = "Wins") -> DocumentRecord:
    return DocumentRecord(id=doc_id, content_hash=content, title=title, cities=[City(city, state)])


@pytest.fixture
def endpoint():
    """An in-memory Oxigraph store served over HTTP on a free port, updates allowed."""
    backing = open_store(None)
    server = server_module.make_server(backing, port=0, allow_update=True)
    server.start()
    try:
        yield server, backing
    finally:
        server.stop()
        backing.close()


def test_remote_store_adds_replaces_removes(endpoint):
    server, backing = endpoint
    with open_store(server.url, backend="sparql") as remote:
        assert remote.add_document(record("a", "Boston", "MA", "c1")) == "added"
        assert remote.add_document(record("a", "Boston", "MA", "c1")) == "unchanged"
        assert remote.add_document(record("b", "Denver", "CO", "c2")) == "added"
        assert remote.add_document(record("a", "Austin", "TX", "c1-v2", 'Say "}""" \\ ☃')) == "replaced"
        assert remote.documents() == {"a": "c1-v2", "b": "c2"}
        rows = remote.query(f"SELECT ?l WHERE {{ ?c a <{CIVIC.City}> ; <{RDFS.label}> ?l }} ORDER BY ?l")
        assert [str(r[0]) for r in rows] == ["Austin", "Denver"]
        assert remote.remove_document("b") is True
        reference = open_store(backend="memory")
        reference.add_document(record("a", "Austin", "TX", "c1-v2", 'Say "}""" \\ ☃'))
        assert remote.canonical_nquads() == reference.canonical_nquads() == backing.canonical_nquads()
        with pytest.raises(QueryError) as exc:
            remote.query("SELECT nope")
        assert exc.value.code == "E300"
    with open_store(server.url, backend="sparql", read_only=True) as ro:
        assert ro.documents() == {"a": "c1-v2"} and len(ro) == len(backing)
        with pytest.raises(StoreError):
            ro.remove_document("a")


def test_cli_queries_a_remote_store(endpoint, capsys):
    from kg.cli import main

    server, backing = endpoint
    backing.add_document(record("a", "Boston", "MA", "c1"))
    assert main(["query", "SELECT ?l WHERE { ?c a civic:City ; rdfs:label ?l }", "-s", server.url]) == 0
    assert "Boston" in capsys.readouterr().out


def test_a_build_into_an_endpoint_writes_what_a_local_build_writes(endpoint, tmp_path):
    """Batches reach a remote store too (one update request per new document)."""
    from kg.build import build_paths

    from corpus_fixture import write_corpus

    server, backing = endpoint
    docs = write_corpus(tmp_path / "docs", 40)
    with open_store(server.url, backend="sparql") as remote:
        report = build_paths([docs], remote, batch_size=40)
        assert report.counts()["added"] == 40 and not report.errors
    with open_store(None) as local:
        build_paths([docs], local)
        assert backing.canonical_nquads() == local.canonical_nquads()
