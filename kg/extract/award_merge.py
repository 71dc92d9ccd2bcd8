"""Merging the readers' proposals into one win per (recipient, award, year, category), and the wins a
streak implies.

Why apart: merging decides between readers (a ranked list's rank outranks a sentence's, a row's own
category outranks its heading's) and must not depend on how any reader found its wins.
"""

from __future__ import annotations

from kg.extract.award_context import Win
from kg.extract.regex import rx
from kg.record import InferredAward

__all__ = [
    "carry_category_back",
    "infer",
    "list_category_from_prose",
    "merge",
]


def merge(wins: list[Win], bracketed: set[str]) -> list[Win]:
    groups: dict[tuple[str, str, int | None], list[Win]] = {}
    for w in wins:
        groups.setdefault((w.recipient, w.award, w.year), []).append(w)
    out: list[Win] = []
    for (_r, award, _y), ws in groups.items():
        ws.sort(key=lambda w: w.pos)
        if award in bracketed:
            parts = [ws]
        else:
            cats = list(dict.fromkeys(w.category for w in ws if w.category))  # in text order
            parts = [[w for w in ws if w.category == c] + [w for w in ws if not w.category] for c in cats] or [ws]
        for part in parts:
            best = part[0]
            m = Win(best.recipient, best.award, best.year, evidence=best.evidence, pos=best.pos)
            ranked = sorted((w for w in part if w.rank is not None), key=lambda w: (-w.rank_strength, w.pos))
            if ranked:
                m.rank, m.rank_strength = ranked[0].rank, ranked[0].rank_strength
                m.evidence = ranked[0].evidence
            catd = sorted((w for w in part if w.category), key=lambda w: (-w.cat_strength, w.block < 0, w.pos))
            if catd:
                m.category, m.cat_strength = catd[0].category, catd[0].cat_strength
            m.tie = any(w.tie for w in part if w.rank == m.rank and w.rank is not None)
            for w in part:
                m.streaks.extend(w.streaks)
            m.explicit_year = any(w.explicit_year for w in part)
            m.sources = set().union(*(w.sources for w in part))
            out.append(m)
    return out


def list_category_from_prose(wins: list[Win]) -> None:
    """A ranked list is one ranking in one category: a list with no category of its own takes the one the
    prose states for one of its rows ('Fort Collins took first place in the Overall City Government
    Experience category' above a table whose first row is Fort Collins)."""
    blocks: dict[int, list[Win]] = {}
    for w in wins:
        if w.block >= 0:
            blocks.setdefault(w.block, []).append(w)
    prose = [w for w in wins if w.block < 0 and w.category and w.cat_strength >= 2 and w.rank is not None]
    for rows in blocks.values():
        if any(w.category for w in rows):
            continue
        found = {p.category for p in prose for w in rows
                 if (p.recipient, p.award, p.year, p.rank) == (w.recipient, w.award, w.year, w.rank)}
        if len(found) == 1:
            cat = found.pop()
            for w in rows:
                w.category, w.cat_strength = cat, 2


def carry_category_back(merged: list[Win], year: int | None, bracketed: set[str]) -> None:
    """An earlier placing with no category stated ('Last year's first-place city, Sandy Springs') was in the
    category the recipient is ranked in this year, when there is only one; brackets carry over already."""
    if year is None:
        return
    now: dict[tuple[str, str], set[str]] = {}
    for w in merged:
        if w.year == year and w.category and w.rank is not None:
            now.setdefault((w.recipient, w.award), set()).add(w.category)
    for w in merged:
        if w.award in bracketed or w.category or w.rank is None or w.year is None or w.year >= year:
            continue
        cats = now.get((w.recipient, w.award), set())
        if len(cats) == 1:
            w.category = next(iter(cats))


def infer(merged: list[Win]) -> list[InferredAward]:
    stated = {(w.recipient, w.award, w.year) for w in merged}
    out: list[InferredAward] = []
    seen: set[tuple[str, str, int]] = set()
    for w in merged:
        if w.year is None:
            continue
        for s in w.streaks:
            for y in range(w.year - s.length + 1, w.year):
                key = (w.recipient, w.award, y)
                if key in stated:
                    for other in merged:
                        if (other.recipient, other.award, other.year) == key:
                            if other.category is None:
                                other.category = w.category
                            if other.rank is None and w.rank == 1:
                                other.rank = 1
                    continue
                if key in seen:
                    continue
                seen.add(key)
                phrase = rx(r"^(?:for\s+)?(?:the|its)\s+").sub("", s.phrase)
                out.append(InferredAward(w.recipient, w.award, y, f"{phrase} in {w.year}", w.evidence))
    return out
