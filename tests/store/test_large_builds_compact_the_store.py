"""A build that wrote many documents compacts the store: the same graph, and no write-ahead log left behind.

RocksDB keeps spent write-ahead log files for reuse until it next opens (after 1,000 documents were
replaced, one of 330 MB beside 70 MB of data); compaction also drops superseded versions.
"""

from __future__ import annotations

from pathlib import Path

from kg import EXAMPLES_DIR
from kg.cli import main
from kg.store import open_store


def wal_bytes(store: Path) -> int:
    return sum(f.stat().st_size for f in store.glob("*.log"))


def nquads(store: Path) -> str:
    with open_store(store, read_only=True) as st:
        return st.canonical_nquads()


def build(store: Path, *args: str) -> int:
    return main(["build", str(EXAMPLES_DIR), "-s", str(store), "--no-progress", *args])


def test_a_build_that_wrote_enough_documents_compacts_and_leaves_no_log(tmp_path, capsys):
    for name, compact in (("plain", "0"), ("compacted", "2")):
        assert build(tmp_path / name, "--compact-after", compact) == 0
        assert build(tmp_path / name, "--compact-after", compact, "--base", "http://example.org/id/") == 0
    err = capsys.readouterr().err
    assert err.count("compacting the store (2 documents written)") == 2
    assert nquads(tmp_path / "compacted") == nquads(tmp_path / "plain")
    assert wal_bytes(tmp_path / "compacted") == 0
    assert wal_bytes(tmp_path / "plain") > 0


def test_a_build_that_wrote_fewer_documents_does_not_compact(tmp_path, capsys):
    assert build(tmp_path / "store", "--compact-after", "3") == 0
    assert build(tmp_path / "store", "--compact-after", "1") == 0  # unchanged: nothing written
    assert "compacting" not in capsys.readouterr().err


def test_compacting_keeps_the_store_usable_from_python(tmp_path):
    from kg.build import build_paths

    with open_store(tmp_path / "store") as st:
        build_paths([EXAMPLES_DIR], st)
        before = st.canonical_nquads()
        st.compact()
        assert st.canonical_nquads() == before
        assert st.remove_document("boston-2011-digital-cities")
    with open_store(backend="memory") as st:
        st.compact()  # nothing to do, but callable on every backend


def test_a_first_build_into_an_empty_store_is_not_rewritten_by_default(tmp_path, capsys, monkeypatch):
    """The bulk loader writes a first build and leaves no log: only a build into a store that held documents
    compacts unasked (a rewrite cost a fifth of a 10,000-document build); --compact-after still asks."""
    import kg.cli.build as cli_build

    monkeypatch.setattr(cli_build, "COMPACT_AFTER", 2)
    assert build(tmp_path / "default") == 0
    assert "compacting" not in capsys.readouterr().err
    assert build(tmp_path / "default", "--base", "http://example.org/id/") == 0  # both replaced
    assert "compacting the store (2 documents written)" in capsys.readouterr().err
    assert wal_bytes(tmp_path / "default") == 0
    assert build(tmp_path / "asked", "--compact-after", "2") == 0
    assert "compacting the store (2 documents written)" in capsys.readouterr().err


def test_kg_compact_rewrites_a_store_to_the_same_quads(tmp_path, capsys):
    store = tmp_path / "store"
    assert build(store) == 0
    before = nquads(store)
    capsys.readouterr()
    assert main(["compact", "-s", str(store)]) == 0
    said = capsys.readouterr().err.strip().splitlines()
    assert len(said) == 1 and said[0].startswith(f"compacted {store}: ") and " MB -> " in said[0]
    assert nquads(store) == before
    assert wal_bytes(store) == 0


def test_kg_compact_of_a_missing_store_says_so_in_one_line(tmp_path, capsys):
    assert main(["compact", "-s", str(tmp_path / "nowhere")]) == 1
    said = capsys.readouterr().err.strip().splitlines()
    assert said == [f"error[E200] {tmp_path / 'nowhere'}: cannot open the store: no store in {tmp_path / 'nowhere'}"]
    assert not (tmp_path / "nowhere").exists()
