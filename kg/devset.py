"""Real-page evaluation sets whose texts we may not redistribute.

Why: extraction is judged on real public pages, but their text is third-party.
A set therefore commits only what is ours (the gold facts) and how to find each
page again (its address, the search query that finds it, its length and a
hash); the texts are restored into a git-ignored ``texts/`` folder on demand.

A set is a folder::

    pages/<id>.json    {"manifest": {...}, "gold": {...}}   one per page (committed)
    gold.json          every page's gold record              (assembled, committed)
    manifest.json      every page's manifest row             (assembled, committed)
    texts/<id>.txt     the page's text                       (restored, git-ignored)

A manifest row holds ``id``, ``url``, ``query``, ``chars``, ``sha256``, ``kind``,
``layout`` (``list``, ``table`` or ``prose``), ``programs`` and ``years``.

Restoring: run each row's ``query`` through a search service over stored public
pages, save its JSON answers (objects with ``results``, each with ``url`` and
``excerpt``), and give them to :func:`restore`; it writes the excerpt of every
row whose address matches, and checks its hash.

>>> import json, tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> (d / "pages").mkdir()
>>> row = {"id": "p1", "url": "https://example.org/a", "query": "q", "chars": 5,
...        "sha256": text_hash("Hello"), "kind": "blog post", "layout": "prose", "programs": [], "years": []}
>>> page = {"manifest": row, "gold": {"id": "p1", "file": "texts/p1.txt"}}
>>> _ = (d / "pages" / "p1.json").write_text(json.dumps(page))
>>> assemble(d)
1
>>> answer = d / "answer.json"
>>> _ = answer.write_text(json.dumps({"results": [{"url": "https://example.org/a", "excerpt": "Hello"}]}))
>>> restore(d, [answer])
{'p1': 'restored'}
>>> check(d)
{'p1': 'ok'}
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

__all__ = ["text_hash", "bracket", "assemble", "restore", "check", "load_manifest", "order", "split"]


def text_hash(text: str) -> str:
    """sha256 of the text as UTF-8: the identity of a restored page."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _pages(folder: Path) -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((folder / "pages").glob("*.json"))]


def _write_json(path: Path, data: Any) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(path)


_NUM = r"\d{1,3}(?:,\d{3})+"


def bracket(category: str | None) -> str | None:
    """A population bracket in the team's written form, as the seeds and dev gold write it.

    Why: annotators copy a bracket as the page words it ("more than 250,000",
    "125,000 to 250,000"), the dev gold writes the survey's bracket ("250,000 or
    more", "125,000-249,999"); the scorer compares written forms, so one set must
    follow the other.  Anything that is not a bracket is left alone.

    >>> [bracket(c) for c in ["more than 250,000", "125,000 to 250,000", "Up to 150,000", "30,000 – 74,999", "Gold"]]
    ['250,000 or more', '125,000-249,999', 'less than 150,000', '30,000-74,999', 'Gold']
    """
    if not category:
        return category
    c = category.strip()
    m = re.fullmatch(rf"(?:more than|over|greater than)\s+({_NUM})", c, re.I)
    if m:
        return f"{m.group(1)} or more"
    m = re.fullmatch(rf"(?:up to|less than|under|fewer than)\s+({_NUM})", c, re.I)
    if m:
        return f"less than {m.group(1)}"
    m = re.fullmatch(rf"({_NUM})\s*(?:-|–|—|to)\s*({_NUM})", c)
    if m:
        hi = int(m.group(2).replace(",", ""))
        if hi % 1000 == 0:  # the next bracket starts there: "125,000-250,000" is 125,000-249,999
            hi -= 1
        return f"{m.group(1)}-{hi:,}"
    return category


def assemble(folder: str | Path) -> int:
    """Write ``gold.json`` and ``manifest.json`` from ``pages/``; returns the number of pages."""
    folder = Path(folder)
    pages = _pages(folder)
    for p in pages:
        for a in p["gold"].get("awards") or []:
            a["category"] = bracket(a.get("category"))
    _write_json(folder / "gold.json", [p["gold"] for p in pages])
    _write_json(folder / "manifest.json", [p["manifest"] for p in pages])
    return len(pages)


def load_manifest(folder: str | Path) -> list[dict[str, Any]]:
    """The set's manifest rows."""
    return json.loads((Path(folder) / "manifest.json").read_text(encoding="utf-8"))


def _norm_url(url: str) -> str:
    u = url.strip().lower().split("#", 1)[0].rstrip("/")
    for prefix in ("https://", "http://"):
        u = u.removeprefix(prefix)
    return u.removeprefix("www.")


def restore(folder: str | Path, answers: list[Path]) -> dict[str, str]:
    """Write ``texts/<id>.txt`` for every manifest row an answer holds; id -> 'restored' or 'hash differs'."""
    folder = Path(folder)
    found: dict[str, str] = {}
    for a in answers:
        data = json.loads(Path(a).read_text(encoding="utf-8"))
        for r in data.get("results", []) if isinstance(data, dict) else []:
            if r.get("url") and r.get("excerpt"):
                found.setdefault(_norm_url(r["url"]), r["excerpt"])
    out: dict[str, str] = {}
    (folder / "texts").mkdir(exist_ok=True)
    for row in load_manifest(folder):
        text = found.get(_norm_url(row["url"]))
        if text is None:
            continue
        (folder / "texts" / f"{row['id']}.txt").write_text(text, encoding="utf-8")
        out[row["id"]] = "restored" if text_hash(text) == row["sha256"] else "hash differs"
    return out


def check(folder: str | Path) -> dict[str, str]:
    """Each page's text: 'ok', 'missing' or 'hash differs' (the stored copy changed since annotation)."""
    folder = Path(folder)
    out = {}
    for row in load_manifest(folder):
        p = folder / "texts" / f"{row['id']}.txt"
        if not p.exists():
            out[row["id"]] = "missing"
        else:
            out[row["id"]] = "ok" if text_hash(p.read_text(encoding="utf-8")) == row["sha256"] else "hash differs"
    return out


def _key(doc_id: str) -> int:
    return int(hashlib.sha256(doc_id.encode("utf-8")).hexdigest(), 16)


def order(folder: str | Path) -> list[str]:
    """The set's page ids in the order of their ids' SHA-256: the order to restore pages in, the same on every
    machine, so that "the first N" names the same pages wherever the texts are restored again."""
    return sorted((row["id"] for row in load_manifest(folder)), key=_key)


def split(folder: str | Path, first: int | None = None, hold_every: int = 3, skip: int = 0
          ) -> dict[str, list[dict[str, Any]]]:
    """The gold records of ``first`` pages in :func:`order` after the first ``skip``, those whose texts are
    present, in two parts: ``set-aside`` (the id's SHA-256 divisible by ``hold_every``; every page when
    ``hold_every`` is 1) and ``worked``.

    Why: a set-aside part is only worth its figure if it is the same pages each time it is scored and nobody
    chose them; a hash of the id picks them without looking at them and again on a machine that has just
    restored the texts."""
    if hold_every < 1:
        raise ValueError("hold_every must be 1 or more")
    folder = Path(folder)
    ids = order(folder)[skip:skip + first if first else None]
    wanted = {i for i in ids if (folder / "texts" / f"{i}.txt").exists()}
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    parts: dict[str, list[dict[str, Any]]] = {"worked": [], "set-aside": []}
    for record in gold:
        if record["id"] in wanted:
            parts["set-aside" if _key(record["id"]) % hold_every == 0 else "worked"].append(record)
    return parts
