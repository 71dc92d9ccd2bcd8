"""The time limit stops a runaway query's work (its worker is killed), and big results are refused."""

from __future__ import annotations

import time
from pathlib import Path

import psutil
import pytest
import requests
from server_fixtures import RUNAWAY, build_examples, serving

SELECT_ALL = "SELECT * WHERE { ?s ?p ?o }"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    return build_examples(tmp_path_factory.mktemp("limits") / "store")


def _tree_cpu_seconds() -> float:
    """CPU time used so far by this process's children (the fork server and the query workers)."""
    total = 0.0
    for child in psutil.Process().children(recursive=True):
        try:
            times = child.cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += times.user + times.system
    return total


def test_a_runaway_query_is_stopped_and_the_cpu_is_idle_again(store_path: Path) -> None:
    with serving(store_path, timeout=1.0, workers=2) as server:
        before = set(server.runner.pids)
        started = time.monotonic()
        r = requests.post(server.url, data={"query": RUNAWAY}, timeout=30)
        answered = time.monotonic() - started
        assert r.status_code == 503 and r.text.startswith("error[E606]"), r.text
        killed = before - set(server.runner.pids)
        assert len(killed) == 1 and not any(psutil.pid_exists(pid) and psutil.Process(pid).status() != "zombie"
                                            for pid in killed)
        time.sleep(1.0)  # the limit plus one second: nothing of the query may still be running
        cpu0 = _tree_cpu_seconds()
        time.sleep(1.0)
        busy = _tree_cpu_seconds() - cpu0
        print(f"\nrunaway query: 503 after {answered:.2f} s (limit 1 s); workers used {busy:.3f} s CPU "
              "in the second after")
        assert busy < 0.2  # an unstopped query would use a whole second
        # the endpoint goes on answering with a fresh worker
        ok = requests.get(server.url, params={"query": "ASK { ?s ?p ?o }"}, headers={"Accept": "application/json"},
                          timeout=10)
        assert ok.status_code == 200 and ok.json()["boolean"] is True


def test_every_worker_busy_with_runaways_still_frees_them(store_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    with serving(store_path, timeout=1.0, workers=2) as server:
        with ThreadPoolExecutor(4) as pool:
            codes = list(pool.map(lambda _: requests.post(server.url, data={"query": RUNAWAY}, timeout=30).status_code,
                                  range(4)))
        assert set(codes) == {503}
        ok = requests.get(server.url, params={"query": "ASK { ?s ?p ?o }"}, timeout=10)
        assert ok.status_code == 200


def test_a_result_past_the_size_limit_is_refused(store_path: Path) -> None:
    with serving(store_path, max_result=4096, workers=1) as server:
        r = requests.get(server.url, params={"query": SELECT_ALL}, timeout=10)
        assert r.status_code == 422 and r.text.startswith("error[E607]") and "4,096 bytes" in r.text
        small = requests.get(server.url, params={"query": SELECT_ALL + " LIMIT 3"}, timeout=10)
        assert small.status_code == 200 and len(small.json()["results"]["bindings"]) == 3
        for fmt in ("csv", "tsv", "xml", "html"):
            assert requests.get(server.url, params={"query": SELECT_ALL, "format": fmt}, timeout=10).status_code == 422
        graph = requests.get(server.url, params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"}, timeout=10)
        assert graph.status_code == 422


def test_kg_serve_stops_a_runaway_query(store_path: Path) -> None:
    import re
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-c", "import sys; from kg.cli import main; sys.exit(main())",
                             "serve", "-s", str(store_path), "--port", "0", "-q", "--timeout", "1"],
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    try:
        line = proc.stderr.readline()
        match = re.search(r"(http://127\.0\.0\.1:\d+/query)", line)
        assert match and "1 s limit" in line, line
        r = requests.post(match.group(1), data={"query": RUNAWAY}, timeout=30)
        assert r.status_code == 503 and r.text.startswith("error[E606]")
        time.sleep(1.0)
        tree = [psutil.Process(proc.pid), *psutil.Process(proc.pid).children(recursive=True)]
        cpu0 = sum(p.cpu_times().user + p.cpu_times().system for p in tree)
        time.sleep(1.0)
        busy = sum(p.cpu_times().user + p.cpu_times().system for p in tree) - cpu0
        assert busy < 0.2
    finally:
        proc.terminate()
        proc.wait(timeout=10)
