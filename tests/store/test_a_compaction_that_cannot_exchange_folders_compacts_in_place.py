"""Where folders cannot be exchanged in one step (a filesystem without ``renameat2``), a build's compaction
still ends with the rows it computed beside it: they are written into the store, which is compacted in place.

The exchange is the one thing replaced here (such a filesystem is not at hand): ``exchange`` answers that the
system cannot, as :func:`kg.store.compaction.exchange` does there.
"""

from __future__ import annotations

from kg import EXAMPLES_DIR
from kg.build import build_paths
from kg.store import compaction, open_store


def test_rows_land_in_the_store_when_the_copy_cannot_take_its_place(tmp_path, monkeypatch):
    with open_store(tmp_path / "plain") as store:
        build_paths([EXAMPLES_DIR], store)
        expected = store.canonical_nquads()
    monkeypatch.setattr(compaction, "exchange", lambda a, b: False)
    with open_store(tmp_path / "store") as store:
        report = build_paths([EXAMPLES_DIR], store, compact_after=1)
        assert report.compacted
        assert store.canonical_nquads() == expected
        assert not store.pending().due
    assert not sorted(tmp_path.glob(".store.compact-*"))
    with open_store(tmp_path / "store", read_only=True) as store:
        assert store.canonical_nquads() == expected
