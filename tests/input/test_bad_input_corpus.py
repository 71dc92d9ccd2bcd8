"""A folder of every kind of bad input: each file is read or named in one coded line, the rest lands.

The corpus is generated here (no binary files are committed): empty and blank
files, PNG, ZIP and random bytes, invalid UTF-8, Latin-1, cp1252 and UTF-16,
NUL bytes, a 50 MB file, a 10 MB single line, deeply nested, malformed and
script-only HTML, names full of quote, bracket and SPARQL/Turtle syntax, and
files that vanish or turn into a folder while the batch runs.
"""

from __future__ import annotations

import io
import json
import os
import random
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from rdflib import Dataset

from kg import EXAMPLES_DIR
from kg.build import build_paths
from kg.cli import main
from kg.extract import extract_batch, list_documents
from kg.rdf.validate import validate
from kg.store import open_store

BOSTON = (EXAMPLES_DIR / "boston-2011-digital-cities.txt").read_text(encoding="utf-8")
WESTERN = ("SAN JOSÉ, Calif. — Mayor Sam Liccardo said that San José and Cañon City, Colo. were named "
           "“Digital Cities” for 2019 – the city’s third win.\n")
HOSTILE = ('Mayor Jane "JJ" O\'Brien of Springfield, Ill. said: “We\'re <b>proud</b> {of} \\ this ”.\n'
           'The "} ; DROP ALL ; INSERT DATA { <urn:x> <urn:y> \\"z\\" } #" Award went to Boston, Mass. in 2011.\n'
           '@prefix evil: <http://evil.example/> . evil:x a evil:Y . Mayor <script>alert(1)</script> Smith spoke.\n'
           "SELECT * WHERE { ?s ?p ?o } ''' \"\"\" \\u0000 \\n was named the No. 1 Digital City.\n")


def _png() -> bytes:
    return (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4"
            b"\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("release.txt", BOSTON)
    return buffer.getvalue()


#: file name -> (bytes, the error code it must give, or None when it is read)
CORPUS: dict[str, tuple[bytes, str | None]] = {
    "empty.txt": (b"", "E101"),
    "whitespace.md": (" \n\t \r\n\u3000\u00a0\n".encode(), "E101"),
    "image.html": (_png(), "E102"),
    "archive.txt": (_zip(), "E102"),
    "random.md": (random.Random(11).randbytes(4096), "E102"),
    "nul.txt": (b"Boston\x00 won the Digital Cities Survey.\n", "E102"),
    "late-nul.txt": (BOSTON.encode() * 5 + b"\x00 trailing\n", None),
    "invalid-utf8.txt": (b"Mayor Thomas M. Menino of Boston, Mass. said \xc3\x28 the city won.\n", None),
    "latin1.txt": (WESTERN.replace("—", "-").replace("“", '"').replace("”", '"').replace("–", "-")
                   .replace("’", "'").encode("latin-1"), None),
    "cp1252.txt": (WESTERN.encode("cp1252"), None),
    "utf16.txt": (WESTERN.encode("utf-16"), None),
    "malformed.html": (b"<html><body><p>Boston wins <b>Digital Cities <div>award<table><td>unclosed</tr></i>", None),
    "deep.html": (b"<div>" * 20_000 + BOSTON.encode() + b"</div>" * 20_000, None),
    "script-only.html": (b"<html><head><script>var a = '<p>Boston</p>';</script></head>"
                         b"<body><script>document.write('x')</script><style>p {}</style></body></html>", "E105"),
    "hostile.txt": (HOSTILE.encode(), None),
    "hostile-page.html": (f"<html><body><h1>{HOSTILE}</h1><p title='\"><script>x()</script>'>{HOSTILE}</p>"
                          "</body></html>".encode(), None),
    "one-line-10mb.txt": (None, "E109"),  # written below: 10 MB of prose without a line break
    "huge-50mb.txt": (None, "E103"),  # written below: sparse, 50 MB
    "good.txt": (BOSTON.encode(), None),
}
#: files that disappear, or become a folder, after the batch is listed and before they are read
VANISHING = {"zz-vanishes.txt": "E106", "zz-becomes-a-folder.txt": "E100"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("bad-input") / "docs"
    root.mkdir()
    for name, (data, _code) in CORPUS.items():
        if data is not None:
            (root / name).write_bytes(data)
    line = BOSTON.replace("\n", " ").encode()
    with open(root / "one-line-10mb.txt", "wb") as fh:
        fh.write(line * (10 * 1024 * 1024 // len(line)))
    with open(root / "huge-50mb.txt", "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    os.mkfifo(root / "pipe.txt")  # not a regular file: never opened (opening it would wait for a writer)
    (root / "notes.pdf").write_bytes(b"%PDF-1.4\n")
    return root


def _expected(root: Path) -> dict[str, str]:
    return {str(root / name): code for name, (_data, code) in CORPUS.items() if code}


def _errors(stderr: str) -> dict[str, str]:
    """error[E101] /path/empty.txt: the file is empty  ->  {"/path/empty.txt": "E101"}"""
    out = {}
    for line in stderr.splitlines():
        if line.startswith("error["):
            code, rest = line[len("error["):].split("] ", 1)
            out[rest.split(": ", 1)[0]] = code
    return out


def _readable() -> list[str]:
    return sorted(Path(name).stem for name, (_data, code) in CORPUS.items() if code is None)


def test_kg_build_names_each_bad_file_once_and_the_rest_lands(corpus, tmp_path, capsys):
    store = tmp_path / "store"
    code = main(["build", str(corpus), "--store", str(store), "--no-progress"])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert _errors(err) == _expected(corpus)
    assert len([line for line in err.splitlines() if line.startswith("error[")]) == len(_expected(corpus))
    assert code == 3  # some failed, the rest landed
    assert "error[E103] " + str(corpus / "huge-50mb.txt") + ": the file is too large (52,428,800 bytes); " \
           "the limit is 10,485,760 bytes" in err
    assert "the limit is 200,000 characters" in _line(err, "one-line-10mb.txt")
    assert "skipped: 1 file (1 .pdf), not .txt, .md or .html" in err
    with open_store(store, read_only=True) as st:
        assert sorted(st.documents()) == _readable()
        assert validate(st.union_graph())[0]
    for fmt, parse_as in (("trig", "trig"), ("nquads", "nquads")):
        out = tmp_path / f"graph.{fmt}"
        assert main(["export", "-f", fmt, "-o", str(out), "-s", str(store)]) == 0
        assert len(Dataset().parse(out, format=parse_as)) > 0


def test_kg_extract_names_each_bad_file_once_and_writes_the_rest(corpus, tmp_path, capsys):
    out = tmp_path / "pred.json"
    code = main(["extract", str(corpus), "-o", str(out), "--no-progress"])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert _errors(err) == _expected(corpus)
    assert code == 3
    records = {r["id"]: r for r in json.loads(out.read_text(encoding="utf-8"))}
    assert sorted(records) == _readable()
    assert "San José" in json.dumps(records["cp1252"], ensure_ascii=False)
    assert "San José" in json.dumps(records["latin1"], ensure_ascii=False)


def test_the_real_console_script_stays_in_bounded_memory(corpus, tmp_path):
    """The installed ``kg`` on the corpus: no traceback, and its peak memory is a fraction of the bytes it was given."""
    kg = Path(sys.executable).with_name("kg")
    proc = subprocess.run([sys.executable, "-c", _MEASURE, str(kg), "extract", str(corpus),
                           "-o", str(tmp_path / "p.json"), "--no-progress"],
                          capture_output=True, text=True, timeout=600, env={**os.environ, "PYTHONWARNINGS": "ignore"})
    stderr, peak = proc.stderr.rsplit("peak-kib ", 1)
    assert "Traceback" not in stderr and proc.returncode == 3
    assert _errors(stderr) == _expected(corpus)
    peak_mb = int(peak) / 1024
    assert peak_mb < 1024, f"kg extract peaked at {peak_mb:.0f} MB"


#: Run a command and report its peak resident memory (the largest child of this fresh process is the command).
_MEASURE = ("import resource, subprocess, sys; code = subprocess.run(sys.argv[1:]).returncode; "
            "print('peak-kib', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); "
            "sys.exit(code)")


def _line(stderr: str, name: str) -> str:
    return next(line for line in stderr.splitlines() if f"{name}:" in line)


def _vanishing_folder(root: Path) -> Path:
    root.mkdir()
    shutil.copy(EXAMPLES_DIR / "boston-2011-digital-cities.txt", root / "good.txt")
    (root / "a-empty.txt").write_bytes(b"")  # read first: its error is the moment the others go
    for name in VANISHING:
        (root / name).write_text(BOSTON, encoding="utf-8")
    return root


def _pull_the_rug(root: Path):
    """On the batch's first error, delete one file and put a folder where another was."""
    def on_error(_exc) -> None:
        if (root / "zz-vanishes.txt").exists():
            (root / "zz-vanishes.txt").unlink()
            (root / "zz-becomes-a-folder.txt").unlink()
            (root / "zz-becomes-a-folder.txt").mkdir()
    return on_error


def test_files_that_vanish_mid_build_are_named_and_the_rest_lands(tmp_path):
    root = _vanishing_folder(tmp_path / "docs")
    root_errors = []
    pull = _pull_the_rug(root)

    def on_error(exc) -> None:
        root_errors.append(exc)
        pull(exc)

    with open_store(backend="memory") as st:
        report = build_paths([root], st, on_error=on_error)
        assert sorted(st.documents()) == ["good"]
    assert {e.where: e.code for e in root_errors} == {
        str(root / "a-empty.txt"): "E101", **{str(root / n): c for n, c in VANISHING.items()}}
    assert report.counts()["failed"] == 3 and report.landed == 1


def test_files_that_vanish_mid_extract_are_named_and_the_rest_is_extracted(tmp_path):
    root = _vanishing_folder(tmp_path / "docs")
    errors = []
    pull = _pull_the_rug(root)
    batch = list_documents([root])
    records = list(extract_batch(batch, on_error=lambda e: (errors.append(e), pull(e))))
    assert [r.id for r in records] == ["good"]
    assert sorted(e.code for e in errors) == ["E100", "E101", "E106"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_an_unreadable_file_is_named(tmp_path):
    root = _vanishing_folder(tmp_path / "docs")
    (root / "locked.txt").write_text(BOSTON, encoding="utf-8")
    (root / "locked.txt").chmod(0)
    errors = []
    records = list(extract_batch(list_documents([root]), on_error=errors.append))
    assert "good" in [r.id for r in records]
    assert any(e.code == "E100" and e.where == str(root / "locked.txt") and "Permission denied" in str(e)
               for e in errors)


def test_a_named_pipe_given_by_name_is_refused_not_waited_on(tmp_path, capsys):
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    assert main(["extract", str(pipe), "--no-progress"]) == 1
    assert capsys.readouterr().err.splitlines()[0] == f"error[E100] {pipe}: cannot read the file: not a regular file"
