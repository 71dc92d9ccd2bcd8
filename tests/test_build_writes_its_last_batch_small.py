"""A build with workers writes a batch early once it holds as many documents as are still to come, so the
batch written after the last extraction is small; the store is the same as one process writes."""

from __future__ import annotations

import kg.build
from kg.build import build_paths
from kg.store import open_store

from corpus_fixture import write_corpus


def _batches(monkeypatch, store, folder, workers: int) -> list[int]:
    sizes: list[int] = []
    add = store.add_prepared

    def recording(docs, *args, **kwargs):
        sizes.append(len(docs))
        return add(docs, *args, **kwargs)

    monkeypatch.setattr(store, "add_prepared", recording)
    build_paths([folder], store, workers=workers, batch_size=1000)
    return sizes


def test_the_batches_halve_towards_the_end_and_the_store_is_the_same(monkeypatch, tmp_path) -> None:
    folder = write_corpus(tmp_path / "docs", 60)
    monkeypatch.setattr(kg.build, "TAPER_MIN", 4)
    with open_store(None) as one, open_store(None) as two:
        assert _batches(monkeypatch, one, folder, workers=1) == [60]  # one process: one batch, as asked
        sizes = _batches(monkeypatch, two, folder, workers=2)
        assert sum(sizes) == 60 and sizes[0] == 30  # written when as many are still to come
        assert sizes[:-1] == sorted(sizes[:-1], reverse=True) and sizes[-1] <= 4
        assert two.canonical_nquads() == one.canonical_nquads()


def test_no_early_batch_below_the_least_worth_writing(monkeypatch, tmp_path) -> None:
    folder = write_corpus(tmp_path / "docs", 30)
    with open_store(None) as store:
        assert _batches(monkeypatch, store, folder, workers=2) == [30]  # TAPER_MIN is 64
