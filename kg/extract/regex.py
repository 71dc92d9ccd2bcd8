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
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["rx"]


@cache
def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled once for the process (``pattern`` is a literal in the code, never data)."""
    return re.compile(pattern, flags)
