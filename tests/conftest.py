"""Shared test fixtures: where the development data lives, and the bundled examples."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
HAVE_SHARED = (SHARED / "eval" / "score.py").exists()

needs_shared = pytest.mark.skipif(
    not HAVE_SHARED, reason=f"development data not found at {SHARED} (CI always has it)"
)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not HAVE_SHARED:
        pytest.skip(f"development data not found at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def dev_gold(shared_dir: Path) -> list[dict]:
    """The development set's gold records."""
    return json.loads((shared_dir / "dev" / "gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def dev_records(shared_dir: Path, dev_gold: list[dict]) -> dict:
    """Every development document extracted once per session, by id: the per-field tests share them."""
    from kg.extract import extract_file

    return {g["id"]: extract_file(shared_dir / "dev" / "docs" / f"{g['id']}.txt") for g in dev_gold}


#: The store backends that run on one machine; every store test runs on each.
STORE_BACKENDS = ["oxigraph-disk", "oxigraph-memory", "memory"]


@pytest.fixture(params=STORE_BACKENDS)
def new_store(request, tmp_path: Path):
    """A factory of empty stores of one backend (several per test, all closed at the end)."""
    from kg.store import open_store

    opened = []

    def make():
        if request.param == "oxigraph-disk":
            st = open_store(tmp_path / f"store{len(opened)}")
        elif request.param == "oxigraph-memory":
            st = open_store(None)
        else:
            st = open_store(backend="memory")
        opened.append(st)
        return st

    yield make
    for st in opened:
        st.close()


def pytest_configure(config) -> None:
    """Markers of this suite's slower kinds of test, so ``-m 'not durability'`` can leave them out."""
    config.addinivalue_line("markers", "durability: kills kg with SIGKILL in a loop (under a minute; CI runs it)")


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium through Playwright, one per test module; skips and says why when either is missing."""
    from browser_support import ARGS, CHROMIUM

    if CHROMIUM is None:
        pytest.skip("no Chromium found (shutil.which('chromium') and /usr/bin/chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="Python Playwright is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()
