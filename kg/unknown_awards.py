"""How much of an award series the extractor reads when its award list does not know the series.

Why: the award list (``kg/data/awards.json``) grows from the pages we annotate, so on the development set
nearly every series is known, and the development figures say little about the pages users bring, where
most series are not (a locked set of 36 unseen pages named 40 series, 26 of them unlisted).  Taking one
series out of the list at a time and reading its pages again measures the readers that work from how a page
frames an honour ("SolSmart designees", "the ParkScore® index", "2010 Playful City USA communities"): the
wins of the series still read, whatever name they are reported under.

Each series is read in a process of its own that loads the award list without it (the list is cached per
process, so a fresh process is the one clean way to forget a series).

>>> _without({"awards": [{"name": "A"}, {"name": "B"}]}, ("A",))
{'awards': [{'name': 'B'}]}
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import KGError
from kg.evaluate import _load_module, find_scorer, gold_documents

__all__ = ["SeriesFigures", "leave_out", "most_paged_series"]


@dataclass(frozen=True)
class SeriesFigures:
    """One series' gold wins and how many of them are read with the series known and left out."""

    series: str
    pages: int
    gold: int
    read_known: int  # the series' gold wins read (the place and year right, any award name)
    read_unknown: int
    named_unknown: int  # ... and reported under the gold's award name, as the scorer compares names
    false_known: int = 0  # wins read on the series' pages that are no gold win of the page (place and year)
    false_unknown: int = 0


def _without(data: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    return {**data, "awards": [a for a in data["awards"] if a["name"] not in names]}


def most_paged_series(gold_records: list[dict[str, Any]], top: int) -> list[str]:
    """The ``top`` known series the most gold pages name."""
    from kg.data import load

    known = {a["name"] for a in load("awards")["awards"]}
    pages = Counter(s for g in gold_records for s in {a["award"] for a in g.get("awards", [])} if s in known)
    return [s for s, _n in pages.most_common(top)]


def _read(gold: Path, ids: list[str], leave: tuple[str, ...], workdir: Path) -> dict[str, dict[str, Any]]:
    """The records of the gold pages ``ids``, read in a fresh process whose award list lacks ``leave``."""
    job = workdir / f"job-{abs(hash((tuple(ids), leave)))}.json"
    out = job.with_suffix(".out.json")
    job.write_text(json.dumps({"gold": str(gold), "ids": ids, "leave": list(leave), "out": str(out)}),
                   encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "kg.unknown_awards", str(job)], capture_output=True, text=True)
    if done.returncode != 0:
        raise KGError("E504", str(gold), detail=(done.stderr.strip().splitlines() or ["no output"])[-1])
    return {r["id"]: r for r in json.loads(out.read_text(encoding="utf-8"))}


def leave_out(gold: Path, series: Iterable[str], scorer: Path | None = None, workers: int = 2,
              on_done: Callable[[SeriesFigures], None] | None = None) -> list[SeriesFigures]:
    """Each series' figures on the gold pages that name it (see the module's docstring)."""
    scoring = _load_module(scorer or find_scorer(gold))
    norm, award_key = scoring.norm, scoring.award_key
    records = json.loads(gold.read_text(encoding="utf-8"))
    series = list(series)
    pages = {s: [g for g in records if any(a["award"] == s for a in g.get("awards", []))] for s in series}
    with tempfile.TemporaryDirectory(prefix="kg-unknown-") as tmp:
        work = Path(tmp)
        every = sorted({g["id"] for ps in pages.values() for g in ps})
        known = _read(gold, every, (), work) if every else {}

        def one(s: str) -> SeriesFigures:
            ids = [g["id"] for g in pages[s]]
            unknown = _read(gold, ids, (s,), work) if ids else {}
            counts = Counter()
            for g in pages[s]:
                wins = [a for a in g["awards"] if a["award"] == s]
                for mode, recs in (("known", known), ("unknown", unknown)):
                    got = {(norm(a.get("city")), a.get("year")) for a in recs.get(g["id"], {}).get("awards", [])}
                    counts[mode] += sum((norm(a.get("city")), a.get("year")) in got for a in wins)
                every = {(norm(a.get("city")), a.get("year")) for a in g["awards"]}
                for mode, recs in (("false_known", known), ("false_unknown", unknown)):
                    read = {(norm(a.get("city")), a.get("year")) for a in recs.get(g["id"], {}).get("awards", [])}
                    counts[mode] += len(read - every)
                named = {(norm(a.get("city")), award_key(a.get("award")), a.get("year"))
                         for a in unknown.get(g["id"], {}).get("awards", [])}
                counts["named"] += sum((norm(a.get("city")), award_key(s), a.get("year")) in named for a in wins)
                counts["gold"] += len(wins)
            figures = SeriesFigures(s, len(ids), counts["gold"], counts["known"], counts["unknown"], counts["named"],
                                    counts["false_known"], counts["false_unknown"])
            if on_done:
                on_done(figures)
            return figures

        with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
            return list(pool.map(one, series))


def _main(job_path: str) -> None:
    """Worker: forget the job's series, then read its pages (the list must be changed before extraction loads)."""
    from functools import cache

    import kg.data

    job = json.loads(Path(job_path).read_text(encoding="utf-8"))
    original = kg.data.load
    leave = tuple(job["leave"])

    @cache
    def load(name: str) -> dict[str, Any]:
        data = original(name)
        return _without(data, leave) if name == "awards" and leave else data

    kg.data.load = load
    from kg.extract import extract_paths
    from kg.record import records_to_json

    gold = Path(job["gold"])
    wanted = set(job["ids"])
    records = [g for g in json.loads(gold.read_text(encoding="utf-8")) if g["id"] in wanted]
    paths = gold_documents(gold, records)
    by_path = {p.resolve(): g["id"] for p, g in zip(paths, records, strict=True)}
    recs = list(extract_paths(paths))
    out = json.loads(records_to_json(recs))
    for rec, d in zip(recs, out, strict=True):
        d["id"] = by_path.get(Path(rec.file).resolve(), d.get("id"))
    Path(job["out"]).write_text(json.dumps(out), encoding="utf-8")


if __name__ == "__main__":
    _main(sys.argv[1])
