"""``kill -9`` at any moment of a compaction leaves a store that opens and holds exactly what it held.

A compaction bulk-loads the store's quads into a hidden folder beside it and exchanges the two folders in
one step (:mod:`kg.store.compaction`).  A real process compacts a copy of a built store and is killed at
moments spread over the length of an uninterrupted compaction; after each kill the store opens, its
N-Quads are the built store's byte for byte, and the next writer removes what the killed one left beside it.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from kg import EXAMPLES_DIR
from kg.build import build_paths
from kg.store import open_store

from conftest import ROOT

pytestmark = pytest.mark.durability

ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p),
       "PYTHONWARNINGS": "ignore"}
COMPACT = """import sys
from kg.store import open_store
with open_store(sys.argv[1]) as store:
    print("compacting", flush=True)
    store.compact()
    print("compacted", flush=True)
"""


def compact_in_a_process(store: Path, delay: float | None) -> float | bool:
    """Compact ``store`` in a new process, killed ``delay`` s after it starts compacting: whether the
    compaction was still running when the kill came (``delay`` None: not killed, how long it took)."""
    proc = subprocess.Popen([sys.executable, "-c", COMPACT, str(store)], env=ENV, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "compacting", proc.communicate()[1]
    start = time.perf_counter()
    if delay is None:
        assert proc.stdout.readline().strip() == "compacted", proc.communicate()[1]
        length = time.perf_counter() - start
        proc.communicate(timeout=60)
        assert proc.returncode == 0
        return length
    time.sleep(delay)
    running = proc.poll() is None
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    return running


def leftovers(store: Path) -> list[Path]:
    return sorted(store.parent.glob(f".{store.name}.compact-*"))


def test_a_compaction_killed_at_any_moment_leaves_the_store_whole(tmp_path, capsys):
    built = tmp_path / "built"
    with open_store(built) as store:
        build_paths([EXAMPLES_DIR, *sorted((ROOT / "tests" / "data" / "written" / "docs").iterdir())[:20]], store)
        expected = store.canonical_nquads()
    timed = tmp_path / "timed"
    shutil.copytree(built, timed)
    length = compact_in_a_process(timed, None)
    with open_store(timed, read_only=True) as store:
        assert store.canonical_nquads() == expected
    assert not leftovers(timed)

    landed: Counter = Counter()
    # a fixed spread of kill moments, then early ones until four have landed inside a compaction: on a busy
    # machine the timed run can be slower than the killed ones, and a kill meant for the middle comes after
    shares = [0.0, 0.1, 0.25, 0.4, 0.55, 0.7, 0.85, 1.0, 1.2]
    extra = [0.05, 0.15, 0.02, 0.3, 0.08, 0.2, 0.01, 0.12]
    attempt = -1
    while attempt + 1 < len(shares) or (landed["during compaction"] < 4 and extra):
        attempt += 1
        share = shares[attempt] if attempt < len(shares) else extra.pop(0)
        store_path = tmp_path / f"store{attempt}"
        shutil.copytree(built, store_path)
        running = compact_in_a_process(store_path, share * length)
        landed["during compaction" if running else "after it"] += 1
        with open_store(store_path, read_only=True) as store:
            assert store.canonical_nquads() == expected, f"kill {attempt} at {share:.0%} changed the store"
        with open_store(store_path) as store:  # the next writer
            assert store.canonical_nquads() == expected
        assert not leftovers(store_path), f"kill {attempt}: the next writer left {leftovers(store_path)}"
    assert landed["during compaction"] >= 4, dict(landed)
    with capsys.disabled():
        print(f"\ncompaction took {length:.2f} s; kills {dict(landed)}")
