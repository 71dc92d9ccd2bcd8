"""Patterns written inline in the components, compiled once per process.

Why a module: ``re.search(r"...", text)`` compiles through ``re``'s own cache of 512 patterns, and the
names a corpus brings (each a pattern of its own: :func:`kg.extract.mentions.word_pattern`) keep
flushing it, so the components' inline patterns were compiled again and again (measured 2026-12-06: 5-10%
of extraction time).  ``rx`` keeps them for the process; only literal patterns go through it, so it
stays as small as the code.

>>> rx(r"\\bCity of (\\w+)").search("the City of Tulsa").group(1)
'Tulsa'
>>> rx(r"tulsa", re.I) is rx(r"tulsa", re.I)
True
>>> [(m.group(), i) for m, i in leftmost_matches({0: rx("Tulsa"), 1: rx("Tulsa County")}, "Tulsa County, Tulsa")]
[('Tulsa', 0), ('Tulsa', 0)]
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["leftmost_matches", "rx"]


@cache
def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled once for the process (``pattern`` is a literal in the code, never data)."""
    return re.compile(pattern, flags)


def leftmost_matches(pats: dict[int, re.Pattern[str]], text: str) -> list[tuple[re.Match[str], int]]:
    """What one alternation of ``pats`` (in the order of their keys) finds in ``text``, left to right: at each
    point the leftmost match, and of matches starting there the first pattern's; each with its key.

    Why: components look for hundreds of known names (awards, organisations); a page holds the words of a
    handful.  Scanning for those alone finds what the alternation of all would, at a fraction of the cost
    (Python's alternation tries every name at every position)."""
    nexts: dict[int, re.Match[str] | None] = {i: pats[i].search(text) for i in sorted(pats)}
    out: list[tuple[re.Match[str], int]] = []
    pos = 0
    while True:
        best: tuple[int, int] | None = None
        for i, m in nexts.items():
            if m is not None and m.start() < pos:
                m = nexts[i] = pats[i].search(text, pos)
            if m is not None and (best is None or m.start() < best[0]):
                best = (m.start(), i)
        if best is None:
            return out
        m = nexts[best[1]]
        out.append((m, best[1]))
        pos = max(m.end(), m.start() + 1)
