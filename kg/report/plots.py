"""Timeline plots for the report: matplotlib drawn to SVG text, inlined in the page.

Why matplotlib SVG: it needs no script and no network in the browser (the page's CSP
allows none), renders the same everywhere, and text stays sharp at any zoom.  Names are
drawn as glyph paths, so no name from a document ever becomes markup in the SVG.
"""

from __future__ import annotations

import io
import re

from kg.report.data import AwardSection

__all__ = ["timeline_svg", "MAX_ROWS"]

#: A timeline shows at most this many recipients (those with the most wins); the page says so.
MAX_ROWS = 30


def timeline_svg(section: AwardSection, *, max_rows: int = MAX_ROWS) -> tuple[str, int]:
    """The award's winners by year as an inline ``<svg>`` and how many recipients it left out.

    Filled dots are stated wins, hollow ones wins only a streak implies; a number beside a
    dot is the best rank stated that year.
    """
    import matplotlib
    from matplotlib.figure import Figure  # no pyplot: no global backend or figure state to disturb

    count: dict[str, int] = {}
    for w in section.wins:
        count[w.recipient] = count.get(w.recipient, 0) + 1
    rows = sorted(count, key=lambda r: (-count[r], r))[:max_rows]
    rows.sort(key=lambda r: min(w.year for w in section.wins if w.recipient == r), reverse=True)
    y_of = {r: i for i, r in enumerate(rows)}
    years = section.years
    with matplotlib.rc_context({"svg.fonttype": "path", "svg.hashsalt": "civic-kg", "font.size": 9}):
        fig = Figure(figsize=(8.5, 0.9 + 0.28 * max(len(rows), 2)))
        ax = fig.subplots()
        stated = [(w.year, y_of[w.recipient]) for w in section.wins if w.recipient in y_of and w.stated]
        implied = [(w.year, y_of[w.recipient]) for w in section.wins if w.recipient in y_of and not w.stated]
        if stated:
            ax.scatter(*zip(*stated, strict=True), s=36, color="#1f77b4", label="stated", zorder=3)
        if implied:
            ax.scatter(*zip(*implied, strict=True), s=36, facecolors="none", edgecolors="#1f77b4",
                       label="implied by a streak", zorder=3)
        for w in section.wins:
            if w.recipient in y_of and w.ranks:
                ax.annotate(f"#{w.ranks[0]}", (w.year, y_of[w.recipient]), xytext=(5, -3),
                            textcoords="offset points", fontsize=7, color="#555")
        ax.set_yticks(range(len(rows)), rows)
        ax.set_ylim(-0.7, len(rows) - 0.3)
        span = max(years) - min(years) if years else 0
        ax.set_xlim(min(years) - 0.7, max(years) + 0.9) if years else None
        ax.xaxis.get_major_locator().set_params(integer=True)
        if span <= 12 and years:
            ax.set_xticks(range(min(years), max(years) + 1))
        ax.grid(axis="x", color="#eee")
        ax.set_axisbelow(True)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        ax.set_title(f"{section.name}: winners by year", loc="left", fontsize=10)
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=8)
        fig.tight_layout()
        buf = io.StringIO()
        fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None})
    svg = buf.getvalue()
    svg = svg[svg.index("<svg"):]  # drop the XML declaration and doctype: the SVG sits inside HTML
    svg = re.sub(r"<!--.*?-->", "", svg, flags=re.S)  # matplotlib repeats drawn text in comments
    return svg, len(count) - len(rows)
