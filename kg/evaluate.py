"""Run extraction over a gold set and score it with the project's scorer in one go.

The scorer (``eval/score.py``) lives beside the development data, not in the
package, so we find it next to the gold file (or take ``scorer=``) and load it
as a module.  Documents are located from each gold record's ``file`` field,
relative to the folder that holds the gold file's data set.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from kg.errors import KGError

__all__ = ["EvalResult", "find_scorer", "gold_documents", "evaluate"]


@dataclass
class EvalResult:
    micro_f1: float
    award_tuple_f1: float
    figures: dict[str, Any]  # the scorer's --json output
    report: str  # the scorer's table
    failed: list[str]  # documents that could not be extracted
    shapes: dict[str, int] = field(default_factory=dict)  # award errors by shape (kg.error_shapes)


def find_scorer(gold: Path) -> Path:
    """``eval/score.py`` in the gold file's folder or any parent."""
    for folder in [gold.resolve().parent, *gold.resolve().parents]:
        cand = folder / "eval" / "score.py"
        if cand.exists():
            return cand
    raise KGError("E500", str(gold), detail="no eval/score.py beside or above the gold file; pass --scorer")


def _load_module(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("civic_kg_scorer", path)
    if spec is None or spec.loader is None:
        raise KGError("E500", str(path), detail="cannot load the scorer")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def gold_documents(gold: Path, gold_records: list[dict[str, Any]]) -> list[Path]:
    """Paths of the documents the gold records describe."""
    out = []
    for g in gold_records:
        rel = g.get("file") or ""
        found = None
        for folder in [gold.resolve().parent, *gold.resolve().parents]:
            if (folder / rel).is_file():
                found = folder / rel
                break
        if found is None:
            raise KGError("E106", rel or str(g.get("id")))
        out.append(found)
    return out


def evaluate(gold: Path, scorer: Path | None = None) -> EvalResult:
    """Extract every document of ``gold`` and score the predictions against it."""
    from kg.extract import extract_paths
    from kg.record import records_to_json

    data = json.loads(Path(gold).read_text(encoding="utf-8"))
    gold_records = data["documents"] if isinstance(data, dict) else data
    paths = gold_documents(Path(gold), gold_records)
    failed: list[str] = []
    records = list(extract_paths(paths, on_error=lambda e: failed.append(str(e))))
    preds = json.loads(records_to_json(records))
    mod = _load_module(scorer or find_scorer(Path(gold)))
    fields, attrs, strict, total, missing = mod.score(preds, gold_records)
    figures = {
        "fields": {k: dict(zip(("precision", "recall", "f1"), t.prf(), strict=True), tp=t.tp, fp=t.fp, fn=t.fn)
                   for k, t in fields.items() if t.tp + t.fp + t.fn},
        "award_tuple_f1": strict.prf()[2],
        "micro": dict(zip(("precision", "recall", "f1"), total.prf(), strict=True)),
    }
    # The scorer's own table (with errors), exactly as its CLI prints it.
    with tempfile.TemporaryDirectory() as d:
        pred_path = Path(d) / "pred.json"
        pred_path.write_text(json.dumps(preds), encoding="utf-8")
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            mod.main([str(pred_path), str(gold), "--show-errors"])
    from kg.error_shapes import award_error_shapes

    return EvalResult(micro_f1=figures["micro"]["f1"], award_tuple_f1=figures["award_tuple_f1"],
                      figures=figures, report=buf.getvalue(), failed=failed,
                      shapes=dict(award_error_shapes(preds, gold_records, mod)))
