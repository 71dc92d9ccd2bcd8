"""Files that are not documents (.pdf, .docx, images) are counted and named by kind; nothing to read is a failure."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg import EXAMPLES_DIR
from kg.cli import main


def _office_folder(root: Path) -> Path:
    root.mkdir()
    (root / "report.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    (root / "minutes.pdf").write_bytes(b"%PDF-1.7\n")
    (root / "release.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 26)
    (root / ".git").mkdir()
    (root / ".git" / "HEAD").write_text("ref: refs/heads/main\n")  # hidden: neither read nor counted
    return root


@pytest.mark.parametrize("command", ["build", "extract"])
def test_a_folder_of_only_pdf_and_docx_fails_and_says_what_it_skipped(tmp_path, capsys, command):
    docs = _office_folder(tmp_path / "docs")
    args = [command, str(docs), "--no-progress"]
    args += ["-s", str(tmp_path / "store")] if command == "build" else ["-o", str(tmp_path / "pred.json")]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err.strip() == (f"error[E110] {docs}: no .txt, .md or .html files to read "
                           f"(skipped 3 files (2 .pdf, 1 .docx), not .txt, .md or .html)")


@pytest.mark.parametrize("command", ["build", "extract"])
def test_skipped_files_are_counted_beside_the_documents_read(tmp_path, capsys, command):
    docs = _office_folder(tmp_path / "docs")
    shutil.copy(EXAMPLES_DIR / "boston-2011-digital-cities.txt", docs)
    args = [command, str(docs), "--no-progress"]
    args += ["-s", str(tmp_path / "store")] if command == "build" else ["-o", str(tmp_path / "pred.json")]
    assert main(args) == 0
    err = capsys.readouterr().err
    assert "skipped: 3 files (2 .pdf, 1 .docx), not .txt, .md or .html" in err.splitlines()


def test_an_empty_folder_has_nothing_to_read(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert main(["extract", str(tmp_path / "empty"), "--no-progress"]) == 1
    assert capsys.readouterr().err.strip() == f"error[E110] {tmp_path / 'empty'}: no .txt, .md or .html files to read"
