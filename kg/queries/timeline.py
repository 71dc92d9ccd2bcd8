"""Winning runs computed in Python, for callers that already hold (recipient, award, year) rows.

Why: SPARQL can find runs (``consecutive-years``, ``city-record`` do, with a self-join on the
year before and after) but an engine that evaluates unjoined patterns eagerly (rdflib) makes
that easy to get slow.  This is the same computation in a few lines, used to check the
queries and usable on the rows of ``wins-any-source``.

>>> longest_runs([("Boston", "DCS", 2010), ("Boston", "DCS", 2011), ("Boston", "DCS", 2012),
...               ("Boston", "DCS", 2023), ("Boston", "DCS", 2011)])
{('Boston', 'DCS'): (3, 2010, 2012)}
>>> runs([2001, 2003, 2004, 2002, 2009])
[(2001, 2004), (2009, 2009)]
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable

__all__ = ["runs", "longest_runs"]


def runs(years: Iterable[int]) -> list[tuple[int, int]]:
    """The maximal runs of consecutive years, as (first, last), in order; duplicates ignored."""
    out: list[tuple[int, int]] = []
    for year in sorted(set(int(y) for y in years)):
        if out and year == out[-1][1] + 1:
            out[-1] = (out[-1][0], year)
        else:
            out.append((year, year))
    return out


def longest_runs(
    rows: Iterable[tuple[Hashable, Hashable, int]],
) -> dict[tuple[Hashable, Hashable], tuple[int, int, int]]:
    """Per (recipient, award): (length, first year, last year) of its longest run of winning years.

    Ties go to the earliest run.  ``rows`` are (recipient, award, year) in any order.
    """
    years: dict[tuple[Hashable, Hashable], list[int]] = {}
    for recipient, award, year in rows:
        years.setdefault((recipient, award), []).append(int(year))
    out = {}
    for key, ys in years.items():
        first, last = max(runs(ys), key=lambda r: (r[1] - r[0], -r[0]))
        out[key] = (last - first + 1, first, last)
    return out
