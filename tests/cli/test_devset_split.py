"""``kg devset split`` and ``kg devset order``: worked-on and set-aside parts of a real-page set picked by the
SHA-256 of the page ids, so the same pages on every machine and never chosen by looking at them."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from kg.cli import main
from kg.devset import order, split
from kg.evaluate import gold_documents

IDS = [f"page-{i:02d}" for i in range(12)]


def _set(tmp_path: Path, restored: set[str]) -> Path:
    folder = tmp_path / "real"
    (folder / "texts").mkdir(parents=True)
    rows = [{"id": i, "url": f"https://example.org/{i}", "query": "q", "chars": 1, "sha256": ""} for i in IDS]
    (folder / "manifest.json").write_text(json.dumps(rows), encoding="utf-8")
    gold = [{"id": i, "file": f"texts/{i}.txt", "awards": [{"city": "Ames", "award": "A", "year": 2020}]}
            for i in IDS]
    (folder / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    for i in restored:
        (folder / "texts" / f"{i}.txt").write_text(f"text of {i}", encoding="utf-8")
    return folder


def _h(doc_id: str) -> int:
    return int(hashlib.sha256(doc_id.encode()).hexdigest(), 16)


def test_the_order_is_the_ids_hash_order(tmp_path):
    folder = _set(tmp_path, set())
    assert order(folder) == sorted(IDS, key=_h)


def test_the_parts_are_the_restored_pages_by_hash(tmp_path):
    folder = _set(tmp_path, set(IDS[:9]))
    parts = split(folder)
    held = {r["id"] for r in parts["set-aside"]}
    worked = {r["id"] for r in parts["worked"]}
    assert held == {i for i in IDS[:9] if _h(i) % 3 == 0}
    assert worked == set(IDS[:9]) - held
    assert split(folder) == parts  # the same again


def test_first_and_skip_take_a_stretch_of_the_order_and_hold_every_one_sets_all_aside(tmp_path):
    folder = _set(tmp_path, set(IDS))
    ordered = order(folder)
    parts = split(folder, first=4, skip=4, hold_every=1)
    assert parts["worked"] == [] and {r["id"] for r in parts["set-aside"]} == set(ordered[4:8])


def test_the_command_writes_gold_files_whose_texts_kg_eval_finds(tmp_path, capsys):
    folder = _set(tmp_path, set(IDS))
    capsys.readouterr()
    assert main(["devset", "split", str(folder), "--first", "6"]) in (0, None)
    out = capsys.readouterr().out
    assert "worked.json" in out and "set-aside.json" in out
    worked = folder / "splits" / "worked.json"
    records = json.loads(worked.read_text(encoding="utf-8"))
    assert records and all(p.exists() for p in gold_documents(worked, records))


def test_order_lists_the_pages_still_to_restore(tmp_path, capsys):
    folder = _set(tmp_path, set(IDS[:10]))
    capsys.readouterr()
    main(["devset", "order", str(folder), "--missing"])
    assert capsys.readouterr().out.split() == [i for i in order(folder) if i in IDS[10:]]
