"""``kill -9`` at any moment of ``kg build`` or ``kg remove`` loses nothing and leaves nothing half done.

A few chains of runs on a small corpus (written releases whose cities and offices
merge across documents, plus synthetic ones), each from an empty store: ``kg build``
killed at a random moment (into an empty store it uses the bulk loader), ``kg build``
killed again, ``kg remove`` of a few documents killed, then one ``kg build`` left to
finish.  After each kill the store opens, passes SHACL (``kg validate``), holds
whole documents only, exactly those of the batches (or removals) that completed,
each as a clean build has it, and its default graph is what a full resolution of
those documents gives.  The finished build gives the clean build's N-Quads, byte
for byte.

Kill moments are seeded and spread over the length of a clean build, so some land
in start-up, some while batches are written and some during entity resolution;
the test prints where they landed (run with ``-s``).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from kg.cli import main
from kg.store import open_store
from kg.store.meta import META_GRAPH
from kg.store.terms import nquad

from conftest import ROOT
from corpus_fixture import write_corpus

pytestmark = pytest.mark.durability

#: Written releases whose entities merge across documents (cities named without a state, offices).
WRITTEN = ["arvada-2008-digital-cities.txt", "chattanooga-2021-digital-cities.txt", "gainesville-2022-smart-50.html",
           "gainesville-2023-what-works-cities.txt", "peoria-2022-smart-50.html",
           "springfield-mo-2021-digital-cities.html", "digital-cities-2013-top-tens.txt",
           "riverside-2014-intelligent-community.txt", "riverside-2015-best-of-the-web.html",
           "dcs-2007-three-brackets.txt"]
SYNTHETIC = 10
BATCH = 4
CHAINS = 5
KG = [sys.executable, "-c", "import sys; from kg.cli import main; sys.exit(main(sys.argv[1:]))"]
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p),
       "PYTHONWARNINGS": "ignore"}


def build_args(corpus: Path, store: Path) -> list[str]:
    return ["build", str(corpus), "-s", str(store), "--workers", "1", "--batch", str(BATCH), "--no-progress"]


def folder_state(store: Path) -> tuple:
    """Names, sizes and times of the store's files: RocksDB changes them when a writer opens the store."""
    try:
        return tuple(sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in os.scandir(store)))
    except OSError:
        return ()


def run(args: list[str], store: Path, kill_after: float | None = None) -> tuple[bool, float]:
    """Run ``kg ARGS``; once it has opened ``store``, SIGKILL it ``kill_after`` seconds later.

    Returns (killed, seconds from opening the store to the end).  Why wait for the store to be
    opened: half of a short command's life is Python starting up, where a kill tests nothing."""
    before = folder_state(store)
    proc = subprocess.Popen(KG + args, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    while proc.poll() is None and folder_state(store) == before:
        time.sleep(0.002)
    opened = time.perf_counter()
    if kill_after is not None:
        try:
            proc.wait(timeout=kill_after)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            return True, time.perf_counter() - opened
    err = proc.communicate(timeout=300)[1]
    assert kill_after is not None or proc.returncode == 0, err.decode()
    return False, time.perf_counter() - opened


class Clean:
    """The reference: a build of the corpus that nobody interrupted."""

    def __init__(self, store: Path, build_window: float, remove_window: float) -> None:
        #: seconds from opening the store to the end, for kg build and kg remove
        self.build_window, self.remove_window = build_window, remove_window
        with open_store(store, read_only=True) as st:
            self.nquads = st.canonical_nquads()
            self.graphs = {doc: entry.graphs for doc, entry in st.entries().items()}
            self.content = by_graph(st)


def by_graph(store) -> dict:
    """graph -> its quads as N-Quads lines (bookkeeping left out)."""
    out: dict = {}
    for q in store.quads():
        out.setdefault(q[3], set()).add(nquad(q))
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("kill-corpus")
    for name in WRITTEN:
        shutil.copy(ROOT / "tests" / "data" / "written" / "docs" / name, folder / name)
    write_corpus(folder, SYNTHETIC, seed=5)
    return folder


@pytest.fixture(scope="module")
def clean(corpus, tmp_path_factory) -> Clean:
    folder = tmp_path_factory.mktemp("kill-clean")
    build_window = run(build_args(corpus, folder / "store"), folder / "store")[1]
    shutil.copytree(folder / "store", folder / "copy")
    with open_store(folder / "store", read_only=True) as st:
        ids = sorted(st.documents())[:4]
    remove_window = run(["remove", *ids, "-s", str(folder / "copy")], folder / "copy")[1]
    return Clean(folder / "store", build_window, remove_window)


def landing(store: Path, killed: bool) -> str:
    """Where a kill left the store, read without repairing it."""
    if not killed:
        return "finished before the kill"
    if not (store / "CURRENT").exists():
        return "before the store existed"
    with open_store(store, read_only=True) as st:
        pending = st.pending()
    if pending.loading:
        return "during a bulk load"
    if pending.stale or pending.rebuild:
        return "after documents, before their resolution"
    return "between transactions"


def check(store: Path, clean: Clean) -> set[str]:
    """The store opens (repairing what the kill left), passes SHACL and holds whole documents,
    each as the clean build has it, with the default graph a full resolution gives; its ids."""
    if not (store / "CURRENT").exists():
        return set()
    with open_store(store) as st:
        assert not st.pending().due
        entries = st.entries()
        assert set(entries) <= set(clean.graphs)
        content = by_graph(st)
        owned = set()
        for doc, entry in entries.items():
            assert entry.graphs == clean.graphs[doc], doc
            for g in entry.graphs:
                assert content.get(g, set()) == clean.content[g], (doc, g)
            owned |= entry.graphs
        orphans = set(content) - owned - set(st.resolution_graphs()) - {META_GRAPH}
        assert not orphans, f"graphs no document owns: {sorted(orphans)[:3]}"
        text = st.canonical_nquads()
        st.resolve(full=True)
        assert st.canonical_nquads() == text, "the incremental repair differs from a full resolution"
    assert main(["validate", "-s", str(store)]) == 0
    return set(entries)


def whole_batches(before: set[str], after: set[str], order: list[str]) -> None:
    """A build adds the documents missing from the store in order, a batch per transaction."""
    todo = [d for d in order if d not in before]
    added = after - before
    assert before <= after
    assert added == set(todo[:len(added)]), "the store holds documents of an unfinished batch"
    assert len(added) % BATCH == 0 or len(added) == len(todo), "part of a batch landed"


def test_kill_build_and_remove_at_random_moments(corpus, clean, tmp_path, capsys):
    from kg.extract import list_documents

    listing = list_documents([corpus])
    order = [listing.ids[f] for f in listing.files]
    rng = random.Random(20261205)
    landed: Counter = Counter()
    started = time.perf_counter()
    for chain in range(CHAINS):
        store = tmp_path / f"store{chain}"
        present: set[str] = set()
        for slot in (chain, CHAINS - 1 - chain):  # an early kill then a late one, or the other way round
            share = 1.1 * (slot + rng.random()) / CHAINS  # from opening the store to just after the end
            killed = run(build_args(corpus, store), store, clean.build_window * share)[0]
            landed[("build", landing(store, killed))] += 1
            now = check(store, clean)
            whole_batches(present, now, order)
            present = now
        if present:
            victims = rng.sample(sorted(present), min(4, len(present)))
            killed = run(["remove", *victims, "-s", str(store)], store, clean.remove_window * rng.random())[0]
            landed[("remove", landing(store, killed))] += 1
            now = check(store, clean)
            assert any(now == present - set(victims[:j]) for j in range(len(victims) + 1)), "a removal half done"
        run(build_args(corpus, store), store)
        with open_store(store, read_only=True) as st:
            assert st.canonical_nquads() == clean.nquads, f"chain {chain}: the finished build differs from a clean one"
    with capsys.disabled():
        print(f"\n{sum(landed.values())} kills in {time.perf_counter() - started:.0f} s (a clean build holds the store "
              f"{clean.build_window:.1f} s, a removal {clean.remove_window:.1f} s):")
        for (command, where), n in sorted(landed.items()):
            print(f"  kg {command}: {n} {where}")


def test_kill_during_compaction_leaves_the_store_as_a_clean_build_has_it(corpus, clean, tmp_path, capsys):
    """``kg build --compact-after 1`` compacts after every build; it is killed as soon as it says so,
    and a little later, a few times over: the store opens, holds every document whole, and the next
    build gives the clean build's N-Quads."""
    landed: Counter = Counter()
    for attempt, delay in enumerate((0.0, 0.0, 0.01, 0.03, 0.1)):
        store = tmp_path / f"store{attempt}"
        proc = subprocess.Popen(KG + [*build_args(corpus, store), "--compact-after", "1"], env=ENV,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        lines = []
        for line in proc.stderr:
            lines.append(line)
            if line.startswith("compacting the store"):
                break
        assert lines and lines[-1].startswith("compacting the store"), "".join(lines)
        time.sleep(delay)
        running = proc.poll() is None
        proc.send_signal(signal.SIGKILL)
        rest = proc.communicate(timeout=60)[1]
        summary = any(line.startswith("documents:") for line in rest.splitlines())
        landed["during compaction" if running and not summary else "after compaction"] += 1
        assert check(store, clean) == set(clean.graphs)
        run(build_args(corpus, store), store)
        with open_store(store, read_only=True) as st:
            assert st.canonical_nquads() == clean.nquads, f"attempt {attempt}: the next build differs from a clean one"
    assert landed["during compaction"], f"no kill landed during compaction: {dict(landed)}"
    with capsys.disabled():
        print(f"\nkills after 'compacting the store': {dict(landed)}")
