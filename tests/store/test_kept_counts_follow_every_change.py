"""The counts ``kg stats`` reads from the bookkeeping equal counting the store, after every kind of change.

Resolution brings them up to date from the nodes each write names (:mod:`kg.store.counts`); these
sequences run on a real on-disk store with the bundled examples and the development documents.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg import EXAMPLES_DIR
from kg.build import build_paths
from kg.store import open_store
from kg.store.counts import COUNTS, counted, kept
from kg.store.meta import META_GRAPH
from kg.store.stats import awards_per_year, class_counts, statement_count, summary

from conftest import HAVE_SHARED, SHARED


def assert_kept_is_counted(store) -> None:
    counts = kept(store)
    assert counts is not None, "no counts kept"
    assert counts == counted(store)
    assert summary(store) == (class_counts(store), awards_per_year(store), statement_count(store))


def dev_docs(tmp_path: Path, n: int) -> Path:
    """A copy of the first ``n`` development documents (the tests rewrite some)."""
    if not HAVE_SHARED:
        pytest.skip(f"development data not found at {SHARED}")
    folder = tmp_path / "docs"
    folder.mkdir()
    for f in sorted((SHARED / "dev" / "docs").iterdir())[:n]:
        shutil.copy(f, folder / f.name)
    return folder


def test_counts_follow_builds_adds_replacements_and_removals(tmp_path):
    files = sorted(dev_docs(tmp_path, 22).iterdir())
    with open_store(tmp_path / "store") as store:
        build_paths([EXAMPLES_DIR], store)
        assert_kept_is_counted(store)
        build_paths(files[:12], store)  # added to a store that keeps counts
        assert_kept_is_counted(store)
        for f in files[:5]:  # replaced: new text, same document id
            f.write_text(f.read_text() + "\n\nMayor Jane Roe said Springfield, Illinois won the Digital Cities "
                         "Survey in 2019 and the Smart 50 award in 2020.\n")
        build_paths(files[:15], store)
        assert_kept_is_counted(store)
        for f in files[5:10]:
            assert store.remove_document(f.stem)
            assert_kept_is_counted(store)
        assert store.remove_document("boston-2011-digital-cities", resolve=False)
        assert store._tally is not None and store._tally.before  # followed, so counted from the nodes it names
        store.resolve()
        assert_kept_is_counted(store)
        build_paths(files, store)
        assert_kept_is_counted(store)
    with open_store(tmp_path / "store", read_only=True) as store:  # as kg stats reads them
        assert_kept_is_counted(store)


def test_a_store_that_keeps_no_counts_is_counted_then_keeps_them(tmp_path):
    docs = dev_docs(tmp_path, 10)
    with open_store(tmp_path / "store") as store:
        build_paths([EXAMPLES_DIR], store)
        expected = summary(store)
        store._apply_update(f"DELETE WHERE {{ GRAPH <{META_GRAPH}> {{ ?r <{COUNTS}> ?c }} }}")  # as written before
        assert kept(store) is None
        assert summary(store) == expected
        build_paths([docs], store)  # the next resolution counts once and keeps them
        assert_kept_is_counted(store)


def test_a_raw_update_makes_the_next_resolution_count_again(tmp_path):
    with open_store(tmp_path / "store") as store:
        build_paths([EXAMPLES_DIR], store)
        store.update("INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/x> a "
                     "<https://w3id.org/civic-kg/ontology#City> } }")
        store.resolve(full=True)
        assert_kept_is_counted(store)


def test_an_emptied_store_keeps_no_counts(tmp_path):
    with open_store(tmp_path / "store") as store:
        build_paths([EXAMPLES_DIR], store)
        for doc in list(store.documents()):
            store.remove_document(doc)
        assert kept(store) is None
        assert summary(store) == ([], [], 0)


def test_counts_lost_to_a_killed_writer_are_counted_again_by_the_next_one(tmp_path):
    """A writer killed after the resolution that dropped the counts, before their recount (or while its
    compaction copied the store), leaves a resolved store without them: the next writer counts them again."""
    with open_store(tmp_path / "store") as store:
        build_paths([EXAMPLES_DIR], store)
        clean = kept(store)
        store._apply_update(f"DELETE WHERE {{ GRAPH <{META_GRAPH}> {{ ?r <{COUNTS}> ?c }} }}")
        assert kept(store) is None
    with open_store(tmp_path / "store") as store:
        assert kept(store) == clean
        assert_kept_is_counted(store)
