"""``kg build --workers N``: the same store, byte for byte, as one process adding documents one by one."""

from __future__ import annotations

import pytest

from kg.build import build_paths
from kg.cli import main
from kg.extract import extract_file, iter_document_paths
from kg.store import open_store

from corpus_fixture import write_corpus


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = write_corpus(tmp_path_factory.mktemp("docs"), 60)
    (folder / "empty.txt").write_bytes(b"")  # fails in a worker: reported, the rest lands
    return folder


@pytest.fixture(scope="module")
def one_by_one(corpus) -> str:
    """The store as add_document builds it, in one process, one transaction per document."""
    with open_store(None) as st:
        for path in iter_document_paths([corpus]):
            if path.name != "empty.txt":
                st.add_document(extract_file(path), resolve=False)
        st.resolve()
        return st.canonical_nquads()


def test_two_workers_write_what_one_process_writes(corpus, one_by_one) -> None:
    errors = []
    with open_store(None) as st:
        report = build_paths([corpus], st, workers=2, batch_size=16, on_error=errors.append)
        assert report.counts() == {"added": 60, "replaced": 0, "unchanged": 0, "failed": 1}
        assert [e.code for e in errors] == ["E101"] and "empty.txt" in str(errors[0])
        assert st.canonical_nquads() == one_by_one


def test_one_worker_into_a_new_folder_writes_the_same(corpus, one_by_one, tmp_path) -> None:
    with open_store(tmp_path / "store") as st:
        build_paths([corpus], st, workers=1)
        assert st.canonical_nquads() == one_by_one


def test_cli_workers_option_builds_the_same_store(corpus, one_by_one, tmp_path, capsys) -> None:
    code = main(["build", str(corpus), "--store", str(tmp_path / "s"), "--workers", "2", "--no-progress"])
    assert code == 3  # the empty file failed, the rest landed
    assert "60 added" in capsys.readouterr().err
    with open_store(tmp_path / "s", read_only=True) as st:
        assert st.canonical_nquads() == one_by_one
