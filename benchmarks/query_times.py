"""Every catalogue query's p50 on one existing store, in one warm process: ``kg query``'s work, and the engine's.

Why apart from ``scale.py``: it builds its corpora first (minutes to hours); tuning a query wants its
time on a store already built, read-only, and what of it is Oxigraph's evaluation and what is handing
the rows to Python.  Three columns per query: ``p50`` is ``Store.query`` with every row read as rdflib
terms (what ``kg query`` and the endpoint pay before printing), ``engine p50`` iterates pyoxigraph's
solutions without converting a term, and ``page p50`` is ``kg query``'s default page (the query with
``LIMIT`` :data:`kg.queries.paging.DEFAULT_LIMIT`, see README's *Long results*).

    .venv/bin/python benchmarks/query_times.py /path/to/store --repeat 5
    .venv/bin/python benchmarks/query_times.py /path/to/store --names about,awards --json out.json
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path


def _p50(run, repeat: int) -> tuple[float, int]:
    times, rows = [], 0
    for _ in range(repeat):
        t = time.perf_counter()
        rows = run()
        times.append(time.perf_counter() - t)
    return statistics.median(times), rows


def measure(store: Path, names: list[str], repeat: int, engine: bool = True) -> dict[str, dict]:
    """p50 (s) and rows of each query: through ``Store.query``, the engine alone, and the default page."""
    from kg import queries
    from kg.queries.paging import DEFAULT_LIMIT, paged
    from kg.queries.sparql_text import substitute
    from kg.store import open_store

    out: dict[str, dict] = {}
    with open_store(store, read_only=True) as st:
        for name in names:
            q = queries.get(name)
            values = q.values()
            p50, rows = _p50(lambda q=q, values=values: len(list(st.query(q.text, values))), repeat)
            out[name] = {"p50": p50, "rows": rows}
            page = paged(q.text, DEFAULT_LIMIT)
            if page != q.text:
                out[name]["page_p50"], _ = _p50(lambda page=page, values=values: len(list(st.query(page, values))),
                                                repeat)
            if engine:
                text = substitute(q.text, {k: queries.term_token(v) for k, v in values.items()})
                out[name]["engine_p50"], _ = _p50(lambda text=text: sum(1 for _ in st.ox.query(text)), repeat)
            print(name, {k: round(v, 4) if isinstance(v, float) else v for k, v in out[name].items()}, flush=True)
    return out


def table(results: dict[str, dict]) -> str:
    """A Markdown table of :func:`measure`'s results."""
    def ms(v: float | None) -> str:
        return "-" if v is None else f"{v * 1000:,.0f} ms" if v >= 0.01 else f"{v * 1000:.1f} ms"

    lines = ["| query | rows | p50 (all rows read) | engine alone | default page |", "|---|---|---|---|---|"]
    for name, r in results.items():
        cells = [f"`{name}`", f"{r['rows']:,}", ms(r["p50"]), ms(r.get("engine_p50")), ms(r.get("page_p50"))]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    from kg import queries

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("store", type=Path, help="an Oxigraph store folder (opened read-only)")
    ap.add_argument("--names", default="", help="catalogue queries, comma-separated (default every one)")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--no-engine", action="store_true", help="skip the engine-alone column")
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args(argv)
    names = [n for n in args.names.split(",") if n] or sorted(queries.catalogue())
    results = measure(args.store, names, args.repeat, engine=not args.no_engine)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    print(table(results))


if __name__ == "__main__":
    main()
