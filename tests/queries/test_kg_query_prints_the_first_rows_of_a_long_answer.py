"""``kg query`` prints a table's first rows (``kg.queries.paging``), says when there are more, and gives every
row with ``--all``; csv and json give every row unless ``--limit`` says otherwise; a text's own LIMIT stays."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.cli import main
from kg.queries.paging import DEFAULT_LIMIT, paged
from kg.record import City, DocumentRecord
from kg.store import open_store

CITIES = "SELECT ?c WHERE { ?c a civic:City } ORDER BY ?c"


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("paging") / "store"
    with open_store(folder) as st:
        st.add_document(DocumentRecord(id="a", content_hash="1", title="t",
                                       cities=[City(f"Town {i:02d}", "MA") for i in range(12)]))
    return folder


def _rows(capsys) -> tuple[list[str], str]:
    out = capsys.readouterr()
    return [line for line in out.out.splitlines() if "/city/" in line or line.startswith("id:")], out.err


def test_a_table_stops_at_the_limit_and_says_there_is_more(store: Path, capsys) -> None:
    assert main(["query", CITIES, "-s", str(store), "--limit", "5"]) == 0
    rows, err = _rows(capsys)
    assert len(rows) == 5 and "--all" in err and err.count("\n") == 1
    assert main(["query", CITIES, "-s", str(store), "--limit", "5", "--all"]) == 0
    rows, err = _rows(capsys)
    assert len(rows) == 12 and err == ""
    assert main(["query", CITIES, "-s", str(store), "--limit", "12"]) == 0
    rows, err = _rows(capsys)
    assert len(rows) == 12 and err == ""  # exactly the limit: nothing left out, nothing said


def test_the_first_rows_are_those_of_the_whole_ordered_answer(store: Path, capsys) -> None:
    assert main(["query", CITIES, "-s", str(store), "-f", "json"]) == 0
    every = [r["c"] for r in json.loads(capsys.readouterr().out)]
    assert len(every) == 12  # json: every row by default
    assert main(["query", CITIES, "-s", str(store), "-f", "json", "--limit", "4"]) == 0
    assert [r["c"] for r in json.loads(capsys.readouterr().out)] == every[:4]
    assert main(["query", CITIES, "-s", str(store), "-f", "csv"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 13


def test_a_text_with_its_own_limit_or_values_is_run_as_written(store: Path, capsys) -> None:
    assert main(["query", CITIES + " LIMIT 7 OFFSET 2", "-s", str(store)]) == 0
    rows, err = _rows(capsys)
    assert len(rows) == 7 and err == "" and rows[0].endswith("town-02")
    assert main(["query", CITIES + " LIMIT 7 OFFSET 2", "-s", str(store), "--limit", "3"]) == 0
    rows, err = _rows(capsys)
    assert len(rows) == 3 and "--all" in err  # what the text gives, cut to what was asked for
    text = "SELECT ?c WHERE { ?c a civic:City } VALUES ?c { <https://w3id.org/civic-kg/id/city/ma/town-01> }"
    assert paged(text, 5) == text
    assert main(["query", text, "-s", str(store), "--limit", "5"]) == 0
    assert len(_rows(capsys)[0]) == 1


def test_a_catalogue_query_is_paged_too(store: Path, capsys) -> None:
    assert DEFAULT_LIMIT >= 100
    assert main(["query", "about", "-p", "name=Town 03", "-s", str(store), "--limit", "1"]) == 0
    out = capsys.readouterr()
    assert "(1 row)" in out.out and "--all" in out.err
