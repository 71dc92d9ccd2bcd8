"""Undo hard line wrapping in plain-text releases, so a sentence is one line again.

Why: wire services, e-mail lists and archived releases wrap plain text at a
fixed width (72 or 80 columns).  A name broken across lines ("Center for
Digital\\nGovernment") or a quotation split over three lines is then invisible
to patterns that work within a line.  The test for a wrapped line is the
typographer's: a line is continued by the next one when the next line's
first word would not have fitted on it, so short lines (headings, sign-offs,
the last line of a paragraph) keep their breaks, as do blank lines and lines
that open a list item or a table row.  Text that is not hard-wrapped (some
line longer than :data:`MAX_WIDTH`, or too few lines near the width) is
returned unchanged.

>>> text = ("The City of Lakeland was ranked 7th by the Center for Digital\\n"
...         "Government, which surveys cities.\\n\\nAbout\\nLakeland")
>>> print(unwrap(text, width=62))
The City of Lakeland was ranked 7th by the Center for Digital Government, which surveys cities.
<BLANKLINE>
About
Lakeland
"""

from __future__ import annotations

import re

__all__ = ["MAX_WIDTH", "wrap_width", "unwrap"]

#: Widths people wrap at; text with longer lines was not hard-wrapped.
MAX_WIDTH = 100
#: A line is "near the width" within this many characters of the longest line.
NEAR = 20
#: Lines that open a block of their own: list items, numbered items, headings, table rows, rules.
_BLOCK_START = re.compile(r"\s*(?:[-*+\u2022\u2013\u2014]\s|\d{1,3}[.)]\s|#|\||={3,}|-{3,}|_{3,}|>)")


def wrap_width(lines: list[str]) -> int | None:
    """The column the text was wrapped at, or None when it does not look hard-wrapped.

    Hard-wrapped means: no line longer than :data:`MAX_WIDTH`, and at least four
    lines, a third of the non-blank ones, within :data:`NEAR` of the longest.
    """
    filled = [len(line.rstrip()) for line in lines if line.strip()]
    if len(filled) < 6:
        return None
    width = max(filled)
    if width > MAX_WIDTH:
        return None
    near = sum(1 for n in filled if n >= width - NEAR)
    return width if near >= 4 and near * 3 >= len(filled) else None


def unwrap(text: str, width: int | None = None) -> str:
    """``text`` with wrapped paragraph lines joined by a space (line count shrinks, nothing else changes)."""
    lines = text.split("\n")
    width = width or wrap_width(lines)
    if width is None:
        return text
    out: list[str] = []
    previous = ""  # the physical line before the current one
    for line in lines:
        if out and _continues(previous, line, width):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
        previous = line
    return "\n".join(out)


def _continues(previous: str, line: str, width: int) -> bool:
    """``line`` carries on the paragraph: its first word would not have fitted on ``previous``."""
    if not previous.strip() or not line.strip() or _BLOCK_START.match(line):
        return False
    return len(previous.rstrip()) + 1 + len(line.split()[0]) > width - 2
