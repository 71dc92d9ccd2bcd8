"""Scale benchmark: ``kg build`` and the catalogue on synthetic archives of 1k, 10k (and 100k) releases.

One command, one table (issue #10's targets side by side, with the ratio):

    .venv/bin/python benchmarks/scale.py                   # 1k and 10k documents
    .venv/bin/python benchmarks/scale.py --sizes 1000      # 1k only (about 2 minutes)
    .venv/bin/python benchmarks/scale.py --with-100k       # also 100k (hours, tens of GB of disk)
    .venv/bin/python benchmarks/scale.py --sizes 50000 --measure queries,size \
        --with-results build/scale/results.json            # the 10M-statement point (about 30 minutes)

For each size it writes a seeded corpus (``benchmarks/corpus.py``) under
``--work`` (default ``build/scale``; reused when present) and then measures,
each command in its own process as a user runs it:

* ``kg build`` end to end into a new store with ``--workers 1`` and with
  ``--workers N`` (default: the cores), wall time and peak memory of the whole
  process tree (psutil, sampled every 0.1 s);
* the share of the build outside extraction: extraction's own rate is measured
  on a sample of the corpus in one process (documents per second per core),
  and what the build spent beyond ``documents / (rate x workers)`` is "outside";
* a second ``kg build`` of the same unchanged folder;
* the store's size on disk (a first build is not compacted), next to Oxigraph's own bulk load of the same
  quads (every quad the store holds) and of the document graphs alone, and the time of one compaction (a
  rewrite with the bulk loader, ``kg compact``) in process;
* every catalogue query's p50 / p95 over ``--repeat`` runs in one warm process
  (query time, not process start), each query stopped after ``--timeout`` s;
* ``kg stats``, ``kg export`` (N-Quads and GraphML through NetworkX),
  ``kg viz`` and ``kg remove`` of one document, whole-process wall times.

With two sizes or more it also prints growth exponents (time ~ size^k).
Results are also written as JSON next to the stores.  Speed is measured here,
never asserted in tests.
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing as mp
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from corpus import write_corpus  # noqa: E402

KG = [sys.executable, "-c", "import sys; from kg.cli import main; sys.exit(main(sys.argv[1:]))"]
ENV = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}

#: issue #10's targets on a 2-core machine
TARGETS = {
    "build_10k_s": 180.0,          # 10k documents end to end with 2 workers
    "build_10k_rss_mb": 4096.0,    # ... in under 4 GB
    "remove_10k_s": 1.0,           # removing one document at 10k
    "speedup_2": 1.7,              # --workers 2 against one worker
    "extract_docs_s_core": 50.0,   # extraction per core
    "store_vs_bulk": 2.0,          # store on disk within 2x Oxigraph's own bulk load
    "query_p50_1m_s": 0.1,         # every catalogue query at 1M statements
    "query_p50_10m_s": 1.0,        # ... and at 10M
    "stats_10m_s": 1.0,
    "build_10m_rss_mb": 8192.0,    # peak memory of the build at 10M statements
    "networkx_1m_s": 10.0,         # NetworkX export of 1M statements
}


#: what ``--measure`` chooses among, after the build and ``kg stats``: a second build of the unchanged folder,
#: the catalogue queries, the store's size against Oxigraph's bulk loads, and the exports, viz, NetworkX and
#: remove (the parts that take longest at 10M statements and that issue #10 targets at 1M or 10k)
MEASURES = ("rebuild", "queries", "size", "exports")


def run(args: list[str], *, timeout: float | None = None) -> tuple[float, float, int, str]:
    """Run a command; (wall seconds, peak RSS of its process tree in MB, exit code, stderr tail)."""
    import psutil

    start = time.perf_counter()
    proc = subprocess.Popen(args, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = 0.0
    ps = psutil.Process(proc.pid)
    err_chunks: list[str] = []
    import threading

    reader = threading.Thread(target=lambda: err_chunks.append(proc.stderr.read()), daemon=True)
    reader.start()
    while proc.poll() is None:
        try:
            rss = ps.memory_info().rss + sum(c.memory_info().rss for c in ps.children(recursive=True))
            peak = max(peak, rss)
        except psutil.Error:
            pass
        if timeout and time.perf_counter() - start > timeout:
            for c in ps.children(recursive=True):
                c.kill()
            proc.kill()
            break
        time.sleep(0.1)
    proc.wait()
    reader.join(timeout=5)
    return time.perf_counter() - start, peak / 2**20, proc.returncode, "".join(err_chunks)[-400:]


#: timed inside one process (what the work costs, not the interpreter's start): argv = store [doc id]
NETWORKX = """import sys, time, json, io
from kg.store import open_store
import networkx as nx
from kg.export.networkx import to_networkx
with open_store(sys.argv[1], read_only=True) as st:
    t = time.perf_counter(); G = to_networkx(st); graph = time.perf_counter() - t
t = time.perf_counter(); nx.write_graphml(G, io.BytesIO()); write = time.perf_counter() - t
print(json.dumps({"s": graph + write, "graph": graph, "write": write, "edges": G.number_of_edges()}))"""
COMPACT = """import sys, time, json
from kg.store import open_store
with open_store(sys.argv[1]) as st:
    t = time.perf_counter(); st.compact(); s = time.perf_counter() - t
print(json.dumps({"s": s}))"""
REMOVE = """import sys, time, json
from kg.store import open_store
t = time.perf_counter()
with open_store(sys.argv[1]) as st:
    st.remove_document(sys.argv[2], resolve=False)
    st.resolve()
print(json.dumps({"s": time.perf_counter() - t}))"""


def inprocess(code: str, *argv: object) -> dict:
    """Run ``code`` in a new interpreter; the JSON it prints (its own timings)."""
    out = subprocess.run([sys.executable, "-c", code, *map(str, argv)], env=ENV, capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def du(path: Path) -> float:
    """MB on disk under ``path``."""
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20


def extraction_rate(folder: Path, sample: int) -> float:
    """Documents per second per core, extraction alone (CPU time of one process, after a warm-up)."""
    from kg.extract import extract_file, iter_document_paths

    files = iter_document_paths([folder])[:sample]
    for f in files[:3]:
        extract_file(f)
    cpu = time.process_time()
    for f in files:
        extract_file(f)
    return len(files) / (time.process_time() - cpu)


def _query_worker(store: str, repeat: int, names: list[str], out) -> None:
    from kg import queries
    from kg.store import open_store

    with open_store(store, read_only=True) as st:
        for name in names:
            q = queries.get(name)
            values = q.values()
            times, rows = [], 0
            for _ in range(repeat):
                t = time.perf_counter()
                rows = len(list(st.query(q.text, values)))
                times.append(time.perf_counter() - t)
            out.put((name, times, rows))
    out.put(None)


def query_times(store: Path, repeat: int, timeout: float) -> dict[str, dict]:
    """Every catalogue query's p50/p95 (s) and row count; a query past ``timeout`` is reported as such."""
    from kg import queries

    names = sorted(queries.catalogue())
    results: dict[str, dict] = {}
    ctx = mp.get_context("spawn")
    while names:
        out = ctx.Queue()
        child = ctx.Process(target=_query_worker, args=(str(store), repeat, names, out))
        child.start()
        deadline = time.perf_counter() + timeout * repeat + 30
        current = names[0]
        while True:
            try:
                item = out.get(timeout=max(0.1, deadline - time.perf_counter()))
            except Exception:  # queue.Empty: the current query ran past its time
                child.kill()
                results[current] = {"timeout": timeout}
                names = names[names.index(current) + 1:]
                break
            if item is None:
                names = []
                break
            name, times, rows = item
            results[name] = {"p50": statistics.median(times), "p95": _p95(times), "rows": rows}
            names = names[names.index(name) + 1:]
            if names:
                current = names[0]
                deadline = time.perf_counter() + timeout * repeat + 10
        child.join()
    return results


def _p95(times: list[float]) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]


def oxigraph_bulk_size(nquads: Path, where: Path) -> tuple[float, float]:
    """(MB on disk, seconds) of Oxigraph's own bulk load of an N-Quads file into a new store."""
    import pyoxigraph as ox

    shutil.rmtree(where, ignore_errors=True)
    start = time.perf_counter()
    store = ox.Store(str(where))
    store.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
    store.flush()
    seconds = time.perf_counter() - start
    del store
    return du(where), seconds


def oxigraph_bulk_all_size(store: Path, where: Path) -> float:
    """MB on disk of Oxigraph's bulk load, in one call, of every quad ``store`` holds (the document graphs,
    the union default graph and the bookkeeping): what the same content takes laid out by the bulk
    loader alone, without the compactions that later writes trigger."""
    import pyoxigraph as ox

    shutil.rmtree(where, ignore_errors=True)
    source = ox.Store.read_only(str(store))
    target = ox.Store(str(where))
    target.bulk_extend(iter(source))
    target.flush()
    del target, source
    size = du(where)
    shutil.rmtree(where, ignore_errors=True)
    return size


def _keep(work: Path, res: dict) -> None:
    """Write one size's figures so far (a long run stopped midway keeps what it measured)."""
    (work / f"results-{res['documents']}.json").write_text(json.dumps([res], indent=2))


def measure(size: int, args) -> dict:
    work: Path = args.work
    corpus = write_corpus(work / f"corpus-{size}", size, args.seed)
    res: dict = {"documents": size, "workers": args.workers}
    sample = min(size, args.sample)
    res["extract_docs_s_core"] = extraction_rate(corpus, sample)
    print(f"[{size}] extraction: {res['extract_docs_s_core']:.1f} docs/s per core ({sample} docs)", flush=True)

    builds = [args.workers] if size > args.one_worker_up_to else sorted({1, args.workers})
    for w in builds:
        store = work / f"store-{size}-w{w}"
        shutil.rmtree(store, ignore_errors=True)
        secs, rss, code, err = run([*KG, "build", str(corpus), "-s", str(store), "--workers", str(w),
                                    "--no-progress"])
        if code:
            raise SystemExit(f"kg build failed ({code}): {err}")
        outside = max(0.0, 1 - size / (res["extract_docs_s_core"] * w) / secs)
        res[f"build_w{w}"] = {"s": secs, "rss_mb": rss, "docs_s": size / secs, "outside_extraction": outside}
        print(f"[{size}] kg build --workers {w}: {secs:.1f} s, {rss:.0f} MB peak, "
              f"{100 * outside:.0f}% outside extraction", flush=True)
        _keep(work, res)
    store = work / f"store-{size}-w{args.workers}"
    if "rebuild" in args.measure:
        secs, rss, _, _ = run([*KG, "build", str(corpus), "-s", str(store), "--workers", str(args.workers),
                               "--no-progress"])
        res["rebuild_unchanged"] = {"s": secs, "rss_mb": rss}

    stats_s, _, _, _ = run([*KG, "stats", "-s", str(store)])
    out = subprocess.run([*KG, "stats", "-s", str(store), "--json"], env=ENV, capture_output=True, text=True,
                         check=True)
    figures = json.loads(out.stdout)
    res["statements"] = figures["statements"]
    res["stats_s"] = stats_s
    res["store_mb"] = du(store)
    print(f"[{size}] {res['statements']:,} statements, store {res['store_mb']:.0f} MB, kg stats {stats_s:.2f} s",
          flush=True)

    res["queries"] = query_times(store, args.repeat, args.timeout) if "queries" in args.measure else {}
    slow = max((v.get("p50", v.get("timeout", 0)) for v in res["queries"].values()), default=0)
    print(f"[{size}] catalogue queries: slowest p50 {slow:.3f} s", flush=True)
    _keep(work, res)

    dump = work / f"dump-{size}.nq"
    if "size" in args.measure or "exports" in args.measure:
        res["export_nquads_s"], _, _, _ = run([*KG, "export", "-s", str(store), "-f", "nquads", "-o", str(dump)])
    if "size" in args.measure:
        res["oxigraph_bulk_mb"], res["oxigraph_bulk_s"] = oxigraph_bulk_size(dump, work / f"ox-bulk-{size}")
        shutil.rmtree(work / f"ox-bulk-{size}", ignore_errors=True)
        res["oxigraph_bulk_all_mb"] = oxigraph_bulk_all_size(store, work / f"ox-bulk-all-{size}")
        res["compact_s"] = inprocess(COMPACT, store)["s"]
        res["compacted_mb"] = du(store)
        print(f"[{size}] store {res['store_mb']:.0f} MB, Oxigraph's bulk load of the same quads "
              f"{res['oxigraph_bulk_mb']:.0f} MB ({res['oxigraph_bulk_s']:.0f} s), of every quad the store holds "
              f"{res['oxigraph_bulk_all_mb']:.0f} MB", flush=True)
    dump.unlink(missing_ok=True)
    _keep(work, res)
    if "exports" not in args.measure:
        return res
    res["export_graphml_s"], res["export_graphml_rss_mb"], _, _ = run(
        [*KG, "export", "-s", str(store), "-f", "graphml", "-o", str(work / f"graph-{size}.graphml")])
    res["viz_s"], _, _, _ = run([*KG, "viz", "-s", str(store), "-o", str(work / f"graph-{size}.html")])

    nxr = inprocess(NETWORKX, store)
    res["networkx_s"], res["networkx_parts"] = nxr["s"], {k: nxr[k] for k in ("graph", "write")}
    victim, second = (p.stem for p in sorted(corpus.glob("*.txt"))[size // 2:size // 2 + 2])
    res["remove_s"], _, _, _ = run([*KG, "remove", victim, "-s", str(store)])
    res["remove_inprocess_s"] = inprocess(REMOVE, store, second)["s"]
    run([*KG, "build", str(corpus), "-s", str(store), "--workers", str(args.workers), "--no-progress"])
    print(f"[{size}] export nquads {res['export_nquads_s']:.1f} s, graphml {res['export_graphml_s']:.1f} s, "
          f"viz {res['viz_s']:.1f} s, remove {res['remove_s']:.2f} s", flush=True)
    return res


def _fmt(v: float | None, unit: str = "") -> str:
    if v is None:
        return "-"
    if v >= 100:
        return f"{v:,.0f}{unit}"
    return f"{v:.3g}{unit}" if v < 10 else f"{v:.1f}{unit}"


def report(results: list[dict], workers: int) -> str:
    lines = []
    sizes = [r["documents"] for r in results]
    head = "| measure | " + " | ".join(f"{n:,} docs" for n in sizes) + " |"
    lines += [head, "|---" * (len(sizes) + 1) + "|"]

    def row(name: str, get) -> None:
        cells = []
        for r in results:
            try:
                cells.append(get(r))
            except (KeyError, TypeError):
                cells.append("-")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")

    row("statements", lambda r: f"{r['statements']:,}")
    row("extraction, docs/s per core", lambda r: _fmt(r["extract_docs_s_core"]))
    row("kg build --workers 1, s", lambda r: _fmt(r["build_w1"]["s"]))
    row(f"kg build --workers {workers}, s", lambda r: _fmt(r[f"build_w{workers}"]["s"]))
    row(f"speed-up, {workers} workers", lambda r: _fmt(r["build_w1"]["s"] / r[f"build_w{workers}"]["s"], "x"))
    row(f"share outside extraction ({workers} workers)",
        lambda r: f"{100 * r[f'build_w{workers}']['outside_extraction']:.0f}%")
    row("peak memory of the build, MB", lambda r: _fmt(r[f"build_w{workers}"]["rss_mb"]))
    row("second build, unchanged, s", lambda r: _fmt(r["rebuild_unchanged"]["s"]))
    row("store on disk, MB", lambda r: _fmt(r["store_mb"]))
    row("Oxigraph's bulk load of the document graphs' quads, MB", lambda r: _fmt(r["oxigraph_bulk_mb"]))
    row("... of every quad the store holds (the same quads: union, bookkeeping), MB",
        lambda r: _fmt(r.get("oxigraph_bulk_all_mb")))
    row("compaction (rewrite with the bulk loader, in the process), s", lambda r: _fmt(r.get("compact_s")))
    row("store on disk after it, MB", lambda r: _fmt(r.get("compacted_mb")))
    row("kg stats, s", lambda r: _fmt(r["stats_s"]))
    row("kg export -f nquads, s", lambda r: _fmt(r["export_nquads_s"]))
    row("kg export -f graphml (NetworkX), s", lambda r: _fmt(r["export_graphml_s"]))
    row("kg viz, s", lambda r: _fmt(r["viz_s"]))
    row("kg remove one document, s", lambda r: _fmt(r["remove_s"]))
    row("... its work in the process, s", lambda r: _fmt(r.get("remove_inprocess_s")))
    row("NetworkX export in the process (graph + GraphML), s", lambda r: _fmt(r.get("networkx_s")))
    row("... the store's graph (to_networkx) / NetworkX writing GraphML, s",
        lambda r: " / ".join(_fmt(r["networkx_parts"][k]) for k in ("graph", "write")))
    names = sorted({n for r in results for n in r["queries"]})
    for name in names:
        def cell(r, name=name):
            q = r["queries"][name]
            if "timeout" in q:
                return f"> {q['timeout']:.0f} s"
            return f"{1000 * q['p50']:.0f} / {1000 * q['p95']:.0f} ms"
        row(f"query `{name}` p50 / p95", cell)

    if len(results) >= 2:
        a, b = results[0], results[-1]
        k = math.log(b["statements"] / a["statements"])
        lines += ["", f"growth exponents from {a['documents']:,} to {b['documents']:,} documents "
                      f"(time ~ statements^k; 1 is linear):", ""]
        lines += ["| measure | k |", "|---|---|"]
        lines.append(f"| kg build --workers {workers} | "
                     f"{math.log(b[f'build_w{workers}']['s'] / a[f'build_w{workers}']['s']) / k:.2f} |")
        for name in names:
            qa, qb = a["queries"][name], b["queries"][name]
            if "p50" in qa and "p50" in qb and qa["p50"] > 0:
                lines.append(f"| `{name}` | {math.log(max(qb['p50'], 1e-4) / max(qa['p50'], 1e-4)) / k:.2f} |")

    lines += ["", "against issue #10's targets (2 cores):", "",
              "| target | measured | target | ratio (target / measured; >= 1 meets it) |", "|---|---|---|---|"]

    def target(name: str, measured: float | None, goal: float, lower_is_better: bool = True, unit: str = "") -> None:
        if measured is None:
            lines.append(f"| {name} | not measured | {_fmt(goal, unit)} | - |")
            return
        ratio = goal / measured if lower_is_better else measured / goal
        lines.append(f"| {name} | {_fmt(measured, unit)} | {_fmt(goal, unit)} | {ratio:.2f} |")

    by_size = {r["documents"]: r for r in results}
    big = by_size.get(10000)
    w = f"build_w{workers}"
    target(f"10k docs built, {workers} workers", big[w]["s"] if big else None, TARGETS["build_10k_s"], unit=" s")
    target("peak memory of that build", big[w]["rss_mb"] if big else None, TARGETS["build_10k_rss_mb"], unit=" MB")
    target("kg remove one document at 10k (whole command)", big.get("remove_s") if big else None,
           TARGETS["remove_10k_s"], unit=" s")
    target("... its work in the process (open, remove, resolve, close)",
           big.get("remove_inprocess_s") if big else None, TARGETS["remove_10k_s"], unit=" s")
    ups = [r["build_w1"]["s"] / r[w]["s"] for r in results if "build_w1" in r and w in r]
    target(f"--workers {workers} against one worker", max(ups) if ups else None, TARGETS["speedup_2"],
           lower_is_better=False, unit="x")
    target("extraction per core", min(r["extract_docs_s_core"] for r in results),
           TARGETS["extract_docs_s_core"], lower_is_better=False, unit=" docs/s")
    # the same quads: everything the store holds (document graphs, their union, the bookkeeping and kept rows)
    sized = [r["store_mb"] / r["oxigraph_bulk_all_mb"] for r in results if r.get("oxigraph_bulk_all_mb")]
    target("store on disk / Oxigraph's bulk load of the same quads", max(sized, default=None),
           TARGETS["store_vs_bulk"], unit="x")
    facts = [r["store_mb"] / r["oxigraph_bulk_mb"] for r in results if "oxigraph_bulk_mb" in r]
    target("... / its bulk load of the document graphs alone (stricter)", max(facts, default=None),
           TARGETS["store_vs_bulk"], unit="x")
    near = min(results, key=lambda r: abs(math.log(r["statements"] / 1e6)))
    worst = max((q.get("p50", q.get("timeout", 0)) for q in near["queries"].values()), default=None)
    target(f"slowest catalogue query p50 at {near['statements'] / 1e6:.1f}M statements (target at 1M)", worst,
           TARGETS["query_p50_1m_s"], unit=" s")
    for name in sorted(near["queries"]):
        q = near["queries"][name]
        target(f"`{name}` p50 at {near['statements'] / 1e6:.1f}M statements", q.get("p50", q.get("timeout")),
               TARGETS["query_p50_1m_s"], unit=" s")
    ten = [r for r in results if r["statements"] >= 5e6]
    if ten:
        worst10 = max(q.get("p50", q.get("timeout", 0)) for q in ten[-1]["queries"].values())
        target(f"slowest catalogue query p50 at {ten[-1]['statements'] / 1e6:.1f}M (target at 10M)", worst10,
               TARGETS["query_p50_10m_s"], unit=" s")
        target("kg stats at 10M statements", ten[-1]["stats_s"], TARGETS["stats_10m_s"], unit=" s")
        target(f"peak memory of the build at {ten[-1]['statements'] / 1e6:.1f}M statements",
               ten[-1][w]["rss_mb"], TARGETS["build_10m_rss_mb"], unit=" MB")
        for name in sorted(ten[-1]["queries"]):
            q = ten[-1]["queries"][name]
            target(f"`{name}` p50 at {ten[-1]['statements'] / 1e6:.1f}M statements", q.get("p50", q.get("timeout")),
                   TARGETS["query_p50_10m_s"], unit=" s")
    else:
        lines.append("| catalogue queries and kg stats at 10M statements | not measured (needs --sizes 50000) "
                     "| 1 s | - |")
    target(f"NetworkX graph of {near['statements'] / 1e6:.1f}M statements, in the process (target at 1M)",
           (near.get("networkx_parts") or {}).get("graph"), TARGETS["networkx_1m_s"], unit=" s")
    target("... and written as GraphML by NetworkX, in the process (target at 1M)",
           near.get("networkx_s"), TARGETS["networkx_1m_s"], unit=" s")
    target(f"kg export -f graphml at {near['statements'] / 1e6:.1f}M statements (whole command)",
           near.get("export_graphml_s"), TARGETS["networkx_1m_s"], unit=" s")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    from kg.build_workers import default_workers

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,5000,10000",
                    help="documents per corpus, comma-separated (5,000 make about 1M statements)")
    ap.add_argument("--with-100k", action="store_true", help="also 100,000 documents (hours)")
    ap.add_argument("--workers", type=int, default=default_workers(), help="workers of the parallel build")
    ap.add_argument("--one-worker-up-to", type=int, default=10000,
                    help="build with one worker too at sizes up to this (default 10000)")
    ap.add_argument("--repeat", type=int, default=7, help="runs per catalogue query (default 7)")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds per query run before it is stopped")
    ap.add_argument("--sample", type=int, default=400, help="documents timed for the extraction rate")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--measure", default=",".join(MEASURES),
                    help="what to measure after the build, comma-separated among " + ", ".join(MEASURES)
                    + " (default all; at 10M statements: --measure queries,size)")
    ap.add_argument("--with-results", type=Path, action="append", default=[],
                    help="results.json of an earlier run whose sizes join the table and the growth exponents")
    ap.add_argument("--work", type=Path, default=ROOT / "build" / "scale")
    args = ap.parse_args(argv)
    args.measure = {m.strip() for m in args.measure.split(",") if m.strip()}
    if args.measure - set(MEASURES):
        ap.error(f"--measure: unknown {', '.join(sorted(args.measure - set(MEASURES)))}")
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if args.with_100k and 100000 not in sizes:
        sizes.append(100000)
    args.work.mkdir(parents=True, exist_ok=True)
    print(f"{os.cpu_count()} cores, workers {args.workers}, sizes {sizes}, work folder {args.work}", flush=True)
    results = [measure(n, args) for n in sizes]
    (args.work / "results.json").write_text(json.dumps(results, indent=2))
    earlier = [r for f in args.with_results for r in json.loads(f.read_text()) if r["documents"] not in sizes]
    print()
    print(report(sorted(earlier + results, key=lambda r: r["documents"]), args.workers))


if __name__ == "__main__":
    main()
