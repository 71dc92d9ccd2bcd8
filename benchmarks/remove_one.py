"""``kg remove DOC -s STORE`` on an existing store: the whole command's wall time, each run on a fresh copy.

Why apart from ``scale.py``: issue #10's target is one removal at 10,000 documents in under a second, the
whole command (interpreter, imports, open, removal, resolution, kept rows, the closing line).  Building a
10k store takes long; this copies one already built (never touching it) and times the command in a child
process, ``--repeat`` times per document, so that the range shows how much the machine's load moves it.
``--code`` runs another checkout's ``kg`` (PYTHONPATH) on the same copies, to compare two versions back to
back; ``--dump`` writes each removal's store as sorted N-Quads, to check that two versions end the same.

    .venv/bin/python benchmarks/remove_one.py /path/to/10k-store aaronsburg-2005-002011 --repeat 3
    .venv/bin/python benchmarks/remove_one.py STORE DOC --code /path/to/other/checkout --dump out.nq
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_COMMAND = "import sys; from kg.cli import main; sys.exit(main(sys.argv[1:]))"


def remove_once(store: Path, doc_id: str, code: Path | None = None, dump: Path | None = None) -> float:
    """Wall seconds of ``kg remove doc_id`` on a fresh copy of ``store`` (the copy is deleted after)."""
    env = dict(os.environ)
    if code is not None:
        env["PYTHONPATH"] = str(code)
    with tempfile.TemporaryDirectory(prefix="kg-remove-") as tmp:
        copy = Path(tmp) / "store"
        shutil.copytree(store, copy)
        os.sync()
        start = time.perf_counter()
        # (run from the temporary folder: from a checkout, "-c" puts its own kg first on the path, before --code)
        done = subprocess.run([sys.executable, "-c", _COMMAND, "remove", doc_id, "-s", str(copy)],
                              env=env, capture_output=True, text=True, cwd=tmp)
        wall = time.perf_counter() - start
        if done.returncode != 0:
            raise SystemExit(f"kg remove failed: {done.stderr.strip()}")
        if dump is not None:
            subprocess.run([sys.executable, "-c", _DUMP, str(copy), str(dump.resolve())], env=env, check=True,
                           cwd=tmp)
    return wall


_DUMP = """import sys
from kg.store import open_store
with open_store(sys.argv[1], read_only=True) as st, open(sys.argv[2], "w", encoding="utf-8") as out:
    out.write(st.canonical_nquads())
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("documents", nargs="+", metavar="DOC_ID")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--code", type=Path, help="checkout whose kg runs (PYTHONPATH); default: this one")
    parser.add_argument("--dump", type=Path, help="write the store after the (last) removal as sorted N-Quads")
    args = parser.parse_args()
    for doc_id in args.documents:
        times = [remove_once(args.store, doc_id, args.code, args.dump if i == args.repeat - 1 else None)
                 for i in range(args.repeat)]
        print(f"{doc_id}: {min(times):.2f}-{max(times):.2f} s ({', '.join(f'{t:.2f}' for t in times)})", flush=True)


if __name__ == "__main__":
    main()
