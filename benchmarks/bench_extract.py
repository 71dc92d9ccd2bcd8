"""Extraction throughput: documents per second per core, with each component's share.

Usage: python benchmarks/bench_extract.py [PATHS...] [--repeat N]

With no paths it uses the bundled examples plus ../shared/dev/docs when present.
Documents are cut or repeated to 2 KB (the size the target is stated for), run in
one process (one core), and the figure is printed next to the target so the ratio
is visible.  Never asserted in tests: speed is measured here, not tested.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from kg import EXAMPLES_DIR
from kg.extract.doc import Doc
from kg.extract.document import iter_document_paths, load_document
from kg.extract.pipeline import COMPONENTS
from kg.extract.sentences import split_sentences
from kg.record import DocumentRecord

TARGET_DOCS_PER_S = 50.0
SIZE = 2048


def _texts(paths: list[Path]) -> list[str]:
    out = []
    for p in iter_document_paths(paths):
        text = load_document(p).text
        while len(text) < SIZE:
            text = text + "\n" + text
        out.append(text[:SIZE])
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=5, help="passes over the documents (default 5)")
    args = ap.parse_args(argv)
    paths = args.paths or [EXAMPLES_DIR]
    dev = Path(__file__).resolve().parents[1].parent / "shared" / "dev" / "docs"
    if not args.paths and dev.exists():
        paths.append(dev)
    texts = _texts(paths)
    # warm-up: gazetteers and data files load lazily on first use
    for t in texts[:2]:
        _run(t, {})
    shares: dict[str, float] = {}
    start, cpu_start = time.perf_counter(), time.process_time()
    n = 0
    for _ in range(args.repeat):
        for t in texts:
            _run(t, shares)
            n += 1
    elapsed = time.perf_counter() - start
    # CPU time is what one core spends; wall time also counts waiting for a busy machine
    cpu = time.process_time() - cpu_start
    rate = n / cpu
    wall_rate = n / elapsed
    print(f"documents: {len(texts)} x {args.repeat} passes, {SIZE} bytes each, one core")
    print(f"{'measure':<28}{'value':>12}{'target':>10}{'ratio':>8}")
    print(f"{'docs/s per core (CPU time)':<28}{rate:12.1f}{TARGET_DOCS_PER_S:10.1f}{rate / TARGET_DOCS_PER_S:8.2f}x")
    print(f"{'docs/s (wall clock)':<28}{wall_rate:12.1f}{TARGET_DOCS_PER_S:10.1f}{wall_rate / TARGET_DOCS_PER_S:8.2f}x")
    print(f"{'ms per document':<28}{1000 / rate:12.2f}{1000 / TARGET_DOCS_PER_S:10.1f}")
    total = sum(shares.values()) or 1.0
    print("time share per component:")
    for name, secs in sorted(shares.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<26}{100 * secs / total:10.1f} %")


def _run(text: str, shares: dict[str, float]) -> None:
    t0 = time.perf_counter()
    doc = Doc(id="bench", text=text, sentences=split_sentences(text))
    shares["sentences"] = shares.get("sentences", 0.0) + time.perf_counter() - t0
    rec = DocumentRecord(id="bench", text=text)
    for name, comp in COMPONENTS:
        t0 = time.perf_counter()
        comp(doc, rec)
        shares[name] = shares.get(name, 0.0) + time.perf_counter() - t0


if __name__ == "__main__":
    main()
