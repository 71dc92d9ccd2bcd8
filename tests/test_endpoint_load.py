"""200 concurrent clients of mixed catalogue queries are all answered (a bounded load test on loopback).

Speed is reported, not asserted: throughput and latency percentiles are printed (run with ``-s``).
"""

from __future__ import annotations

import statistics
import threading
import time
from pathlib import Path

import requests
from server_fixtures import build_examples, serving

from kg.queries import catalogue

CLIENTS = 200
REQUESTS_EACH = 3


def test_200_concurrent_clients_get_answers_without_errors(tmp_path: Path) -> None:
    store = build_examples(tmp_path / "store")
    texts = [q.render() for q in catalogue().values()]
    latencies: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(CLIENTS)

    def client(n: int) -> None:
        session = requests.Session()
        start.wait(timeout=60)
        for i in range(REQUESTS_EACH):
            text = texts[(n + i) % len(texts)]
            t0 = time.perf_counter()
            try:
                r = session.post(server.url, data={"query": text}, headers={"Accept": "application/json"},
                                 timeout=60)
                ok = r.status_code == 200 and "head" in r.json()
                problem = None if ok else f"{r.status_code} {r.text[:80]}"
            except requests.RequestException as exc:
                problem = f"{type(exc).__name__}: {exc}"
            with lock:
                latencies.append(time.perf_counter() - t0)
                if problem:
                    failures.append(problem)

    with serving(store) as server:
        threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join(300)
        elapsed = time.perf_counter() - t0

    assert not failures, failures[:5]
    assert len(latencies) == CLIENTS * REQUESTS_EACH
    cuts = statistics.quantiles(latencies, n=100)
    print(f"\n{len(latencies)} requests from {CLIENTS} concurrent clients in {elapsed:.2f} s: "
          f"{len(latencies) / elapsed:.0f} req/s, p50 {cuts[49] * 1000:.0f} ms, p95 {cuts[94] * 1000:.0f} ms, "
          f"max {max(latencies) * 1000:.0f} ms")
