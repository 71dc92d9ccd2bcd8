"""``kg build --wait SECONDS`` on a store another ``kg build`` is writing to waits for it, and says so;
when the time runs out it fails in one line (E210).  Three real processes on one store."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from kg import EXAMPLES_DIR
from kg.store import open_store

from conftest import ROOT
from corpus_fixture import write_corpus

KG = [sys.executable, "-c", "import sys; from kg.cli import main; sys.exit(main(sys.argv[1:]))"]
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p),
       "PYTHONWARNINGS": "ignore"}


def wait_until_opened(proc: subprocess.Popen, store: Path) -> None:
    """Until the writer has created the store and holds its lock."""
    while proc.poll() is None and not (store / "CURRENT").exists():
        time.sleep(0.01)


def test_a_second_build_waits_for_the_first_when_asked_and_gives_up_in_one_line(tmp_path):
    corpus = write_corpus(tmp_path / "docs", 80)
    store = tmp_path / "store"
    first = subprocess.Popen([*KG, "build", str(corpus), "-s", str(store), "--workers", "1", "--no-progress"],
                             env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wait_until_opened(first, store)
    patient = subprocess.Popen([*KG, "build", str(EXAMPLES_DIR), "-s", str(store), "--no-progress", "--wait", "300"],
                               env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    impatient = subprocess.run([*KG, "build", str(EXAMPLES_DIR), "-s", str(store), "--no-progress", "--wait", "0.5"],
                               env=ENV, capture_output=True, text=True, timeout=120)
    assert first.wait(timeout=300) == 0, first.stderr.read()
    patient_err = patient.communicate(timeout=300)[1]
    assert impatient.returncode == 1
    assert impatient.stderr.strip().splitlines() == [
        "waiting for the store: another process writes to it (0 of 0.5 s)",
        f"error[E210] {store}: the store is still locked by another process that writes to it after waiting "
        "0.5 s; try again when it ends, or wait longer (--wait SECONDS)"]
    assert patient.returncode == 0, patient_err
    assert patient_err.startswith("waiting for the store: another process writes to it (0 of 300 s)\n")
    assert "documents: 2 added, 0 replaced, 0 unchanged, 0 failed" in patient_err
    with open_store(store, read_only=True) as st:
        assert len(st.documents()) == 82 and not st.pending().due
