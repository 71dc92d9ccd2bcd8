"""``kill -9`` while a build's compaction runs beside the kept rows' computation loses nothing.

From the moment resolution is written, a large build dumps the store into a fresh copy's bulk load while it
computes the kept rows, whose writes go only into the copy (:mod:`kg.store.compaction_stream`).  A real
``kg build --compact-after 1`` is killed as soon as that window opens (its stream appears beside the store)
and a little later: the store opens, says its rows are due when the kill came before the exchange, and its
next writer gives the N-Quads of an uninterrupted build, byte for byte, with nothing left beside it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from kg import EXAMPLES_DIR
from kg.store import open_store

from conftest import ROOT

pytestmark = pytest.mark.durability

KG = [sys.executable, "-c", "import sys; from kg.cli import main; sys.exit(main(sys.argv[1:]))"]
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p),
       "PYTHONWARNINGS": "ignore"}
DOCS = [EXAMPLES_DIR, *sorted((ROOT / "tests" / "data" / "written" / "docs").iterdir())[:12]]


def build(store: Path) -> subprocess.Popen:
    return subprocess.Popen([*KG, "build", *map(str, DOCS), "-s", str(store), "--workers", "1", "--no-progress",
                             "--compact-after", "1"], env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def leftovers(store: Path) -> list[Path]:
    return sorted(store.parent.glob(f".{store.name}.compact-*"))


def kill_in_the_window(store: Path, delay: float) -> bool:
    """Build into ``store``, killed ``delay`` s after the overlapped compaction's stream appears: whether the
    kill came before the copy took the store's place (what it left beside the store is still there)."""
    proc = build(store)
    while proc.poll() is None and not any((work / "quads.nq").exists() for work in leftovers(store)):
        time.sleep(0.001)
    assert proc.poll() is None, f"the build ended without a window: {proc.communicate()[1].decode()}"
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    return bool(leftovers(store))


def test_a_kill_between_resolution_and_the_exchange_leaves_rows_due_and_the_next_writer_finishes(tmp_path, capsys):
    clean = tmp_path / "clean"
    proc = build(clean)
    assert proc.wait(timeout=300) == 0, proc.communicate()[1].decode()
    with open_store(clean, read_only=True) as store:
        expected = store.canonical_nquads()
        assert not store.pending().due
    assert not leftovers(clean)

    landed: Counter = Counter()
    for attempt, delay in enumerate((0.0, 0.0, 0.05, 0.2, 0.5)):
        store_path = tmp_path / f"store{attempt}"
        before_exchange = kill_in_the_window(store_path, delay)
        landed["before the exchange" if before_exchange else "after it"] += 1
        with open_store(store_path, read_only=True) as store:
            pending = store.pending()
            assert not pending.stale and not pending.loading, f"kill {attempt}: resolution was not written whole"
            assert pending.rows or store.canonical_nquads() == expected, f"kill {attempt}: rows lost unmarked"
        with open_store(store_path) as store:  # the next writer recomputes the rows the kill cut off
            assert store.canonical_nquads() == expected, f"kill {attempt} after {delay} s changed the store"
        assert not leftovers(store_path), f"kill {attempt}: the next writer left {leftovers(store_path)}"
    assert landed["before the exchange"] >= 2, dict(landed)
    with capsys.disabled():
        print(f"\nkills in the overlapped compaction: {dict(landed)}")
