"""Canonical names for organisations and awards, and which titles lead a jurisdiction.

The knowledge is the same data extraction uses: known organisations with their
aliases and variants (``kg/data/organizations.json``), awards with their
variants (``kg/data/awards.json``) and head titles (``kg/data/titles.json``);
this module only reads it.  Folding aliases before minting IRIs is what makes ``CDG`` and ``Center
for Digital Government`` the same node.

>>> canonical_organization("CDG")
'Center for Digital Government'
>>> canonical_award("digital cities award")
'Digital Cities Survey'
>>> canonical_award("Some New Prize")
'Some New Prize'
>>> is_head_title("Mayor-President"), is_head_title("Chief Information Officer")
(True, False)
>>> is_generic_organization("Mayor's Office"), is_generic_organization("Department of Information Technology")
(True, True)
>>> is_generic_organization("Montgomery County Office of Public Information"), is_generic_organization("CDG")
(False, False)
>>> person_key("Thomas M. Menino") == person_key("Mayor Thomas Menino") == "thomas menino"
True
>>> place_key("City of St. Louis"), place_key("Saint Louis"), place_key("County of San Diego")
('st louis', 'st louis', 'san diego county')
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.data import load
from kg.keys import person_key  # re-exported: IRIs and extraction share one person key

__all__ = [
    "canonical_organization", "canonical_award", "aliases_of", "organiser_of", "is_head_title",
    "is_generic_organization", "person_key", "place_key",
]


def _key(name: str) -> str:
    """Compare names without case, spacing or a leading "the"."""
    key = " ".join(name.casefold().split())
    return key[4:] if key.startswith("the ") else key


def _names(entry: dict) -> list[str]:
    """Other names of a known organisation or award: its aliases, variants and the full names texts write
    it by (``written_forms``: reported as written, one node in the graph).

    Aliases that start with "the" ("the Center") are references that hold only
    inside one text, so they are neither folded nor shown as labels.
    """
    names = [a for a in entry.get("aliases", []) if not a.casefold().startswith("the ")]
    return names + list(entry.get("variants", [])) + list(entry.get("written_forms", []))


@lru_cache(maxsize=2)
def _entries(section: str) -> dict[str, list[str]]:
    """Canonical name -> other names, for ``organizations`` or ``awards``."""
    data = load("organizations")["known"] if section == "organizations" else load("awards")["awards"]
    return {entry["name"]: _names(entry) for entry in data}


@lru_cache(maxsize=2)
def _alias_table(section: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for canonical, aliases in _entries(section).items():
        table[_key(canonical)] = canonical
        for alias in aliases:
            table.setdefault(_key(alias), canonical)
    return table


def canonical_organization(name: str) -> str:
    """The canonical name of an organisation (aliases and acronyms folded)."""
    return _alias_table("organizations").get(_key(name), " ".join(name.split()))


def canonical_award(name: str) -> str:
    """The canonical name of an award series."""
    return _alias_table("awards").get(_key(name), " ".join(name.split()))


def organiser_of(award: str) -> str | None:
    """The organisation that gives an award series, as the award list names it (None when it names none).

    >>> organiser_of("Digital Cities Award"), organiser_of("CIO of the Year")
    ('Center for Digital Government', None)
    """
    return _organisers().get(canonical_award(award))


@lru_cache(maxsize=1)
def _organisers() -> dict[str, str]:
    return {a["name"]: a["organiser"] for a in load("awards")["awards"] if a.get("organiser")}


def aliases_of(section: str, canonical: str) -> list[str]:
    """The known aliases of a canonical name (``section`` is ``organizations`` or ``awards``).

    >>> aliases_of("organizations", "National League of Cities")
    ['NLC']
    """
    return list(_entries(section).get(canonical, []))


@lru_cache(maxsize=1)
def _org_patterns() -> tuple[list[re.Pattern[str]], list[re.Pattern[str]]]:
    data = load("organizations")
    return ([re.compile(p) for p in data["generic_office_patterns"]],
            [re.compile(p) for p in data["place_office_patterns"]])


def is_generic_organization(name: str) -> bool:
    """A name many cities share (Mayor's Office): not the same organisation across documents."""
    canonical = canonical_organization(name)
    if _key(canonical) in _alias_table("organizations"):
        return False
    key = _key(canonical)
    generic, specific = _org_patterns()
    return any(p.search(key) for p in generic) and not any(p.search(key) for p in specific)


@lru_cache(maxsize=1)
def _head_patterns() -> list[re.Pattern[str]]:
    return [re.compile(p) for p in load("titles")["head_titles"]]


def is_head_title(title: str | None) -> bool:
    """True when a holder of this title leads the jurisdiction (mayor, county executive...)."""
    if not title:
        return False
    key = _key(title)
    return any(p.fullmatch(key) for p in _head_patterns())


_TOKEN = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*", re.UNICODE)


_PLACE_PREFIX = re.compile(r"^(?:the\s+)?(?:city|town|village|township)\s+of\s+", re.IGNORECASE)
_COUNTY_OF = re.compile(r"^(?:the\s+)?county\s+of\s+(.+)$", re.IGNORECASE)
_SAINT = re.compile(r"\b(?:saint|st\.?)(?=\s)", re.IGNORECASE)


def place_key(name: str) -> str:
    """What identifies a city or county name: no "City of", "Saint" as "St", "County of X" as "X County"."""
    text = " ".join(name.split())
    text = _PLACE_PREFIX.sub("", text)
    county = _COUNTY_OF.match(text)
    if county:
        text = f"{county.group(1)} County"
    text = _SAINT.sub("st", text)
    return " ".join(_TOKEN.findall(text.casefold())) or name.strip()
