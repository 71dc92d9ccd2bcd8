"""The dev corpus (22 press releases + 2 seeds), extracted and built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

# the same location tests/conftest.py uses (importing it by name would import this file)
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
HAVE_SHARED = (SHARED / "eval" / "score.py").exists()


@pytest.fixture(scope="session")
def dev_paths():
    if not HAVE_SHARED:
        pytest.skip(f"development data not found at {SHARED}")
    return [SHARED / "dev" / "docs", SHARED / "seeds"]


@pytest.fixture(scope="session")
def dev_records(dev_paths):
    from kg.extract import extract_file, iter_document_paths

    return [extract_file(p) for p in iter_document_paths(dev_paths)]


@pytest.fixture(scope="session")
def dev_store(dev_paths, tmp_path_factory):
    """An on-disk Oxigraph store built from the dev corpus with ``build_paths`` (read it, do not write)."""
    from kg.build import build_paths
    from kg.store import open_store

    store = open_store(tmp_path_factory.mktemp("dev") / "store")
    report = build_paths(dev_paths, store)
    assert report.counts()["failed"] == 0
    yield store
    store.close()
