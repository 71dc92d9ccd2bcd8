"""``kg build`` on a folder of hostile files: bad ones reported one line each, good ones land."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg import EXAMPLES_DIR
from kg.cli import main
from kg.rdf.validate import validate
from kg.store import open_store

HOSTILE = ('<script>alert("pwned")</script> Mayor Jane "JJ" O\'Brien of Springfield said: '
           '“We\'re proud — naïve café ☃ 🚀 \u202e}}""" \\ end.”\n')


@pytest.fixture
def bad_folder(tmp_path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(EXAMPLES_DIR / "boston-2011-digital-cities.txt", docs / "good.txt")
    (docs / "empty.txt").write_bytes(b"")
    (docs / "binary.txt").write_bytes(bytes(range(256)) * 64)
    with open(docs / "huge.txt", "wb") as fh:  # just over the 10 MB limit, sparse-cheap to write
        fh.truncate(10 * 1024 * 1024 + 1)
    (docs / "malformed.html").write_text(
        "<html><body><p>Springfield wins <b>Digital Cities <div>award<table><td>unclosed", encoding="utf-8")
    (docs / "latin1.txt").write_bytes(
        "Le maire de Montréal a annoncé que la municipalité a gagné un prix.\n".encode("latin-1"))
    (docs / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    (docs / "hostile-page.html").write_text(
        f"<html><head><script>evil()</script></head><body><h1>{HOSTILE}</h1></body></html>", encoding="utf-8")
    (docs / "ignored.bin").write_bytes(b"\x00\x01")  # not a document suffix: not even looked at
    return docs


def test_bad_files_one_line_each_good_ones_land(bad_folder, tmp_path, capsys):
    store = tmp_path / "store"
    code = main(["build", str(bad_folder), "--store", str(store), "--no-progress"])
    out, err = capsys.readouterr()
    assert code == 3  # some files failed, the rest landed
    assert "Traceback" not in err
    errors = [line for line in err.splitlines() if line.startswith("error[")]
    assert sorted(line.split("]")[0] + "]" for line in errors) == ["error[E101]", "error[E102]", "error[E103]"]
    for code_, name in (("E101", "empty.txt"), ("E102", "binary.txt"), ("E103", "huge.txt")):
        assert any(line.startswith(f"error[{code_}] ") and f"{name}:" in line for line in errors)
    assert "documents: 5 added, 0 replaced, 0 unchanged, 3 failed" in err
    with open_store(store, read_only=True) as st:
        assert sorted(st.documents()) == ["good", "hostile", "hostile-page", "latin1", "malformed"]
        assert validate(st.union_graph())[0]
    # the hostile document round-trips through every export without breaking the syntax
    for fmt in ("turtle", "trig", "nquads", "jsonld", "graphml", "gexf"):
        assert main(["export", "-f", fmt, "-o", str(tmp_path / f"out.{fmt}"), "-s", str(store)]) == 0


def test_a_locked_store_is_one_line_not_a_traceback(tmp_path):
    """Another process holds the store: the real console script says so in one line."""
    store = tmp_path / "store"
    kg = Path(sys.executable).with_name("kg")
    with open_store(store):
        proc = subprocess.run([str(kg), "build", "--store", str(store), "--no-progress"],
                              capture_output=True, text=True, timeout=60,
                              env={**os.environ, "PYTHONWARNINGS": "ignore"})
    assert proc.returncode == 1
    assert proc.stderr.strip() == (f"error[E201] {store}: the store is locked by another process that writes to it "
        "(kg build, kg remove, kg resolve or kg serve --allow-update); try again when it ends")


def test_nothing_readable_exits_1(tmp_path, capsys):
    (tmp_path / "empty.md").write_text("   \n")
    assert main(["build", str(tmp_path / "empty.md"), "--store", str(tmp_path / "s"), "--no-progress"]) == 1
    err = capsys.readouterr().err
    assert err.splitlines()[0] == f"error[E101] {tmp_path / 'empty.md'}: the file is empty"
    assert "0 added, 0 replaced, 0 unchanged, 1 failed" in err
