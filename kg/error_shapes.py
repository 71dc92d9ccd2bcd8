"""Award errors grouped by shape, with counts: what to work on next, not just how far off.

Why: a list of 500 misses says little; "212 wins on pages where no award was
read at all, 61 with the right place and award but another year" says where
extraction fails.  Shapes are decided with the scorer's own keys (its
``norm`` and ``award_key``), so a shape never disagrees with the score.

>>> class S:  # the keys the scorer provides
...     norm = award_key = category_key = staticmethod(lambda s: (s or "").lower())
>>> gold = [{"id": "a", "awards": [{"city": "Tulsa", "award": "X", "year": 2020},
...                                {"city": "Omaha", "award": "X", "year": 2020}]}]
>>> pred = [{"id": "a", "cities": [{"name": "Omaha"}], "awards": [{"city": "Tulsa", "award": "X", "year": 2019}]}]
>>> sorted(award_error_shapes(pred, gold, S).items())
[('extra: another year than the gold', 1), ('missed: another year read', 1), \
('missed: place read, award on the page read for others', 1)]
"""

from __future__ import annotations

from collections import Counter
from typing import Any

__all__ = ["award_error_shapes", "award_keys", "SHAPES"]

#: Every shape, in the order a report lists them.
SHAPES = (
    "missed: no award read on the page",
    "missed: place not read as a place",
    "missed: another year read",
    "missed: another award name read",
    "missed: place read, award on the page read for others",
    "missed: place read, not linked",
    "extra: another year than the gold",
    "extra: another award name than the gold",
    "extra: place wins nothing in the gold",
    "extra: not a place in the gold",
    "right win, wrong rank",
    "right win, wrong category",
    "right win, wrong streak",
)


def award_keys(scorer: Any, a: dict[str, Any]) -> set[tuple[str, str, Any]]:
    """The scorer's keys an award record matches under: (place name or as written, award, year)."""
    names = {scorer.norm(a.get("city")), scorer.norm(a.get("as_written"))} - {""}
    return {(n, scorer.award_key(a.get("award")), a.get("year")) for n in names}


def award_error_shapes(preds: list[dict[str, Any]], gold: list[dict[str, Any]], scorer: Any) -> Counter[str]:
    """How many award errors of each shape the predictions make against the gold records."""
    out: Counter[str] = Counter()
    by_id = {str(p.get("id")): p for p in preds}
    for g in gold:
        p = by_id.get(str(g.get("id")), {})
        golds = list(g.get("awards") or [])
        predicted = list(p.get("awards") or [])
        pkeys = {k for a in predicted for k in award_keys(scorer, a)}
        gkeys = {k for a in golds for k in award_keys(scorer, a)}
        read_places = {scorer.norm(c.get("name")) for c in (p.get("cities") or []) + (p.get("counties") or [])}
        read_places |= {k[0] for k in pkeys}
        gold_places = {scorer.norm(c.get("name")) for c in (g.get("cities") or []) + (g.get("counties") or [])}
        p_awards = {k[1] for k in pkeys}
        p_place_award = {(k[0], k[1]) for k in pkeys}
        p_place = {k[0] for k in pkeys}
        g_place_award = {(k[0], k[1]) for k in gkeys}
        g_place = {k[0] for k in gkeys}
        for a in golds:
            ks = award_keys(scorer, a)
            if ks & pkeys:
                match = next(x for x in predicted if award_keys(scorer, x) & ks)
                for field in ("rank", "category", "streak"):
                    if field == "category":
                        same = scorer.category_key(match.get(field)) == scorer.category_key(a.get(field))
                    else:
                        same = match.get(field) == a.get(field)
                    if not same:
                        out[f"right win, wrong {field}"] += 1
                continue
            if not predicted:
                out["missed: no award read on the page"] += 1
            elif any((k[0], k[1]) in p_place_award for k in ks):
                out["missed: another year read"] += 1
            elif any(k[0] in p_place for k in ks):
                out["missed: another award name read"] += 1
            elif not any(k[0] in read_places for k in ks):
                out["missed: place not read as a place"] += 1
            elif any(k[1] in p_awards for k in ks):
                out["missed: place read, award on the page read for others"] += 1
            else:
                out["missed: place read, not linked"] += 1
        for a in predicted:
            ks = award_keys(scorer, a)
            if ks & gkeys:
                continue
            if any((k[0], k[1]) in g_place_award for k in ks):
                out["extra: another year than the gold"] += 1
            elif any(k[0] in g_place for k in ks):
                out["extra: another award name than the gold"] += 1
            elif any(k[0] in gold_places for k in ks):
                out["extra: place wins nothing in the gold"] += 1
            else:
                out["extra: not a place in the gold"] += 1
    return out
