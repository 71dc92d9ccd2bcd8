"""Extraction throughput: documents per second per core, with each component's share.

Usage: python benchmarks/bench_extract.py [PATHS...] [--repeat N] [--generated N]

With no paths it uses the bundled examples plus ../shared/dev/docs when present.
Documents are cut or repeated to 2 KB (the size the target is stated for) and run
in one process (one core).  The figure that counts is the *first reading*: each
document is read once, as a build reads it, after the process has loaded its data
files, compiled its patterns and read a few other releases (as a build's workers
have).  Reading the same documents again is faster because components memoise
what they computed for a sentence; that row is printed too, so the two are never
confused.  Never asserted in tests: speed is measured here, not tested.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from kg import EXAMPLES_DIR
from kg.extract.doc import Doc
from kg.extract.document import iter_document_paths, load_document
from kg.extract.pipeline import COMPONENTS
from kg.extract.preload import load_all
from kg.extract.sentences import split_sentences
from kg.record import DocumentRecord

TARGET_DOCS_PER_S = 50.0
SIZE = 2048
WARM_UP_SEED = 11  # the warm-up releases: another seed than the measured ones


def _to_size(text: str) -> str:
    while len(text) < SIZE:
        text = text + "\n" + text
    return text[:SIZE]


def _texts(paths: list[Path]) -> list[str]:
    return [_to_size(load_document(p).text) for p in iter_document_paths(paths)]


def _generated(count: int, seed: int) -> list[str]:
    from corpus import generate

    return [_to_size(text) for _id, text in generate(count, seed)]


def _rate(texts: list[str], shares: dict[str, float], passes: int = 1) -> float:
    """Documents per CPU second (what one core spends; wall time would also count a busy machine)."""
    start = time.process_time()
    for _ in range(passes):
        for t in texts:
            _run(t, shares)
    return passes * len(texts) / (time.process_time() - start)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=3, help="passes when reading the same documents again (default 3)")
    ap.add_argument("--generated", type=int, default=300,
                    help="generated releases read once, a larger first-reading sample (default 300; 0 skips)")
    args = ap.parse_args(argv)
    paths = args.paths or [EXAMPLES_DIR]
    dev = Path(__file__).resolve().parents[1].parent / "shared" / "dev" / "docs"
    if not args.paths and dev.exists():
        paths.append(dev)
    texts = _texts(paths)
    # gazetteers, data files and compiled patterns load lazily on first use; a build's workers start
    # with them loaded (kg.extract.loaded), and so does this.  Then some releases of another seed, as a
    # worker has read before: ``re`` compiles the patterns written inline on their first use.
    load_all()
    for t in _generated(30, WARM_UP_SEED):
        _run(t, {})
    shares: dict[str, float] = {}
    rows = [(f"first reading ({len(texts)} documents)", _rate(texts, shares))]
    if args.generated:
        rows.append((f"first reading ({args.generated} generated)", _rate(_generated(args.generated, 7), shares)))
    rows.append((f"read again x{args.repeat} (memoised)", _rate(texts, {}, args.repeat)))
    print(f"documents cut or repeated to {SIZE} bytes, one core, CPU time")
    print(f"{'docs/s per core':<36}{'value':>8}{'target':>8}{'ratio':>8}{'ms/doc':>8}")
    for label, rate in rows:
        print(f"{label:<36}{rate:8.1f}{TARGET_DOCS_PER_S:8.1f}{rate / TARGET_DOCS_PER_S:7.2f}x{1000 / rate:8.2f}")
    total = sum(shares.values()) or 1.0
    print("time share per component (first readings):")
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
