"""One writer at a time, readers all the while: a second ``kg build`` fails at once in one line,
and ``kg serve`` keeps answering during a build, seeing each document whole or not at all."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

from server_fixtures import serving

from kg import EXAMPLES_DIR
from kg.build import build_paths
from kg.store import open_store
from kg.store.meta import KGS, META_GRAPH

from conftest import ROOT
from corpus_fixture import write_corpus

KG = [sys.executable, "-c", "import sys; from kg.cli import main; sys.exit(main(sys.argv[1:]))"]
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p),
       "PYTHONWARNINGS": "ignore"}

#: In ONE query (one snapshot of the store): the statements of every graph, and the documents' ids.
SNAPSHOT = f"""SELECT ?g ?n ?id WHERE {{
  {{ SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }} GROUP BY ?g }}
  UNION {{ GRAPH <{META_GRAPH}> {{ ?d <{KGS.documentId}> ?id }} }} }}"""


def folder_state(store: Path) -> tuple:
    try:
        return tuple(sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in os.scandir(store)))
    except OSError:
        return ()


def wait_until_opened(proc: subprocess.Popen, store: Path, before: tuple) -> None:
    """Until the writer has opened the store (RocksDB touches its files when it does)."""
    while proc.poll() is None and folder_state(store) == before:
        time.sleep(0.002)


def test_a_second_build_on_a_busy_store_fails_at_once_in_one_line(tmp_path):
    corpus = write_corpus(tmp_path / "docs", 80)
    store = tmp_path / "store"
    first = subprocess.Popen([*KG, "build", str(corpus), "-s", str(store), "--workers", "1", "--no-progress"],
                             env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wait_until_opened(first, store, ())
    second = subprocess.run([*KG, "build", str(EXAMPLES_DIR), "-s", str(store), "--no-progress"],
                            env=ENV, capture_output=True, text=True, timeout=120)
    assert first.poll() is None, "the first build ended before the second started: use a larger corpus"
    assert second.returncode == 1
    assert second.stderr.strip().splitlines() == [
        f"error[E201] {store}: the store is locked by another process that writes to it "
        "(kg build, kg remove, kg resolve or kg serve --allow-update); try again when it ends"]
    assert first.wait(timeout=300) == 0, first.stderr.read()
    with open_store(store, read_only=True) as st:
        assert len(st.documents()) == 80 and not st.pending().due


def test_readers_see_each_document_whole_while_a_build_adds_them(tmp_path):
    corpus = write_corpus(tmp_path / "docs", 30)
    with open_store(tmp_path / "reference") as ref:  # what every graph holds once the build is done
        build_paths([EXAMPLES_DIR], ref)
        build_paths([corpus], ref)
        expected = {str(g): int(n) for g, n, _ in ref.query(SNAPSHOT) if g is not None}
        owner = {str(g): doc for doc, entry in ref.entries().items() for g in entry.graphs}
    store = tmp_path / "store"
    with open_store(store) as st:  # a store in use: the build writes transactions, not the bulk loader
        build_paths([EXAMPLES_DIR], st)
    snapshots: list[set[str]] = []
    with serving(store) as server:
        before = folder_state(store)
        build = subprocess.Popen([*KG, "build", str(corpus), "-s", str(store), "--workers", "1", "--batch", "2",
                                  "--no-progress"], env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                 text=True)
        wait_until_opened(build, store, before)
        while True:
            done = build.poll() is not None
            body = urllib.request.urlopen(f"{server.url}?query={urllib.parse.quote(SNAPSHOT)}", timeout=30).read()
            rows = json.loads(body)["results"]["bindings"]
            counts = {r["g"]["value"]: int(r["n"]["value"]) for r in rows if "g" in r}
            ids = {r["id"]["value"] for r in rows if "id" in r}
            for graph, n in counts.items():
                if graph in owner:  # a document's graph: there only with its document, and whole
                    assert owner[graph] in ids, f"{graph} is visible before its document's bookkeeping"
                    assert n == expected[graph], f"{graph}: {n} of {expected[graph]} statements visible"
            for doc in ids:
                assert all(g in counts for g, d in owner.items() if d == doc), f"{doc}: a graph is missing"
            snapshots.append(ids)
            if done:
                break
    assert build.returncode == 0, build.stderr.read()
    assert snapshots[-1] == set(owner.values())
    sizes = sorted({len(s) for s in snapshots})
    print(f"\n{len(snapshots)} snapshots during the build, {len(sizes)} distinct document counts: {sizes}")
