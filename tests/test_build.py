"""kg.build: documents -> store, incremental and reproducible."""

from __future__ import annotations

import shutil

import pytest

from kg import EXAMPLES_DIR
from kg.build import build_paths
from kg.store import open_store

from conftest import HAVE_SHARED, SHARED


def test_building_twice_gives_the_byte_identical_graph(tmp_path):
    """Sorted N-Quads (bookkeeping included) of two independent builds, and of a rebuild, are equal."""
    dumps = []
    for name in ("one", "two"):
        with open_store(tmp_path / name) as st:
            report = build_paths([EXAMPLES_DIR], st)
            assert report.counts() == {"added": 2, "replaced": 0, "unchanged": 0, "failed": 0}
            dumps.append(st.canonical_nquads().encode("utf-8"))
    with open_store(tmp_path / "one") as st:
        again = build_paths([EXAMPLES_DIR], st)
        assert again.counts()["unchanged"] == 2
        dumps.append(st.canonical_nquads().encode("utf-8"))
    assert dumps[0] == dumps[1] == dumps[2]
    assert dumps[0].count(b"\n") > 50


def test_a_changed_file_is_replaced_and_the_others_are_untouched(tmp_path):
    docs = tmp_path / "docs"
    shutil.copytree(EXAMPLES_DIR, docs)
    boston = docs / "boston-2011-digital-cities.txt"
    with open_store(tmp_path / "s") as st:
        build_paths([docs], st)
        hashes = st.documents()
        boston.write_text(boston.read_text(encoding="utf-8") + "\nBoston Mayor Thomas Menino said more.\n",
                          encoding="utf-8")
        report = build_paths([docs], st)
        assert report.status == {"baton-rouge-2019-digital-cities": "unchanged",
                                 "boston-2011-digital-cities": "replaced"}
        after = st.documents()
    assert after["baton-rouge-2019-digital-cities"] == hashes["baton-rouge-2019-digital-cities"]
    assert after["boston-2011-digital-cities"] != hashes["boston-2011-digital-cities"]


def test_bad_files_are_reported_and_the_rest_lands(tmp_path):
    docs = tmp_path / "docs"
    shutil.copytree(EXAMPLES_DIR, docs)
    (docs / "empty.txt").write_bytes(b"")
    errors = []
    with open_store(backend="memory") as st:
        report = build_paths([docs, tmp_path / "missing.txt"], st, on_error=errors.append)
        assert sorted(st.documents()) == ["baton-rouge-2019-digital-cities", "boston-2011-digital-cities"]
    assert sorted(e.code for e in errors) == ["E101", "E106"]
    assert report.counts()["failed"] == 2 and report.landed == 2


@pytest.mark.shared
@pytest.mark.skipif(not HAVE_SHARED, reason=f"development documents not found at {SHARED}")
def test_the_dev_documents_build_and_rebuild_unchanged(tmp_path):
    docs = SHARED / "dev" / "docs"
    with open_store(tmp_path / "s") as st:
        first = build_paths([docs], st)
        assert first.counts()["failed"] == 0 and first.counts()["added"] == len(list(docs.glob("*.txt")))
        assert build_paths([docs], st).counts()["unchanged"] == first.counts()["added"]
