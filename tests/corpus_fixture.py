"""The benchmarks' synthetic corpus (``benchmarks/corpus.py``), loaded by path for tests that need many documents."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from conftest import ROOT


def write_corpus(folder: Path, count: int, seed: int = 11) -> Path:
    """``count`` seeded synthetic press releases as ``.txt`` files in ``folder``."""
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "benchmarks" / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.write_corpus(folder, count, seed=seed)
