"""``kg devset train``: the award linker learned from gold sets, measured by cross-validation first."""

from __future__ import annotations

import json
from pathlib import Path

from kg.cli import main
from kg.extract import award_linker

from conftest import SHARED, needs_shared

EXAMPLES = Path(award_linker.__file__).resolve().parents[1] / "examples"


def _kg(capsys, *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(list(args))
    return code, capsys.readouterr().out


@needs_shared
def test_train_reports_readers_and_linker_and_writes_a_model_extraction_can_use(tmp_path, capsys):
    out = tmp_path / "linker.json"
    code, stdout = _kg(capsys, "devset", "train", str(SHARED / "dev" / "gold.json"), "--out", str(out))
    assert code == 0
    assert "readers  award F1" in stdout and "linker   award F1" in stdout and "pages held out" in stdout
    model = json.loads(out.read_text(encoding="utf-8"))
    assert model["kind"] == "logistic regression" and model["weights"] and "22 pages" in model["trained_on"]
    cand = award_linker.LinkCandidate("Boston", "Digital Cities Survey", 2011, features={"from_rule": 1.0})
    assert 0.0 <= award_linker.score(cand, model) <= 1.0


@needs_shared
def test_dry_run_writes_nothing(tmp_path, capsys):
    out = tmp_path / "linker.json"
    code, _ = _kg(capsys, "devset", "train", str(SHARED / "dev" / "gold.json"), "--out", str(out), "--dry-run")
    assert code == 0
    assert not out.exists()


@needs_shared
def test_gold_with_nothing_to_tell_apart_is_a_one_line_error(tmp_path, capsys):
    """A gold set whose every candidate is wrong (no page has a win) teaches nothing, and the command says so."""
    (tmp_path / "texts").mkdir()
    text = (EXAMPLES / "boston-2011-digital-cities.txt").read_text(encoding="utf-8")
    (tmp_path / "texts" / "boston.txt").write_text(text, encoding="utf-8")
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps([{"id": "boston", "file": "texts/boston.txt", "awards": []}]), encoding="utf-8")
    out = tmp_path / "linker.json"
    code = main(["devset", "train", str(gold), "--scorer", str(SHARED / "eval" / "score.py"), "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 1 and not out.exists()
    assert err.strip().startswith("error[E503]") and "gold.json" in err and len(err.strip().splitlines()) == 1
