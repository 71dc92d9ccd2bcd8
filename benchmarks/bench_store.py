"""Store benchmark: load and query the same synthetic graph in each backend.

Why: the store's default (Oxigraph on disk) was chosen on load time, query
time and memory at realistic sizes; this script re-measures that choice on the
current code instead of trusting a number in a docstring.

It generates synthetic :class:`kg.record.DocumentRecord` s shaped like press
releases (cities shared across documents, officials, wins with streaks,
quotes, programs), maps them with the real mapping until the quads reach
``--triples``, then for each backend, in a fresh process:

* bulk-loads every quad (:meth:`kg.store.Store.bulk_load`: pyoxigraph's bulk
  loader, rdflib's ``addN``), and reports the time and the memory it took;
* adds ``--docs`` more documents one by one through
  :meth:`~kg.store.Store.add_document` (the incremental ``kg build`` path) and
  replaces them once (the SPARQL UPDATE path);
* runs three typical queries, each in a forked child killed after
  ``--timeout`` seconds: entities per class (aggregate over a scan), the
  winners of one year (selective two-hop lookup), and the officials of winning
  cities with the award (a five-pattern multi-hop join).

Run:  .venv/bin/python benchmarks/bench_store.py [--triples 1000000] [--timeout 120]

Not run by the tests.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["synthetic_records", "QUERIES", "main"]

BACKENDS = ("oxigraph-disk", "oxigraph-memory", "rdflib-memory")

PREFIXES = """PREFIX civic: <https://w3id.org/civic-kg/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""

QUERIES: dict[str, str] = {
    "per-class": PREFIXES + "SELECT ?class (COUNT(?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class",
    "winners-2015": PREFIXES + """SELECT ?city ?name ?award WHERE {
  ?city civic:won ?edition . ?edition civic:year 2015 ; civic:ofAward ?a .
  ?a rdfs:label ?award . ?city rdfs:label ?name }""",
    "officials-of-winners": PREFIXES + """SELECT ?name ?city ?award WHERE {
  ?person org:holds ?post ; rdfs:label ?name .
  ?post org:postIn ?place .
  ?place civic:won ?edition ; rdfs:label ?city .
  ?edition civic:ofAward ?a . ?a rdfs:label ?award }""",
}

_AWARDS = ["Digital Cities Survey", "Digital Counties Survey", "What Works Cities Certification",
           "Smart 50 Award", "Bloomberg Mayors Challenge", "All-America City Award"]
_ORGS = ["Center for Digital Government", "National League of Cities", "Bloomberg Philanthropies",
         "Smart Cities Council", "International City/County Management Association"]
_TITLES = ["Mayor", "Chief Information Officer", "City Manager", "Chief Technology Officer"]
_STATES = ["AL", "AZ", "CA", "CO", "FL", "GA", "IL", "LA", "MA", "MD", "MI", "MN", "NC", "NY", "OH", "OR",
           "PA", "TN", "TX", "VA", "WA", "WI"]


def _name(rng: random.Random, parts: int = 2) -> str:
    syll = ["an", "bel", "cor", "dan", "el", "fer", "gan", "hol", "is", "jor", "ken", "lam", "mor", "nor",
            "ol", "pet", "quin", "ros", "sal", "tor", "ul", "ver", "wil", "yor", "zan"]
    return " ".join("".join(rng.choice(syll) for _ in range(rng.randint(2, 3))).capitalize()
                    for _ in range(parts))


def synthetic_records(count: int, seed: int = 7):
    """``count`` press-release-like records; cities (and their officials) recur across documents."""
    from kg.record import (
        Amount,
        Award,
        City,
        DocumentRecord,
        Evidence,
        InferredAward,
        Official,
        Program,
        Quote,
    )

    rng = random.Random(seed)
    n_cities = max(50, count // 4)
    cities = [(_name(rng, 1) + rng.choice(["", " City", "ville", " Springs"]), rng.choice(_STATES))
              for _ in range(n_cities)]
    officials = {c: [(_name(rng), t) for t in rng.sample(_TITLES, 2)] for c in cities}
    for i in range(count):
        city = cities[int(rng.paretovariate(1.2) * 3) % n_cities]  # a few cities win often
        others = rng.sample(cities, rng.randint(0, 2))
        year = rng.randint(2005, 2024)
        award = rng.choice(_AWARDS)
        streak = rng.choice([None, None, 2, 3, 5])
        people = officials[city]
        said = f"We are proud that {city[0]} won the {award} in {year}, said {people[0][0]} ({i})."
        yield DocumentRecord(
            id=f"doc-{i:07d}", content_hash=f"{i:064x}", title=f"{city[0]} wins {award} {year}",
            date=f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", publisher=rng.choice(_ORGS),
            cities=[City(c, s) for c, s in [city, *others]],
            officials=[Official(n, t, city[0]) for n, t in people],
            organizations=[rng.choice(_ORGS)],
            awards=[Award(city=city[0], award=award, year=year, rank=rng.randint(1, 10), streak=streak,
                          category=rng.choice(["75,000-124,999", "125,000-249,999", None]))]
            + [Award(city=c, award=award, year=year, rank=rng.randint(1, 10)) for c, _ in others],
            inferred_awards=[InferredAward(city=city[0], award=award, year=year - k, why=f"streak of {streak}")
                             for k in range(1, streak or 1)],
            programs=[Program(f"{_name(rng, 1)} Portal", city[0])],
            quotes=[Quote(people[0][0], said, Evidence(said, 0, len(said)))],
            amounts=[Amount(f"grant for {city[0]}", rng.randint(1, 900) * 1000, "grant")],
        )


@dataclass
class Result:
    backend: str
    load_s: float = 0.0
    rss_mb: float = 0.0
    size: int = 0
    add_docs_per_s: float = 0.0
    replace_docs_per_s: float = 0.0
    queries: dict[str, tuple[float | None, int]] = field(default_factory=dict)  # name -> (seconds, rows)
    error: str = ""


def _rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _open(backend: str, path: Path, read_only: bool = False):
    from kg.store import open_store

    if backend == "oxigraph-disk":
        return open_store(path, read_only=read_only)
    if backend == "oxigraph-memory":
        return open_store(None)
    return open_store(backend="memory")


def _query_child(conn, backend: str, path: Path, sparql: str, store) -> None:
    if store is None:  # on disk: reopen here rather than share RocksDB across fork
        store = _open(backend, path, read_only=True)
    start = time.perf_counter()
    rows = len(store.query(sparql))
    conn.send((time.perf_counter() - start, rows))
    conn.close()


def _timed_query(backend: str, path: Path, store, sparql: str, timeout: float) -> tuple[float | None, int]:
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_query_child, args=(child, backend, path, sparql, store))
    proc.start()
    child.close()
    if parent.poll(timeout):
        elapsed, rows = parent.recv()
        proc.join()
        return elapsed, rows
    proc.kill()
    proc.join()
    return None, 0


def _run_backend(backend: str, quads_file: Path, extra: list, timeout: float, conn) -> None:
    """One backend, in its own process: bulk load, incremental adds, replaces, queries."""
    import pickle

    from kg.rdf.namespaces import DEFAULT_BASE

    result = Result(backend)
    workdir = Path(tempfile.mkdtemp(prefix=f"bench-{backend}-"))
    path = workdir / "store"
    try:
        quads = pickle.loads(quads_file.read_bytes())
        rss0 = _rss_mb()
        store = _open(backend, path)
        start = time.perf_counter()
        store.bulk_load(quads)
        result.load_s = time.perf_counter() - start
        del quads
        result.rss_mb = _rss_mb() - rss0
        start = time.perf_counter()
        for rec in extra:
            store.add_document(rec, DEFAULT_BASE)
        result.add_docs_per_s = len(extra) / (time.perf_counter() - start) if extra else 0.0
        for rec in extra:
            rec.content_hash = "v2-" + (rec.content_hash or "")
        start = time.perf_counter()
        for rec in extra:
            store.add_document(rec, DEFAULT_BASE)
        result.replace_docs_per_s = len(extra) / (time.perf_counter() - start) if extra else 0.0
        result.size = len(store)
        if backend == "oxigraph-disk":
            store.close()
            store = None
        for name, sparql in QUERIES.items():
            result.queries[name] = _timed_query(backend, path, store, sparql, timeout)
        if store is not None:
            store.close()
    except Exception as exc:  # report, do not hide the other backends' figures
        result.error = f"{type(exc).__name__}: {exc}"
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    conn.send(result)
    conn.close()


def _ratio(value: float | None, ref: float | None) -> str:
    if value is None:
        return "timeout"
    if not ref:
        return f"{value:.3f} s"
    return f"{value:.3f} s ({value / ref:.1f}x)"


def _table(results: list[Result], timeout: float) -> str:
    ref = results[0]
    header = ["", *[r.backend for r in results]]
    rows = [
        ["statements", *[f"{r.size:,}" for r in results]],
        ["bulk load", *[_ratio(r.load_s, ref.load_s) for r in results]],
        ["memory (RSS growth)", *[f"{r.rss_mb:,.0f} MB" for r in results]],
        ["add_document", *[f"{r.add_docs_per_s:,.0f} docs/s" for r in results]],
        ["replace (changed doc)", *[f"{r.replace_docs_per_s:,.0f} docs/s" for r in results]],
    ]
    for name in QUERIES:
        ref_t = ref.queries.get(name, (None, 0))[0]
        rows.append([f"query {name}", *[_ratio(r.queries.get(name, (None, 0))[0], ref_t) for r in results]])
        rows.append(["  rows", *[f"{r.queries.get(name, (None, 0))[1]:,}" for r in results]])
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)) for row in [header, *rows]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    errors = [f"{r.backend}: {r.error}" for r in results if r.error]
    notes = [f"ratios are against {ref.backend}; a query still running after {timeout:g} s is a timeout"]
    return "\n".join(lines + [""] + notes + errors)


def main(argv: list[str] | None = None) -> int:
    """Generate, load, query; print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=100_000, help="named-graph statements to load")
    parser.add_argument("--docs", type=int, default=200, help="documents added one by one after the bulk load")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per query")
    parser.add_argument("--backends", nargs="+", default=list(BACKENDS), choices=BACKENDS)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    import pickle

    from kg.rdf.mapping import record_to_quads

    start = time.perf_counter()
    sample = sum(len(record_to_quads(r)) for r in synthetic_records(50, args.seed)) / 50
    quads: list[tuple] = []
    records = synthetic_records(int(args.triples / sample * 1.5) + args.docs + 50, args.seed)
    n_docs = 0
    while len(quads) < args.triples:
        quads.extend(record_to_quads(next(records)))
        n_docs += 1
    extra = [next(records) for _ in range(args.docs)]
    mapped = time.perf_counter() - start
    print(f"generated and mapped {n_docs:,} documents -> {len(quads):,} quads in {mapped:.1f} s "
          f"({len(quads) / mapped:,.0f} quads/s); then {args.docs} documents added one by one",
          file=sys.stderr)

    tmp = Path(tempfile.mkdtemp(prefix="bench-quads-"))
    quads_file = tmp / "quads.pickle"
    quads_file.write_bytes(pickle.dumps(quads, protocol=pickle.HIGHEST_PROTOCOL))
    del quads
    results = []
    ctx = mp.get_context("fork")
    try:
        for backend in args.backends:
            parent, child = ctx.Pipe(duplex=False)
            proc = ctx.Process(target=_run_backend, args=(backend, quads_file, extra, args.timeout, child))
            proc.start()
            child.close()
            result = parent.recv()
            proc.join()
            print(f"{backend}: loaded in {result.load_s:.1f} s", file=sys.stderr)
            results.append(result)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(_table(results, args.timeout))
    return 0


if __name__ == "__main__":
    sys.exit(main())
