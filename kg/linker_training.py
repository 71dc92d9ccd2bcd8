"""Train the award linker on a gold set of real pages, and measure it by cross-validation.

Why here and not in extraction: training needs scikit-learn (the ``[train]``
extra), extraction must not.  The trained gradient-boosted trees are written
as plain data (``kg/data/award_linker.json``) that
:mod:`kg.extract.award_linker` evaluates itself.

Labels come from the gold records through the project's scorer's own keys
(city, award, year), so a candidate counts as right exactly when the scorer
would count it.  Cross-validation folds hold whole documents out, so a
figure never rewards remembering a page.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.error_shapes import award_keys
from kg.errors import KGError
from kg.evaluate import _load_module, find_scorer, gold_documents
from kg.extract import award_linker, awards, dates, places
from kg.extract.doc import Doc
from kg.extract.document import load_document
from kg.extract.sentences import split_sentences
from kg.record import DocumentRecord

__all__ = ["Example", "collect", "cross_validate", "figures", "fit"]


@dataclass
class Example:
    doc: str
    features: dict[str, float]
    label: int
    from_rule: bool


def _doc_candidates(path: Path) -> list[award_linker.LinkCandidate]:
    src = load_document(path)
    doc = Doc(id=src.id, text=src.text, sentences=split_sentences(src.text))
    record = DocumentRecord(id=src.id, file=src.path, content_hash=src.content_hash, text=src.text)
    for component in (dates.extract, places.extract, awards.extract):
        component(doc, record)
    return list(doc.context.get("award_candidates") or [])


def collect(gold: Path, scorer: Path | None = None, prefix: str = "") -> tuple[list[Example], dict[str, int]]:
    """Every candidate of every gold document, labelled; and each document's number of gold wins.

    Documents are named ``prefix + id`` so several gold sets can be pooled.
    """
    mod = _load_module(scorer or find_scorer(gold))
    data = json.loads(Path(gold).read_text(encoding="utf-8"))
    records = data["documents"] if isinstance(data, dict) else data
    paths = gold_documents(Path(gold), records)
    examples: list[Example] = []
    n_gold: dict[str, int] = {}
    # the candidates are the same whatever model is shipped: it only scores them after they are made
    for g, path in zip(records, paths, strict=True):
        gid = prefix + str(g.get("id"))
        keys = {k for a in g.get("awards") or [] for k in award_keys(mod, a)}
        n_gold[gid] = len(g.get("awards") or [])
        for c in _doc_candidates(path):
            label = int((mod.norm(c.recipient), mod.award_key(c.award), c.year) in keys)
            examples.append(Example(gid, c.features, label, c.win is not None))
    return examples, n_gold


def _classifier(c: float = 1.0) -> Any:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    return make_pipeline(DictVectorizer(), LogisticRegression(C=c, max_iter=5000))


def _f1(examples: list[Example], probs: list[float], n_gold: dict[str, int], docs: set[str],
        t_rule: float, t_new: float) -> tuple[float, int, int, int]:
    tp = fp = 0
    for e, p in zip(examples, probs, strict=True):
        if p >= (t_rule if e.from_rule else t_new):
            tp += e.label
            fp += 1 - e.label
    fn = sum(n_gold[d] for d in docs) - tp
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    return (2 * prec * rec / (prec + rec) if prec + rec else 0.0), tp, fp, fn


def cross_validate(examples: list[Example], n_gold: dict[str, int], folds: int = 5,
                   seed: int = 0, c: float = 1.0, keep_readers: bool = True) -> dict[str, Any]:
    """Out-of-fold probabilities for every candidate; the readers' figure and the linker's at its best thresholds.

    With ``keep_readers`` the threshold for the readers' own wins is 0: the linker only adds.  Measured
    2026-12-05 on 256 real pages, letting it drop readers' wins as well gained 0.001 award F1 and undid
    shapes the readers state outright (a prize "two years ago", a level-only heading).

    Returns ``{"readers": (f1, tp, fp, fn), "linker": (...), "threshold", "threshold_new"}``.
    """
    docs = sorted(n_gold)
    random.Random(seed).shuffle(docs)
    fold_of = {d: i % folds for i, d in enumerate(docs)}
    probs = [0.0] * len(examples)
    for k in range(folds):
        train = [e for e in examples if fold_of[e.doc] != k]
        test_idx = [i for i, e in enumerate(examples) if fold_of[e.doc] == k]
        labels = {e.label for e in train}
        if not test_idx:
            continue
        if len(labels) < 2:  # a fold with nothing to tell apart predicts its one label
            out = [float(labels.pop() if labels else 0)] * len(test_idx)
        else:
            clf = _classifier(c).fit([e.features for e in train], [e.label for e in train])
            out = clf.predict_proba([examples[i].features for i in test_idx])[:, 1]
        for i, p in zip(test_idx, out, strict=True):
            probs[i] = float(p)
    all_docs = set(n_gold)
    readers = _f1(examples, [1.0 if e.from_rule else 0.0 for e in examples], n_gold, all_docs, 0.5, 0.5)
    grid = [x / 20 for x in range(1, 20)]
    best = max(((_f1(examples, probs, n_gold, all_docs, a, b), a, b) for a in ([0.0] if keep_readers else grid)
                for b in grid),
               key=lambda r: (r[0][0], -abs(r[1] - 0.5)))
    return {"readers": readers, "linker": best[0], "threshold": best[1], "threshold_new": best[2],
            "probs": probs}


def figures(cv: dict[str, Any], examples: list[Example], n_gold: dict[str, int],
            prefix: str) -> dict[str, tuple[float, int, int, int]]:
    """Readers' and linker's out-of-fold figures on the documents named ``prefix...`` alone."""
    idx = [i for i, e in enumerate(examples) if e.doc.startswith(prefix)]
    part = [examples[i] for i in idx]
    docs = {d for d in n_gold if d.startswith(prefix)}
    return {"readers": _f1(part, [1.0 if e.from_rule else 0.0 for e in part], n_gold, docs, 0.5, 0.5),
            "linker": _f1(part, [cv["probs"][i] for i in idx], n_gold, docs, cv["threshold"], cv["threshold_new"])}


def fit(examples: list[Example], threshold: float, threshold_new: float, c: float = 1.0,
        where: str = "gold") -> dict[str, Any]:
    """Train on every example and return the model as data: named weights, an intercept, two thresholds."""
    if len({e.label for e in examples}) < 2:
        right = "right" if examples and examples[0].label else "wrong"
        raise KGError("E503", where, detail=f"{len(examples)} candidates, all {right}")
    clf = _classifier(c).fit([e.features for e in examples], [e.label for e in examples])
    vec, lr = clf.steps[0][1], clf.steps[1][1]
    weights = {n: round(float(w), 6) for n, w in zip(vec.get_feature_names_out(), lr.coef_[0], strict=True)
               if abs(w) >= 1e-6}
    return {"kind": "logistic regression", "intercept": float(lr.intercept_[0]), "weights": weights,
            "threshold": threshold, "threshold_new": threshold_new}
