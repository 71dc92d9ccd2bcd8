"""A large first build computes its win rows, official rows and label keys in child processes beside the
other kept rows (:mod:`kg.resolve.rows_aside`): the store ends with the same quads as when the writer computes
them, with or without the compaction overlapping the rows, and a child that fails costs only the time (the
writer computes the rows itself).  Nothing is left beside the store."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

import kg.build
from kg import EXAMPLES_DIR
from kg.build import build_paths
from kg.store import open_store
from kg.store.oxigraph import OxigraphStore

SHARED_DEV = Path(__file__).resolve().parents[2].parent / "shared" / "dev" / "docs"


def sources() -> list[Path]:
    return [EXAMPLES_DIR, SHARED_DEV] if SHARED_DEV.is_dir() else [EXAMPLES_DIR]


def built(location: Path, *, aside: bool, compact_after: int = 0) -> str:
    with open_store(location) as st:
        report = build_paths(sources(), st, workers=2 if aside else 1, compact_after=compact_after)
        assert report.counts()["failed"] == 0
        return st.canonical_nquads()


@pytest.fixture
def aside_for_any_build(monkeypatch):
    """Every build with two workers computes its rows aside; what each load from a child gave, by kind."""
    from kg.resolve.rows_aside import RowsAside

    monkeypatch.setattr(kg.build, "ROWS_ASIDE_AFTER", 1)
    loads: list = []
    real = RowsAside.load

    def load(self, store, kind, mark, rows):
        loads.append((kind, real(self, store, kind, mark, rows)))
        return loads[-1][1]

    monkeypatch.setattr(RowsAside, "load", load)
    return loads


KINDS = ["official_rows", "label_keys", "win_rows"]  # in the order the writer asks for them


def test_rows_computed_aside_are_the_writers(tmp_path, aside_for_any_build, monkeypatch):
    started = []
    real = OxigraphStore.checkpoint_folder

    def counted(self):
        folder = real(self)
        started.append(folder)
        return folder

    monkeypatch.setattr(OxigraphStore, "checkpoint_folder", counted)
    alone = built(tmp_path / "alone", aside=False)
    assert not started
    beside = built(tmp_path / "aside", aside=True)
    assert len(started) == 1 and not started[0].exists()
    assert [k for k, _n in aside_for_any_build] == KINDS
    assert all(n > 0 for _k, n in aside_for_any_build)  # each loaded from its child's file
    assert beside == alone
    for predicate in ("#recipient>", "#jurisdictionName>", "#labelKey>"):  # the rows are there to compare
        assert predicate in alone
    assert sorted(p.name for p in tmp_path.iterdir()) == ["alone", "aside"]


def test_rows_computed_aside_join_an_overlapping_compaction(tmp_path, aside_for_any_build):
    alone = built(tmp_path / "alone", aside=False)
    assert built(tmp_path / "both", aside=True, compact_after=1) == alone
    assert [k for k, _n in aside_for_any_build] == KINDS and all(n > 0 for _k, n in aside_for_any_build)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["alone", "both"]


def test_a_child_that_fails_leaves_the_rows_to_the_writer(tmp_path, aside_for_any_build, monkeypatch):
    def no_checkpoint(self):  # the child finds no store to read and stops with an error
        return Path(tempfile.mkdtemp(prefix=".aside-", dir=tmp_path))

    alone = built(tmp_path / "alone", aside=False)
    monkeypatch.setattr(OxigraphStore, "checkpoint_folder", no_checkpoint)
    assert built(tmp_path / "failed", aside=True) == alone
    assert aside_for_any_build == [(kind, None) for kind in KINDS]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["alone", "failed"]
