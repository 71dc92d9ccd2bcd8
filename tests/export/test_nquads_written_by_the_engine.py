"""``kg export -f nquads`` has Oxigraph write the document graphs' statements as text
(``Store.document_nquads``): the same lines as each quad written one by one, numbers and booleans written
whole; and an export that fails midway leaves no file, whole or half, and one line of error."""

from __future__ import annotations

import pytest

from kg import EXAMPLES_DIR
from kg.build import build_paths
from kg.cli import main
from kg.errors import StoreError
from kg.store import open_store
from kg.store.base import Store
from kg.store.oxigraph import OxigraphStore
from kg.store.terms import nquad

from conftest import ROOT


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("nq") / "store"
    written = sorted((ROOT / "tests" / "data" / "written" / "docs").iterdir())[:20]
    with open_store(path) as store:
        build_paths([EXAMPLES_DIR, *written], store)
    return path


def test_the_engines_lines_are_each_quad_written_one_by_one(store_path) -> None:
    with open_store(store_path, read_only=True) as store:
        lines = _lines("".join(store.document_nquads()))  # (not splitlines: a literal may hold U+2028)
        one_by_one = _lines("".join(Store.document_nquads(store)))
        assert sorted(lines) == sorted(nquad(q) for q in store.quads()) == sorted(one_by_one)
    assert any("XMLSchema#integer>" in line for line in lines)
    assert any("XMLSchema#boolean>" in line for line in lines)


def test_the_export_file_holds_every_document_statement(store_path, tmp_path, capsys) -> None:
    out = tmp_path / "g.nq"
    assert main(["export", "-f", "nquads", "-o", str(out), "-s", str(store_path)]) == 0
    with open_store(store_path, read_only=True) as store:
        assert sorted(_lines(out.read_text("utf-8"))) == sorted(nquad(q) for q in store.quads())
    assert f"wrote {out} (nquads, {out.stat().st_size:,} bytes)" in capsys.readouterr().err


def _lines(text: str) -> list[str]:
    assert text.endswith("\n")
    return text.split("\n")[:-1]


def test_an_export_that_fails_midway_leaves_no_file(store_path, tmp_path, capsys, monkeypatch) -> None:
    def failing(self):
        yield "<http://a> <http://p> <http://o> <http://g> .\n"
        raise StoreError("E211", self.location, detail="the engine could not write the results: the disk went away")

    monkeypatch.setattr(OxigraphStore, "document_nquads", failing)
    out = tmp_path / "g.nq"
    assert main(["export", "-f", "nquads", "-o", str(out), "-s", str(store_path)]) != 0
    err = capsys.readouterr().err.strip()
    assert err.startswith("error[E211]") and "the disk went away" in err and len(err.splitlines()) == 1
    assert list(tmp_path.iterdir()) == []
