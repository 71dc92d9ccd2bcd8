"""Files that stop being readable while a real ``kg build`` runs: each is named in one coded line, the rest
lands and the exit status says some failed.  As root, ``chmod 000`` stops no read, so the files are turned
into what cannot be read: a folder, a dangling symbolic link, a named pipe nobody writes to (which must
not hang the build), and nothing at all."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox

from conftest import ROOT
from corpus_fixture import write_corpus

KG = [sys.executable, "-c", "import sys; from kg.cli import main; sys.exit(main(sys.argv[1:]))"]
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p),
       "PYTHONWARNINGS": "ignore"}
DOCS = 60
#: read last (the corpus' names sort before them), each turned into something unreadable once the build writes
CHANGED = {"zz-a-folder.txt": ("E100", "cannot read the file: not a regular file"),
           "zz-b-dangling-link.txt": ("E106", "no such file or directory"),
           "zz-c-pipe.txt": ("E100", "cannot read the file: not a regular file"),
           "zz-d-vanished.txt": ("E106", "no such file or directory")}


def written(store: Path) -> bool:
    """True once the build has committed its first batch (read without taking the writer's lock)."""
    try:
        return len(ox.Store.read_only(str(store))) > 0
    except (OSError, RuntimeError):  # not created yet
        return False


def spoil(folder: Path) -> None:
    for name in CHANGED:
        (folder / name).unlink()
    (folder / "zz-a-folder.txt").mkdir()
    (folder / "zz-b-dangling-link.txt").symlink_to(folder / "nowhere.txt")
    os.mkfifo(folder / "zz-c-pipe.txt")


def test_kg_build_names_each_file_that_became_unreadable_and_lands_the_rest(tmp_path):
    folder = write_corpus(tmp_path / "docs", DOCS)
    good = sorted(folder.glob("*.txt"))[0].read_text(encoding="utf-8")
    for name in CHANGED:
        (folder / name).write_text(good, encoding="utf-8")
    store = tmp_path / "store"
    build = subprocess.Popen([*KG, "build", str(folder), "-s", str(store), "--workers", "1", "--batch", "1",
                              "--no-progress"], env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    while build.poll() is None and not written(store):
        time.sleep(0.01)
    assert build.poll() is None, "the build ended before the files could change: use a larger corpus"
    spoil(folder)
    err = build.communicate(timeout=300)[1]
    assert build.returncode == 3, err
    assert "Traceback" not in err
    errors = [line for line in err.splitlines() if line.startswith("error[")]
    assert sorted(errors) == sorted(f"error[{code}] {folder / name}: {text}" for name, (code, text) in CHANGED.items())
    assert f"documents: {DOCS} added, 0 replaced, 0 unchanged, {len(CHANGED)} failed" in err
