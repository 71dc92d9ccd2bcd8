"""Canonical names for organisations and awards, and which titles lead a jurisdiction.

The knowledge lives in ``kg/data/canonical-names.json``; this module only reads
it.  Folding aliases before minting IRIs is what makes ``CDG`` and ``Center
for Digital Government`` the same node.

>>> canonical_organization("CDG")
'Center for Digital Government'
>>> canonical_award("digital cities award")
'Digital Cities Survey'
>>> canonical_award("Some New Prize")
'Some New Prize'
>>> is_head_title("Mayor-President"), is_head_title("Chief Information Officer")
(True, False)
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

__all__ = ["canonical_organization", "canonical_award", "aliases_of", "is_head_title"]


@lru_cache(maxsize=1)
def _data() -> dict:
    text = resources.files("kg").joinpath("data/canonical-names.json").read_text(encoding="utf-8")
    return json.loads(text)


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


@lru_cache(maxsize=4)
def _alias_table(section: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for canonical, aliases in _data()[section].items():
        table[_key(canonical)] = canonical
        for alias in aliases:
            table[_key(alias)] = canonical
    return table


def canonical_organization(name: str) -> str:
    """The canonical name of an organisation (aliases and acronyms folded)."""
    return _alias_table("organizations").get(_key(name), " ".join(name.split()))


def canonical_award(name: str) -> str:
    """The canonical name of an award series."""
    return _alias_table("awards").get(_key(name), " ".join(name.split()))


def aliases_of(section: str, canonical: str) -> list[str]:
    """The known aliases of a canonical name (``section`` is ``organizations`` or ``awards``).

    >>> aliases_of("organizations", "National League of Cities")
    ['NLC', 'the National League of Cities']
    """
    return list(_data()[section].get(canonical, []))


@lru_cache(maxsize=1)
def _head_patterns() -> list[re.Pattern[str]]:
    return [re.compile(p) for p in _data()["head_titles"]]


def is_head_title(title: str | None) -> bool:
    """True when a holder of this title leads the jurisdiction (mayor, county executive...)."""
    if not title:
        return False
    key = _key(title)
    return any(p.fullmatch(key) for p in _head_patterns())
