"""The real-page sets: complete manifests, no third-party text committed, and accuracy floors.

The texts are restored into git-ignored folders (``kg devset restore``); where they are absent the
scoring tests skip and say so.  The locked set is never scored here: it is scored once by hand at the
end of a round of extraction work.
"""

from __future__ import annotations

import json
import re
import subprocess

import pytest

from kg.devset import check, load_manifest

from conftest import ROOT, SHARED, needs_shared

SETS = [ROOT / "tests" / "data" / "real", ROOT / "tests" / "data" / "real-locked"]
FIELDS = {"id", "url", "query", "chars", "sha256", "kind", "layout", "programs", "years"}


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_every_gold_record_has_its_manifest_row(folder):
    manifest = load_manifest(folder)
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    assert [r["id"] for r in manifest] == [g["id"] for g in gold]
    for row, g in zip(manifest, gold, strict=True):
        assert FIELDS <= set(row), row["id"]
        assert re.fullmatch(r"[0-9a-f]{64}", row["sha256"]) and row["chars"] > 0
        assert row["layout"] in ("list", "table", "prose")
        assert g["file"] == f"texts/{row['id']}.txt"


def test_the_development_set_covers_programs_years_and_layouts():
    manifest = load_manifest(SETS[0])
    assert len(manifest) >= 100
    assert len({p for r in manifest for p in r["programs"]}) >= 8
    assert len({y for r in manifest for y in r["years"]}) >= 15
    assert sum(r["layout"] != "prose" for r in manifest) >= 30


def test_no_page_text_is_committed():
    tracked = subprocess.run(["git", "ls-files", "tests/data/real", "tests/data/real-locked"], cwd=ROOT,
                             capture_output=True, text=True, check=False).stdout.split()
    if not tracked:
        pytest.skip("not a git checkout")
    assert not [p for p in tracked if "/texts/" in p]


@needs_shared
def test_real_pages_stay_above_their_floor():
    """Measured 2026-12-05 on 297 pages (the fourth and fifth locked sets, harder than the rest, joined that day);
    the floor sits just under it. Raise it as extraction improves."""
    folder = SETS[0]
    status = check(folder)
    if any(v != "ok" for v in status.values()):
        pytest.skip("real-page texts not restored (kg devset restore tests/data/real ...; see its README)")
    from kg.evaluate import evaluate

    result = evaluate(folder / "gold.json", scorer=SHARED / "eval" / "score.py")
    assert not result.failed
    assert result.micro_f1 >= 0.80, result.report  # 0.813 on 971 pages (measured 2026-12-06)
    assert result.award_tuple_f1 >= 0.59, result.report  # 0.604 on 971 pages
