"""``kg eval --shapes``: award errors counted by shape, decided with the scorer's own keys."""

from __future__ import annotations

import json

from kg.cli import main
from kg.error_shapes import SHAPES

from conftest import SHARED, needs_shared


@needs_shared
def test_shapes_count_what_the_table_reports_as_award_errors(tmp_path, capsys):
    text = (SHARED / "seeds" / "boston-2011-digital-cities.txt").read_text(encoding="utf-8")
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "boston.txt").write_text(text, encoding="utf-8")
    gold = [{"id": "boston", "file": "texts/boston.txt", "awards": [
        {"city": "Boston", "award": "Digital Cities Survey", "year": 2010, "rank": None, "category": None,
         "streak": None},  # the page says 2011: a year the extractor reads differently
        {"city": "Springfield", "award": "Digital Cities Survey", "year": 2011, "rank": None, "category": None,
         "streak": None}]}]  # a place the page never names
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    code = main(["eval", str(path), "--scorer", str(SHARED / "eval" / "score.py"), "--shapes", "--json"])
    assert code == 0
    shapes = json.loads(capsys.readouterr().out)["award_error_shapes"]
    assert shapes["missed: another year read"] == 1
    assert shapes["missed: place not read as a place"] == 1
    assert shapes["extra: another year than the gold"] >= 1
    assert set(shapes) <= set(SHAPES)


@needs_shared
def test_the_table_lists_every_shape(capsys):
    code = main(["eval", str(SHARED / "gold" / "seeds.json"), "--shapes"])
    assert code == 0
    out = capsys.readouterr().out
    assert "award errors by shape:" in out and all(shape in out for shape in SHAPES)
