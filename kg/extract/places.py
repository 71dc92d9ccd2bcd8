"""Extraction component: cities and counties named in the text, with their states.

Press releases name places in a handful of ways, tried from the most to the
least reliable:

1. counties: "King County, Wash.", "MONTGOMERY COUNTY, MARYLAND", "Nevada County"
   (checked against the gazetteer, so "Overall County Government" is not a county);
2. a city followed by its state: "Raleigh, N.C.", "BATON ROUGE, LA", "Norfolk,
   Virginia", "Louisville Metro Government, KY", "Southeast Dallas, Texas";
3. a dateline with no state: "CORPUS CHRISTI — ...";
4. "City of Boston", "Town of Marana", "City and County of Denver";
5. a bare name: accepted when the same city was already named one of the ways
   above, or when it is a large city (population thresholds in
   ``kg/data/places.json``) and does not look like a person ("Mayor Rex
   Richardson", "Fischer said") or part of a county ("Arlington" next to
   "Arlington County").

A city's state is the one the text gives next to it, else the one state the
text names on its own that has a city of that name ("Two North Carolina
cities ... Winston-Salem"; a state written after another city does not count).  For the document's own
city (the dateline or "City of X" in the masthead) a missing state is filled
from a state the text names elsewhere, else from the gazetteer when one city of
that name clearly dominates.  A county's state is the one written next to it,
else a state the text names that has such a county ("Seven California
counties ... Nevada County" -> CA), else the only state with that county.

Keys this component leaves in ``doc.context`` for later components:

- ``places``: list of :class:`PlaceMention` (name, state, kind "city"/"county",
  how it was found, start/end offsets into ``doc.text``), in text order;
- ``main_place``: the document's own place (a :class:`PlaceMention`) or None:
  the dateline place, else the masthead "City of X", else the first place of
  the headline;
- ``states_named``: USPS codes of every state the text names (regions in
  ``kg/data/regions.json`` name theirs: "Hampton Roads" -> VA);
- ``countries_abroad``: the countries with a towns table (Britain, Ireland, Canada, Australia, New Zealand)
  that a page naming no US state names: what it is about.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from kg.data import load as load_data
from kg.extract.doc import Doc
from kg.extract.gazetteer import (
    abroad_towns,
    ap_state_forms,
    city_key,
    country_pattern,
    county_name,
    county_states,
    first_words,
    foreign_city,
    places_data,
    province_pattern,
    provinces,
    report_name,
    state_code,
    state_names,
    state_pattern,
    town_states,
    us_city,
    us_city_name,
)
from kg.extract.mentions import alternation, is_given_name, is_person_name, word_finditer
from kg.extract.regex import rx
from kg.record import City, County, DocumentRecord

__all__ = ["PlaceMention", "find_places", "extract"]


@dataclass(frozen=True)
class PlaceMention:
    """One place named in the text."""

    name: str  # reported name: "Fort Wayne", "New York", "King County"
    state: str | None  # state written next to it, USPS code
    kind: str  # "city" or "county"
    how: str  # "county", "with_state", "dateline", "city_of", "bare", "foreign"
    start: int
    end: int


# Latin-1 letters too: "San José", "Cañon City", "Española" are written with their accents
_TOKEN = r"(?:[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ.'’-]*|[A-Z]\.(?:[A-Z]\.)+|St\.|Ft\.|Mt\.)"
# (small words inside a name: "Fond du Lac", "Coeur d'Alene", "Sault Ste. Marie")
_CAP_RUN = re.compile(rf"{_TOKEN}(?:[ \t]+(?:{_TOKEN}|of|de|del|la|los|las|du|d['’](?=[A-Z]){_TOKEN}))*")
_COUNTY_WORD = re.compile(r"\b(County|COUNTY|Parish|PARISH|Borough|BOROUGH)\b")
_DASH = r"(?:—|–|--|-|\(|,)"
_LONG_DASH = re.compile(r"[ \t]*(?:—|–|--)[ \t]")
_DATELINE = re.compile(rf"^([A-Z][A-Z.'’ -]{{2,40}}?)\s*{_DASH}", re.M)
# "Hamilton, Ontario, " / "Espoo, " before a country: up to four capitalised words, an optional province
_LIST_GOES_ON = re.compile(r"[ \t]*(?:$|[;,)\n]|\.|and\b)")
# ("Kirklees in Yorkshire, UK", "Warsaw in Poland": the region or the country after "in")
_ABROAD = re.compile(r"(?<![\w'’.-])(?P<city>[A-ZÀ-Þ][\w'’.-]*"
                     r"(?:[ \t-]+(?:[A-ZÀ-Þ][\w'’.-]*|de|la|les|sur|am|an|aan|der|den|van|op|das|dos|do|da|del|di|du|"
                     r"upon)){0,3})"
                     r"(?:(?:,[ \t]+|[ \t]+in[ \t]+(?=[A-Z]))"
                     r"(?:(?P<prov>[A-ZÀ-Þ][\w'’.-]*(?:[ \t]+[A-ZÀ-Þ][\w'’.-]*){0,2}),[ \t]+)?"
                     # ("| Babylon | Czech Republic | Gold |": a table's place column beside its country column)
                     r"|[ \t]*\|[ \t]*)(?=[A-Z])")
_POSSESSIVE = re.compile(r"['’]s$")
_COUNTY_OF = re.compile(r"(?<!City and )\bCounty of[ \t]+([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})")
_CITY_OF = re.compile(r"\b(?:City and County of|City of|Town of|Township of|Village of|Borough of|CITY OF|TOWN OF|"
                      r"(?<=\b[Tt]he )(?:city|town|township|village|borough) of)\s+"
                      # ("the village of Lake in the Hills", "City of Isle of Palms": small words inside a name)
                      rf"({_TOKEN}(?:[ \t]+(?:(?:in|of|on|by)[ \t]+(?:the[ \t]+)?)?{_TOKEN}){{0,3}})")


_DASHED_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][\w'’.]*)[ \t]+[–—-][ \t]+$")



def _metro_parts(written: str, code: str) -> list[tuple[str, int, int]] | None:
    """(city, start, end) of each city of a metro area written as two to four cities of the state joined by
    hyphens ("Minneapolis-St. Paul", "Raleigh-Durham", "Stamford-Norwalk-Bridgeport",
    "Daytona Beach-Deltona-Ormond Beach"), else None."""
    part = r"[A-Z][\w.'’]*(?: [A-Z][\w.'’]*)?"
    if not rx(rf"{part}(?:[-–]{part}){{1,3}}").fullmatch(written):
        return None
    out = []
    for m in rx(part).finditer(written):
        canon = _city_lookup(m.group(0), code)
        if not canon:
            return None
        out.append((canon, m.start(), m.end()))
    return out


def _past_column_country(city: str, at: int) -> tuple[str, int]:
    """A city abroad read from a table whose columns ran together keeps the previous column's country out of
    its name: "... Manitoba, Canada Oshawa, Ontario, Canada" is Oshawa, "USA Winnipeg" Winnipeg."""
    lead = country_pattern().match(city)
    end = lead.end() if lead else next((len(f) for f in load_data("places")["home_country_forms"]
                                        if city.startswith(f + " ")), 0)
    if end and city[end:end + 1] == " " and city[end + 1:end + 2].isupper():
        return city[end + 1:], at + end + 1
    return city, at

def _abroad(name: str, a: int, b: int) -> PlaceMention:
    """A place abroad written with its country or province: a city, or a county ("Grey County, Ontario")."""
    if name.endswith(" County"):
        return PlaceMention(name, None, "county", "county", a, b)
    return PlaceMention(name, None, "city", "foreign", a, b)


def _title(s: str) -> str:
    """Title-case ALL-CAPS text ('BATON ROUGE' -> 'Baton Rouge'); leave mixed case alone."""
    if s.isupper():
        return " ".join(w.capitalize() if not rx(r"(?:[A-Z]\.)+").fullmatch(w) else w for w in s.split())
    return s


def _tokens_before(text: str, end: int, limit: int = 5) -> list[tuple[int, str]]:
    """Capitalised tokens (start, token) running back from ``end``, nearest last."""
    out: list[tuple[int, str]] = []
    pos = end
    while len(out) < limit:
        # (a small word inside a name goes with the word after it: "Fond du Lac", "Coeur d'Alene")
        m = re.search(rf"((?:du[ \t]+|d['’](?=[A-Z]))?{_TOKEN})[ \t]*$", text[max(0, pos - 40):pos])
        if not m:
            break
        start = max(0, pos - 40) + m.start(1)
        token = m.group(1)
        if "--" in token:  # a dash typed as two hyphens ends the name: "the Southwest--Tampa, Fla."
            cut = token.rindex("--") + 2
            if cut < len(token):
                out.insert(0, (start + cut, token[cut:]))
            break
        out.insert(0, (start, token))
        pos = start
    return out


# a capitalised word opening a sentence or line ("Then Boston"), not one after an initial ("J. Sterling")
_SENTENCE_OPENER = re.compile(r"(?:^|(?<!\b[A-Z])[.!?]\s*|[:;\n\"“]\s*)[A-Z][a-z]+\s+$")
_TITLE_AFTER_COMMA = re.compile(r", [A-Z]")
_LINE_LEAD = re.compile(r"(?:^|\n)[ \t•*_–-]*$")  # a line's start, after a bullet if any
_ORDINAL_LEAD = re.compile(r"(?:^|\n)[ \t]*\d{1,3}[.):][ \t]*$")  # a numbered line's start: "9. "
_LIST_LEAD = re.compile(r"(?:[;,–—:|]\s|\b(?:and|in|of|from)\s)$")
_STOP_HEAD = {"The", "And", "In", "Of", "From", "At", "For", "With", "Including", "Like", "Other", "Both", "Than",
              "Among", "Near", "Outside", "Across", "By", "To", "On", "Or", "As", "Its", "Their", "His", "Her"}


_SAINT = re.compile(r"(?:^|(?<= ))(?:Saint|St\.?)(?= )")


def _as_written(canon: str, written: str) -> str:
    """Keep the text's 'St.'/'Saint' choice ('St. Paul', 'Port St. Lucie', not the gazetteer's 'Saint Paul',
    'Port Saint Lucie')."""
    w = _title(written).strip()
    said = _SAINT.findall(w)
    if said and len(said) == len(_SAINT.findall(canon)):
        forms = iter("Saint" if x == "Saint" else "St." for x in said)
        return _SAINT.sub(lambda _m: next(forms), canon)
    return canon


def _strip_possessive(name: str) -> str:
    return name[:-2] if name.endswith(("'s", "’s")) else name


@lru_cache(maxsize=1 << 16)
def _first_key(word: str) -> str:
    """The gazetteer key's first word for a written word: whether a city name may start with it (a word is
    met again and again on a page and across pages, so it is worked out once)."""
    return city_key(_strip_possessive(word).rstrip(".,")).split(" ")[0]


@lru_cache(maxsize=1 << 16)
def _city_lookup(candidate: str, state: str | None = None) -> str | None:
    """Gazetteer name for a written city (aliases, 'Metro Government', 'Southeast ...')."""
    data = places_data()
    cand = _strip_possessive(_title(candidate)).strip(" .,")
    alias = data["city_aliases"].get(cand.lower())
    if alias:
        cand = alias
    for suffix in data["government_suffixes"]:
        if cand.endswith(" " + suffix):
            cand = cand[: -len(suffix) - 1]
    hits = us_city(cand)
    if hits and (state is None or state in hits):
        return us_city_name(cand, state)
    return None


class _Spans:
    """Characters already read as a place: O(length) overlap checks however many places a page has."""

    def __init__(self, n: int) -> None:
        self.mask = bytearray(n + 1)

    def add(self, a: int, b: int) -> None:
        self.mask[a:b] = b"\x01" * (b - a)

    def hit(self, a: int, b: int) -> bool:
        return 1 in self.mask[a:b]


@cache
def _not_city_after() -> re.Pattern[str]:
    """Words right after a bare city name that make it a street's or a company's name."""
    alts = [re.escape(w) if w.startswith(",") else r"[ \t]+" + re.escape(w)
            for w in sorted(places_data()["not_city_after"], key=len, reverse=True)]
    return re.compile(r"(?:" + "|".join(alts) + r")(?!\w)")


@cache
def _city_word_after() -> re.Pattern[str]:
    """A word after a city's name that still means the city: "Baltimore City"."""
    return re.compile(r"[ \t]+(?:" + "|".join(map(re.escape, places_data()["city_words_after"])) + r")\b")


def _glued(text: str, a: int) -> bool:
    """A capital inside a word ("e.Republic", "myTacoma"): not the start of a place name."""
    return a > 0 and (text[a - 1].isalnum() or (text[a - 1] in ".@" and a > 1 and text[a - 2].isalnum()))


_NAME_BEFORE = re.compile(r"(?:^|[\s(\[*_\"“‘'])([A-Z][a-z]+)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([A-Z][\w.'’-]*)")
_NAME_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)\b")


def _wedged(before: str, after: str, not_name: set[str]) -> bool:
    """A capitalised word on each side, and no state after: the town's name is a word of a longer name
    ("**Neighborhood Opportunity Map**", "the Greater Bellevue Fund").  A title or state word after it
    ("Phoenix Mayor", "Columbus Ohio") and a preposition before it ("In Phoenix Sky Harbor") do not count."""
    pw = _NAME_BEFORE.search(before)
    nw = _NAME_AFTER.match(after)
    if not pw or not nw or nw.group(1) in not_name or nw.group(1) in _STOP_HEAD:
        return False
    return pw.group(1) not in _STOP_HEAD and pw.group(1) not in {"Like", "Including", "Near", "Downtown"}


def _overlaps(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(a < e and s < b for s, e in spans)


_CELL_END = re.compile(r"[ \t]*(?:\||\n|$)")
# a state written after a city with only a space: the city's last letter (or dot) and one space or tab
_LOOSE_STATE = re.compile(r"[\w.][ \t]")
# a state name that goes on into another name: "Virginia Beach", "Ohio State", "New York Times", "Texas-based"
_STATE_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z][a-z]|[-–][A-Za-z]|['’]s\b|[ \t]+(?:State|STATE|City|CITY)\b")


@cache
def _ap_without_dot() -> re.Pattern[str]:
    """An AP abbreviation written without its dot, closing a place: "Indianapolis, Ind;", "Virginia Beach, Va:"."""
    forms = sorted({f.rstrip(".") for f in ap_state_forms() if rx(r"[A-Z][a-z]+\.?").fullmatch(f)},
                   key=lambda f: (-len(f), f))
    return re.compile(r"(?<=, )(?:" + "|".join(forms) + r")(?=[ \t]*(?:[;:,)\n]|$))", re.M)


def _after_title(text: str, a: int, data: dict) -> bool:
    """A title word right before ``a`` ("Mayor", "Dr."): the name that follows is a person's."""
    m = rx(r"(\S+)[ \t]+$").search(text[max(0, a - 30):a])
    return m is not None and m.group(1) in data["title_words"]


def _states_after_cities(text: str) -> list[re.Match[str]]:
    """Every state form that may close a city's name, in text order (AP forms with and without their dot)."""
    out = list(state_pattern().finditer(text))
    extra = list(_ap_without_dot().finditer(text))
    if extra:
        out = sorted(out + extra, key=lambda m: m.start())
    return out


#: words that name a kind of government, never a place by themselves
_GENERIC_NAMES = frozenset({"City", "County", "Town", "Village", "Parish", "Borough", "Township", "Metro",
                            "Government", "Municipality", "State"})


def find_places(text: str) -> list[PlaceMention]:
    """Every city and county mention in ``text``, in text order.

    >>> [(p.name, p.state, p.how) for p in find_places("RALEIGH, N.C. – Raleigh and Durham County won.")]
    [('Raleigh', 'NC', 'with_state'), ('Raleigh', None, 'bare'), ('Durham County', None, 'county')]
    """
    data = places_data()
    found: list[PlaceMention] = []
    taken = _Spans(len(text))
    for a, b, _code in _regions_in(text):
        taken.add(a, b)  # "Hampton Roads" is a region, not Hampton

    # 1. counties
    for m in _COUNTY_WORD.finditer(text):
        if rx(r"\s+of\b").match(text, m.end()):
            continue
        toks = _tokens_before(text, m.start(), 4)
        for i in range(len(toks)):
            start = toks[i][0]
            base = text[start:m.start()].strip()
            if rx(r"\b(?:of|and)\b").search(base) and not rx(r"\bde\b").search(base):
                continue
            name = _title(base) + " " + m.group(1).capitalize()
            canon = county_name(name)
            if canon is None and m.group(1) == "County" and _ABROAD_COUNTY_BASE.fullmatch(base) \
                    and (sep := _ABROAD_AFTER_COUNTY.match(text, m.end())):
                # "Wellington County, Ontario", "Yangxin County, P.R. China": a county abroad, as written
                where = text[sep.end():]
                prov = rx(r"[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)*").match(where)
                if (prov and prov.group(0).lower() in provinces()) or country_pattern().match(where) \
                        or rx(r"P\.\s?R\.\s?China\b").match(where):
                    found.append(PlaceMention(name, None, "county", "county", start, m.end()))
                    taken.add(start, m.end())
                    break
            if canon:
                dm = _DASHED_BEFORE.search(text, max(0, start - 30), start)
                if dm and county_name(dm.group(1) + "-" + name):  # "Miami – Dade County" is Miami-Dade County
                    canon, start = county_name(dm.group(1) + "-" + name), dm.start(1)
                canon = _as_written(canon, name)  # "Saint Louis County" as the text writes it
                end = m.end()
                sm = rx(r"[ \t]*\|[ \t]*|,?[ \t]+").match(text, end)
                state = written_state = None
                if sm:
                    st = state_pattern().match(text, sm.end())
                    # "King County, Wash." or a table row's next cell: "King County | Wash. |"
                    if st and (text[end:end + 1] == ","
                               or ("|" in sm.group(0) and _CELL_END.match(text, st.end()))):
                        state = written_state = state_code(st.group(0))
                        if state in county_states(canon):
                            taken.add(st.start(), st.end())
                        else:
                            state = None
                cm = rx(r"((?:[A-Z][\w.'’-]*[ \t]){0,2}[A-Z][\w.'’-]*)/$").search(text[max(0, start - 30):start])
                # "Athens/Clark County, Georgia": the city of the written state, whatever the county's spelling
                city = _city_lookup(cm.group(1), written_state) if cm and written_state else None
                state = written_state if city else state
                if city:  # "Louisville/Jefferson County, Ky.": a consolidated government, reported as its city
                    a = start - len(cm.group(0))
                    found.append(PlaceMention(report_name(city), state, "city", "with_state", a, st.end()))
                    taken.add(a, st.end())
                    break
                found.append(PlaceMention(canon, state, "county", "county", start, m.end()))
                taken.add(start, m.end())
                break

    # "Camden, Cobb, and Fulton counties", "Kern and Tulare Counties": one word for a list of counties
    for m in _COUNTIES_WORD.finditer(text):
        for a, b, name in _listed_before(text, m.start(), lambda w: county_name(w + " County")):
            if not taken.hit(a, b):
                found.append(PlaceMention(name, None, "county", "county", a, b))
                taken.add(a, b)

    # "County of Los Angeles, CA", "the County of San Diego": a county written as its government
    for m in _COUNTY_OF.finditer(text):
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            written = " ".join(words[:n])
            if written.endswith(".") and len(words[n - 1]) > 3:
                written = written[:-1]  # "to the County of Maui.": the sentence's stop is not the name's
            canon = county_name(_title(written) + " County")
            a, b = m.start(1), m.start(1) + len(written)
            if canon and not taken.hit(a, b):
                state = None
                st = rx(r",[ \t]+").match(text, b)
                stm = state_pattern().match(text, st.end()) if st else None
                if stm and state_code(stm.group(0)) in county_states(canon):
                    state, b = state_code(stm.group(0)), stm.end()
                found.append(PlaceMention(canon, state, "county", "county", a, b))
                taken.add(a, b)
                break

    # a city abroad with its country, and maybe its province: "Espoo, Finland", "Hamilton, Ontario, Canada"
    abroad = list(_ABROAD.finditer(text))
    for m in abroad:
        country = country_pattern().match(text, m.end())
        if not country:
            continue
        city, a = _past_column_country(m.group("city"), m.start("city"))
        b = a + len(city)
        if city.lower() in provinces() or city in state_names() or taken.hit(a, country.end()):
            continue
        if country.group(0) in state_names():  # "Tbilisi, Georgia": a US state's name first
            continue
        if country_pattern().fullmatch(city) or city in data["home_country_forms"]:
            # "Canada, the United States, Taiwan": a list of countries
            continue
        listed = (a == 0 or rx(r"(?:^|[;:•|]|\n)[ \t_*•-]*$").search(text[max(0, a - 4):a]) is not None) and \
            rx(r"[ \t]*(?:$|[;,)|\n]|\.[ \t]*(?:$|\n))").match(text[country.end():country.end() + 3]) is not None
        # "..., Umea, Sweden, and Ringkøbing-Skjern, Denmark": a member of a list of places abroad
        listed = listed or (rx(r"(?:[,;]|\band)[ \t]+$").search(text[max(0, a - 6):a]) is not None
                            and any(p.how == "foreign" and a - 120 < p.start < a for p in found)
                            and _LIST_GOES_ON.match(text[country.end():country.end() + 4]) is not None)
        if " in " in text[m.end("city"):m.end() + 1] and not (foreign_city(city) or m.group("prov")):
            continue  # "Renewable Energy Projects in Bosnia and Herzegovina": "in" a country alone says no city
        if not (foreign_city(city) or m.group("prov") or listed) or _title(city) in _STOP_HEAD:
            continue  # "Today, France ...": a sentence's first word is no city
        if m.group("prov") and "," in text[m.end("city"):m.start("prov")] and _LIST_BEFORE.search(
                text, max(0, a - 40), a) and _LIST_AFTER.match(text, country.end()):
            continue  # "Hastings, Inver Grove Heights, Isanti, Jordan, La Crescent": members of a list of towns
        found.append(_abroad(city, a, b))
        taken.add(a, country.end())
        prov = m.group("prov")
        big = foreign_city(prov) if prov and prov.lower() not in provinces() else None
        if big and big[2] >= data["bare_min_population_foreign"]:
            # "Gangnam District, Seoul, Korea": the district's city is a city too
            found.append(PlaceMention(big[0], None, "city", "foreign", m.start("prov"), m.end("prov")))

    # a city abroad with only its province: "Burlington, Ontario; Fredericton, New Brunswick"
    for m in abroad:
        pm = province_pattern().match(text, m.end())
        city, a = _past_column_country(m.group("city"), m.start("city"))
        b = a + len(city)
        if m.group("prov") or not pm or taken.hit(a, pm.end()) or city.lower() in provinces():
            continue
        if city in state_names() or _title(city) in _STOP_HEAD:
            continue
        found.append(_abroad(city, a, b))
        taken.add(a, pm.end())

    # 2. city, state
    state_codes = state_names()
    for st in _states_after_cities(text):
        if taken.hit(st.start(), st.end()):
            continue
        loose = paren = False
        if text[max(0, st.start() - 2):st.start()] == ", ":
            sep = 2
        elif text[max(0, st.start() - 3):st.start()] == " | " and _CELL_END.match(text, st.end()):
            sep = 3  # a table row: "Springfield | IL"
        elif text[max(0, st.start() - 2):st.start()] == " (" and text[st.end():st.end() + 1] == ")":
            sep, paren = 2, True  # its state in parentheses: "Euless (TX)", "Lake Oswego (Ore.)"
        elif _LOOSE_STATE.match(text, max(0, st.start() - 2)) and not _STATE_NAME_GOES_ON.match(text, st.end()):
            sep, loose = 1, True  # no comma: "Louisville KY", "Algoma Wisconsin", "Fort Collins Colo."
            if text[max(0, st.start() - 4):st.start()] == " in " and not st.group(0).isupper():
                sep, loose = 4, False  # "Park City in Utah", "Richardson in Texas": a city the state has
        else:
            continue
        code = state_code(st.group(0))
        close = st.end() + 1 if paren else st.end()  # (the closing parenthesis is the mention's too)
        toks = _tokens_before(text, st.start() - sep)
        for i in range(len(toks)):
            start = toks[i][0]
            written = text[start:st.start() - sep]
            if taken.hit(start, st.start() - sep):
                continue
            if state_codes.get(_title(written), code) not in (code, ) and code != "DC" \
                    and st.group(0) not in ap_state_forms():
                # "Iowa, Missouri, Ohio": a list of states, not a city ("Washington, N.C." is a city), and no
                # shorter name inside the state's is one either ("North Carolina, Rhode Island" holds no Carolina)
                break
            if loose and (set(written.split()) & set(data["title_words"]) or _title(written.split()[0]) in _STOP_HEAD
                          or _after_title(text, start, data)):
                continue  # "Mayor Tyler Texas" is a person
            canon = _city_lookup(written, code)
            if canon:
                found.append(PlaceMention(_as_written(report_name(canon), written), code, "city", "with_state",
                                          start, close))
                taken.add(start, close)
                break
            parts = _metro_parts(written, code)
            if parts and (start == 0 or not text[start - 1].isalnum()):
                # a metro area named by its cities: "Minneapolis-St. Paul, MN", "Detroit-Livonia-Dearborn, MI" are
                # each a city of the state (the last mention closes with the state)
                for k, (canon, a, b) in enumerate(parts):
                    found.append(PlaceMention(_as_written(report_name(canon), written[a:b]), code, "city",
                                              "with_state", start + a, close if k == len(parts) - 1 else start + b))
                taken.add(start, close)
                break
            opens_line = _LINE_LEAD.search(text, max(0, start - 8), start) \
                or _ORDINAL_LEAD.search(text, max(0, start - 8), start) \
                or rx(r"[;:][ \t]*$").search(text[max(0, start - 3):start])  # "...; South Miami, FL; ..."
            if " " in written and code in town_states(written) and opens_line:
                # a town of the state whose name holds a bigger city's, opening its line: "9. Lake St. Louis, Mo."
                found.append(PlaceMention(_title(written), code, "city", "with_state", start, close))
                taken.add(start, close)
                break
        else:
            if paren:
                continue  # "Tacoma Water (Washington)": an agency's name before its state, no small town
            # a small town the town table knows in that state: "10th  Manor, Texas" in a ranked list
            listed = not loose or (toks and (toks[0][0] == 0 or text[toks[0][0] - 1] == "\n"
                                             or _LIST_LEAD.search(text[max(0, toks[0][0] - 3):toks[0][0]])))
            town = _small_town_with_state(text, toks, st.start() - sep, code, taken, data,
                                          abbreviated=st.group(0) in ap_state_forms()) \
                if code and listed else None
            if town:
                found.append(PlaceMention(_title(text[town:st.start() - sep]), code, "city", "with_state", town,
                                          close))
                taken.add(town, close)
                continue
            # a town too small for the gazetteer, written the AP way in a list or dateline (not an acronym
            # before a state agency: "MACOG, Indiana State Department of Health")
            if toks and code and sep == 2 and not _STATE_NAME_GOES_ON.match(text, st.end()):
                for a, _tok in toks[-3:]:
                    written = text[a:st.start() - sep]
                    name = _small_town_name(written, data)
                    if (name and not taken.hit(a, st.start())
                            and (_LINE_LEAD.search(text, max(0, a - 8), a)
                                 or _LIST_LEAD.search(text[max(0, a - 6):a]))):
                        found.append(PlaceMention(name, code, "city", "with_state", a, close))
                        taken.add(a, close)
                        break

    # a state written once for a list of its places: "Orlando, Plantation, and Winter Park, Florida"
    for p in [p for p in found if p.state and p.how in ("with_state", "county")]:
        found.extend(_list_sharing_state(text, p, taken, data))

    # 3. datelines without a state
    for m in _DATELINE.finditer(text):
        written = m.group(1).strip()
        if taken.hit(m.start(1), m.start(1) + len(written)):
            continue
        canon = _city_lookup(written)
        if canon:
            found.append(PlaceMention(_as_written(report_name(canon), written), None, "city", "dateline", m.start(1),
                                      m.start(1) + len(written)))
            taken.add(m.start(1), m.start(1) + len(written))
        elif written.isupper() and (abroad := foreign_city(_title(written))) \
                and country_pattern().match(text[m.end():m.end() + 40].strip(" \t").title()):
            # "TOKYO, JAPAN - Media OutReach - 22 June 2022 - ...": a city abroad datelined with its country
            found.append(PlaceMention(abroad[0], None, "city", "foreign", m.start(1), m.start(1) + len(written)))
            taken.add(m.start(1), m.start(1) + len(written))
        elif (written.isupper() and _LONG_DASH.match(text, m.start(1) + len(written))
              and town_states(_title(written)) and _title(written) not in data["bare_stopwords"]
              and _title(written) not in state_names()):
            # "COLDWATER — For the 18th consecutive year ...": a small town's dateline, written in capitals
            # before a long dash, its state unknown when several states have a town of that name
            states = town_states(_title(written))
            found.append(PlaceMention(_title(written), next(iter(states)) if len(states) == 1 else None, "city",
                                      "dateline", m.start(1), m.start(1) + len(written)))
            taken.add(m.start(1), m.start(1) + len(written))

    # 4. City of X
    for m in _CITY_OF.finditer(text):
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            # "The City of Merriam’s Communications Team": the town, not its possessive
            written = _POSSESSIVE.sub("", " ".join(words[:n]))
            canon = _city_lookup(written)
            a = m.start(1)
            b = a + len(written)
            if taken.hit(a, b):
                continue
            if canon:
                found.append(PlaceMention(_as_written(report_name(canon), written), None, "city", "city_of", a, b))
                taken.add(a, b)
                break
            abroad = foreign_city(written)
            if abroad:  # "the Township of Langley", "City of Maple Ridge": a city abroad
                found.append(PlaceMention(abroad[0], None, "city", "foreign", a, b))
                taken.add(a, b)
                break
            # a name is whole at the match's end or before a place it is in ("the village of Sleepy Hollow in
            # Mount Pleasant"); a town of two words or more is whole before its agency too ("The City of Green
            # River Parks and Recreation Department" is Green River, not the city of Green, Ohio)
            whole = n == len(words) or words[n] in ("in", "of", "on", "by") or n >= 2 \
                or _POSSESSIVE.search(words[n - 1])
            towns = town_states(written) if whole else frozenset()
            if towns:  # "The Town of Culver": a small town the gazetteer lacks, with its state when the page
                named = _states_named(text, found) & towns  # names one of the states it is a town of
                found.append(PlaceMention(written, next(iter(named)) if len(named) == 1 else None, "city",
                                          "city_of", a, b))
                taken.add(a, b)
                break

    # "the Towns of Cary and Apex", "Cities of Raleigh and Wilson": one word for a list of places
    stop_words = set(data["bare_stopwords"])
    if _PLACES_OF.search(text):
        named = _states_named(text, found)
        codes = {n.lower(): c for n, c in state_names().items()}
        for m in _PLACES_OF.finditer(text):
            # a state named anywhere on the line counts, even as part of an agency's name
            lo, hi = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end()) % (len(text) + 1)
            near = named | {codes[n.lower()] for x, y, n in _state_mentions(text) if lo <= x and y <= hi}
            for a, b, name in _listed_after(text, m.end(), lambda w: w if town_states(w) else None):
                if taken.hit(a, b) or name in stop_words:
                    break
                inside = [s for s in town_states(name) if s in near]
                canon = _city_lookup(name, inside[0]) if len(inside) == 1 else _city_lookup(name)
                found.append(PlaceMention(_as_written(report_name(canon), name) if canon else name,
                                          inside[0] if len(inside) == 1 else None, "city", "city_of", a, b))
                taken.add(a, b)

    # a metro area written as its cities ("Dallas-Fort Worth", "Palm Bay-Melbourne-Titusville") or two cities
    # sharing a line ("Columbia/Ellicott City, MD"): each city a place
    found.extend(_joined_cities(text, found, taken))

    # 5. counties listed without the word "County", before their names can be read as bare cities
    found.extend(_listed_counties(text, found, taken))
    # ... and Ireland's, written before their names, with the towns they follow ("Glaslough, Co Monaghan")
    found.extend(_irish_places(text, taken))

    # 6. bare names
    known = {p.name for p in found}
    county_bases = {p.name.rsplit(" ", 1)[0] for p in found if p.kind == "county"}
    stop = stop_words
    titles = set(data["title_words"])
    verbs = set(data["speech_verbs"])
    states = set(state_names())
    blockers = tuple(data["not_city_before"])
    doc_states: set[str] | None = None
    doc_states_bare: set[str] | None = None
    page_verdict: list[bool] = []

    def page_abroad() -> bool:
        if not page_verdict:  # asked once, when a bare name first needs it
            page_verdict.append(_page_abroad(text, _states_named(text, found)))
        return page_verdict[0]

    for run in _CAP_RUN.finditer(text):
        run_text = run.group(0)
        # (most runs are one word)
        words = [(0, len(run_text))] if " " not in run_text and "\t" not in run_text else \
            [(w.start(), w.end()) for w in rx(r"\S+").finditer(run_text)]
        i = 0
        while i < len(words):
            hit = None
            if _first_key(text[run.start() + words[i][0]:run.start() + words[i][1]]) not in first_words():
                i += 1
                continue
            for j in range(min(len(words), i + 4), i, -1):
                a, b = run.start() + words[i][0], run.start() + words[j - 1][1]
                written = _strip_possessive(text[a:b]).rstrip(".,")
                if written.isupper() and (len(written) > 3 or written.lower() not in data["city_aliases"]):
                    continue  # an all-caps word is a heading or an acronym ("ADA Notice"), unless an alias ("NYC")
                b = a + len(written)
                canon = _city_lookup(written)
                foreign = None if canon else foreign_city(written)
                if canon or foreign:
                    hit = (j, a, b, written, canon, foreign)
                    break
            if hit is None:
                i += 1
                continue
            j, a, b, written, canon, foreign = hit
            i = j
            if taken.hit(a, b):
                continue
            name = _as_written(report_name(canon), written) if canon else foreign[0]
            before = text[max(0, a - 40):a]
            after = text[b:b + 30]
            prev_word = rx(r"(\S+)\s*$").search(before)
            if prev_word and prev_word.group(1) in titles:
                continue
            nxt = rx(r"\s+(\w+)").match(after)
            if nxt and nxt.group(1) in verbs:
                continue
            if rx(r"\s+(County|Parish)\b").match(after) or before.rstrip().endswith(blockers):
                continue
            if _not_city_after().match(after) or _glued(text, a):
                continue  # "University Avenue", "Republic, Inc.", "e.Republic": a street or a company
            if name in county_bases and not _city_word_after().match(after):
                continue  # "Arlington" next to "Arlington County"; but "Baltimore City" is the city
            if name not in known:
                if (written in stop and not _municipal_evidence(text, written)) or written.lower() in provinces() or (
                        written in states and not _state_named_city(written, text, a, b, titles)):
                    continue  # "in Ontario" is the province, whatever California's city of that name
                # a capitalised word right before, not opening the sentence: part of a name
                pw = rx(r"(?:^|[\s(])([A-Z][a-z]+)[ \t]+$").search(before)
                if pw and is_given_name(pw.group(1)) and is_person_name(f"{pw.group(1)} {written}"):
                    continue  # "Wayne Parker, chief administrative officer": a person's surname, even opening a line
                nw = _NAME_AFTER.match(after)
                if nw and canon and is_given_name(written) and is_person_name(f"{written} {nw.group(1)}") \
                        and nw.group(1) not in states and not _city_word_after().match(after) \
                        and max(v[1] for v in us_city(canon).values()) < data["bare_min_population_given_name"]:
                    continue  # "Alice Lipowicz is a staff writer": a small town's name that is a given name
                abroad = not canon and _abroad_after(after)  # "the Year Eindhoven in the Netherlands"
                if pw and not _SENTENCE_OPENER.search(before) and not abroad and \
                        pw.group(1) not in {"In", "At", "From", "And", "Like", "Including"}:
                    continue  # "J. Sterling Morton": a capitalised word before, after an initial's dot
                if pw and _TITLE_AFTER_COMMA.match(after) and after[2:].split(" ", 1)[0].strip(",.") in titles:
                    continue  # "Jane Salem, Director of Communications": a person
                if _wedged(before, after, titles | states):
                    continue  # "Neighborhood Opportunity Map": a town's name inside another name
                if canon:
                    pop = max(v[1] for v in us_city(canon).values())
                    # a name of two words or more that one state alone has ("Santa Monica", "Sugar Land") is that
                    # city from a smaller size than a one-word name, which may be a surname or a word
                    compound = len(canon.split()) >= 2 and len(us_city(canon)) == 1 \
                        and pop >= data["bare_min_population_us_compound"]
                    if pop < data["bare_min_population_us"] and not compound:
                        # a smaller city counts when it is in a state the text names ("suburbs
                        # including Dublin and Westerville" in a Columbus, Ohio release)
                        if doc_states is None:
                            doc_states = _states_named(text, found)
                        inside = [s for s in us_city(canon) if s in doc_states]
                        if len(inside) > 1:  # "Four California cities ... Dublin" in a page listing other states
                            if doc_states_bare is None:
                                doc_states_bare = _states_named(text, found, bare_only=True)
                            inside = [s for s in inside if s in doc_states_bare]
                        if len(inside) != 1 or rx(r"\b[Tt]he\s+$").search(before):
                            big_abroad = _big_abroad(written, before, after, data, page_abroad())
                            if big_abroad:  # "Paris", "Vienna": a small US namesake does not hide the city abroad
                                found.append(PlaceMention(big_abroad, None, "city", "foreign", a, b))
                                taken.add(a, b)
                            continue  # "across the Potomac" is the river
                        found.append(PlaceMention(name, inside[0], "city", "bare_in_state", a, b))
                        taken.add(a, b)
                        continue
                elif foreign[2] < data["bare_min_population_foreign"] and not _abroad_after(after) and not (
                        foreign[2] >= data["bare_min_population_foreign_listed"]
                        and (rx(r"(?:[,;]|\band|\balongside|\bincluding)\s*$").search(before)
                             or rx(r"(?:,|;|\s+and\b)").match(after) or page_abroad())) and not (
                        page_abroad() and _name_line(text, a, b)):
                    continue  # a smaller foreign city counts in a list: "alongside Lyon and Osaka"; any the
                    # gazetteer knows counts on a line of names on a page abroad ("2024 Velenje, Winterswijk")
                elif (nw := _WORD_AFTER.match(after)) and nw.group(1) not in titles and nw.group(1) not in states:
                    continue  # "Sydney Grant", "Mary B. Smith", "the Vienna Convention": a word of a longer name
                if not canon and any(p.kind == "county" and p.name.rsplit(" ", 1)[0] == written for p in found):
                    continue  # "TEAM Leon" on a page about Leon County: the county's short name, not León abroad
            found.append(PlaceMention(name, None, "city", "bare" if canon else "foreign", a, b))
            taken.add(a, b)
    found.extend(_listed_towns(text, found, taken))
    found.extend(_ranked_towns(text, found, taken))
    found.extend(_placed_towns(text, found, taken))
    found.extend(_winning_towns(text, found, taken))
    found.extend(_winning_runs(text, found, taken))
    found.extend(_county_row_towns(text, found, taken))
    found.extend(_state_row_towns(text, found, taken))
    found.extend(_labelled_row_towns(text, found, taken))
    found.extend(_towns_in_their_state(text, taken))
    found.extend(_agency_towns(text, found, taken))
    found.extend(_semicolon_item_towns(text, found, taken))
    found.extend(_state_kind_list_towns(text, taken))
    found.extend(_abroad_towns_in_award_sentences(text, found, taken))
    found.extend(_towns_named_again(text, found, taken))
    found = [p for p in found if p.name not in _GENERIC_NAMES]  # "El Paso City and County, Texas": no "County"
    found = [p for p in found if not (p.how == "foreign" and " " not in p.name and _a_person_s_name(text, p))]
    found.sort(key=lambda p: p.start)
    return found


def _a_person_s_name(text: str, p: PlaceMention) -> bool:
    """Whether a one-word city abroad written without its country is a name the page gives a person ("Samara
    Cotton ... Samara's mother", "President John F. Kennedy ... Like Kennedy, the team")."""
    if _COUNTRY_AFTER.match(text, p.end):
        return False
    written = text[p.start:p.end]
    name = re.escape(written)
    # (the name first, as a given name: "Samara Cotton"; not "Kiel Vision Zero")
    for m in re.finditer(rf"(?<![\w'’-]){name}[ \t]+([A-Z][a-z]+)\b(?![ \t]+[A-Z])", text) \
            if is_given_name(written) else ():
        if is_person_name(f"{written} {m.group(1)}"):
            return True
    for m in re.finditer(rf"\b([A-Z][a-z]+)[ \t]+(?:[A-Z]\.[ \t]+)?{name}(?![\w'’-]|[ \t]+[A-Z])", text):
        if is_given_name(m.group(1)) and is_person_name(f"{m.group(1)} {written}"):
            return True
    return False


#: a place's country or province after its name: "Samara, Russia"
_COUNTRY_AFTER = re.compile(r",[ \t]*[A-Z]")


#: a bare name as the subject of an honour: "Hendersonville has once again earned the Tree City Growth Award"
# (each opens with a capital tried first: the engine then skips most of a page at once, where trying the
# places a subject may start at everywhere made the scan three times as long, measured 2026-12-07)
_WINNING_SUBJECT = re.compile(r"(?=[A-Z])(?:^|(?<=[.!?][ \t])|(?<=\n)|(?<=,[ \t])|(?<=\band[ \t])|"
                              r"(?<=\bthat[ \t]))([A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+)?)[ \t]+"
                              r"(?:has[ \t]+(?:once[ \t]+again[ \t]+|again[ \t]+|also[ \t]+)?"
                              r"(?:earned|won|received|been)|"
                              r"(?:once[ \t]+again[ \t]+)?(?:earned|won|received|made|placed|ranked|topped)|"
                              r"was[ \t]+(?:named|ranked|recogni[sz]ed|honou?red|selected|certified))\b", re.M)
#: ... or as its object: "The Arbor Day Foundation has named Morton Grove a Tree City U.S.A."
_WINNING_OBJECT = re.compile(r"\b(?:named|designated|certified|recogni[sz]ed|honou?red)[ \t]+"
                             r"([A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+)?)[ \t]+(?:as[ \t]+)?(?:a|an|the|one)[ \t]")


@cache
def _bare_stop() -> frozenset[str]:
    """Names never read bare as a town: common words, surnames (``bare_stopwords``) and the states."""
    return frozenset(places_data()["bare_stopwords"]) | frozenset(state_names())


@cache
def _irish_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A town before an Irish county ("Carrick-on-Shannon, Co. Leitrim", "Ennis in Co Clare", "Keadue Co Roscommon"
    in a list), and the county alone ("County Kerry", "Co Cork"), from ``irish_counties`` in
    ``kg/data/places.json``."""
    counties = alternation(places_data()["irish_counties"])
    town = r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}"
    return (re.compile(rf"(?<![\w'’-])(?P<town>{town})(?:(?:,[ \t]*|[ \t]+in[ \t]+)(?:Co\.?|County)|[ \t]+Co\.?)[ \t]+"
                       rf"(?P<county>{counties})(?![\w-])"),
            re.compile(rf"(?<![\w-])(?:Co\.?|County)[ \t]+(?P<county>{counties})(?![\w-])"))


#: capitalised words that open a sentence or a label before a town, not part of its name
_IRISH_LEAD = frozenset({"The", "In", "At", "And", "For", "Of", "From", "Here", "While", "But", "Meanwhile", "Also",
                         "Winner", "Winners", "Village", "Town", "Overall", "National"})


def _irish_places(text: str, taken: _Spans) -> list[PlaceMention]:
    """Towns written before an Irish county, and the counties ("County Monaghan" for "Co Monaghan"): an Irish
    text places every town this way, however small it is, and no gazetteer we keep knows them all."""
    # (both patterns need a county's name: most pages hold "Co" and none of the names)
    if "Co" not in text or not any(map(text.__contains__, places_data()["irish_counties"])):
        return []
    with_town, alone = _irish_res()
    out: list[PlaceMention] = []
    for m in with_town.finditer(text):
        words = m.group("town").split()
        while words and (words[0] in _IRISH_LEAD or words[0] in state_names()):
            words = words[1:]
        if not words:
            continue
        name = " ".join(words)
        a = m.end("town") - len(name)
        if not taken.hit(a, m.end("town")):
            out.append(PlaceMention(name, None, "city", "foreign", a, m.end("town")))
            taken.add(a, m.end("town"))
    for m in alone.finditer(text):
        if not taken.hit(m.start(), m.end()):
            out.append(PlaceMention(f"County {m.group('county')}", None, "county", "foreign", m.start(), m.end()))
            taken.add(m.start(), m.end())
    return out


def _winning_towns(text: str, found: list[PlaceMention], taken: _Spans) -> list[PlaceMention]:
    """A small town named bare as the subject of an honour, twice or more, in a page about its state: a town of
    the one state the text names that has it ("... announced by the North Carolina Forest Service ...
    Hendersonville has once again earned the Tree City Growth Award").  The gazetteer's bigger namesake in
    another state (Hendersonville, Tenn.) does not make it that city."""
    out: list[PlaceMention] = []
    doc_states: set[str] | None = None
    for m in sorted([*_WINNING_SUBJECT.finditer(text), *_WINNING_OBJECT.finditer(text)], key=lambda m: m.start(1)):
        name = m.group(1)
        # the table lookup before the scans of the whole text (most subjects are no town)
        if taken.hit(m.start(1), m.end(1)) or name in _bare_stop():
            continue
        if not town_states(name):
            # "Tanfield won the Wild About Gardens award" on a page about Britain in Bloom: a town of the country
            if abroad_towns(name) & _page_countries(text) and len(re.findall(rf"\b{re.escape(name)}\b", text)) >= 2:
                if doc_states is None:
                    doc_states = _states_named(text, found)
                if not doc_states:
                    out.append(PlaceMention(name, None, "city", "foreign", m.start(1), m.end(1)))
                    taken.add(m.start(1), m.end(1))
            continue
        if len(re.findall(rf"\b{re.escape(name)}\b", text)) < 2 \
                or re.search(rf"\b{re.escape(name)}[ \t]+County\b", text):
            continue  # ("Stafford ranked third" on a page about Stafford County: the county)
        if doc_states is None:
            doc_states = _states_named(text, found)
        inside = [st for st in town_states(name) if st in doc_states]
        if len(inside) == 1:
            out.append(PlaceMention(name, inside[0], "city", "winning_town", m.start(1), m.end(1)))
            taken.add(m.start(1), m.end(1))
        elif not doc_states and len(town_states(name)) == 1:
            # a page that names no state ("named Morton Grove a Tree City U.S.A. for the 16th consecutive year"):
            # the town of the one state that has it, its state unwritten
            out.append(PlaceMention(name, None, "city", "winning_town", m.start(1), m.end(1)))
            taken.add(m.start(1), m.end(1))
    return out


# ("Bury St Edmunds", "Ashby-de-la-Zouch", "Carrick-on-Shannon")
_RUN_NAME = r"[A-Z][a-z'’]+(?:-[A-Za-z'’]+)*(?:[ \t]+(?:St[ \t]+)?[A-Z][a-z'’]+(?:-[A-Za-z'’]+)*)?"
_RUN_START = r"(?:^|(?<=[.!?][ \t])|(?<=\n)|(?<=\d{4}-\d\d-\d\d[ \t]))"  # a sentence's start, or after a dateline
_RUN_VERB = (r"(?:(?:have|had|were|all)[ \t]+(?:(?:once[ \t]+again|again|also|each|all)[ \t]+)?)?"
             r"(?:struck|won|took|scooped|claimed|received|earned|secured|picked[ \t]+up|been[ \t]+awarded|awarded|"
             r"named|certified)\b")
#: a run of two or more names as the subject of a win: "Kilkenny, Clonegal and Leighlinbridge have struck Gold",
#: "Moville & Greencastle won silver medals"
_WINNING_RUN = re.compile(r"(?=[A-Z])" + _RUN_START +
                          rf"(?P<run>{_RUN_NAME}(?:,[ \t]+{_RUN_NAME})*,?[ \t]+(?:and|&)[ \t]+{_RUN_NAME})"
                          rf"[ \t]+{_RUN_VERB}", re.M)
#: a run of two or more names as the object of a winners' phrase: "Gold medal winners include Harrogate, Bury St
#: Edmunds and Stockport", "Silver-gilt went to Chester and Norwich"
_ASIDE = r"(?:[ \t]+\([^()\n]{1,30}\))?"  # "Belfast (pictured below)"
_WINNERS_RUN = re.compile(r"\b(?:(?:winners|honou?rees|recipients)[ \t]+(?:include[sd]?|are|were)|"
                          r"(?:went|goes|go|was[ \t]+awarded|were[ \t]+awarded)[ \t]+to|"
                          # "We extend our congratulations to Ashby-de-la-Zouch, Barnsley, ..., all of whom ..."
                          r"(?:[Cc]ongratulations|[Cc]ongrats)(?:[ \t]+(?:also|further))?"
                          r"(?:[ \t]+(?:go|goes|are[ \t]+extended))?[ \t]+to)[ \t]+"
                          rf"(?P<run>{_RUN_NAME}(?:{_ASIDE},[ \t]+{_RUN_NAME})*{_ASIDE},?[ \t]+(?:and|&)[ \t]+"
                          rf"{_RUN_NAME})"
                          r"(?=[ \t]*(?:[.;!]|,[ \t]+(?:all|each|both|who|which)\b|$))", re.M)
_RUN_SPLIT = re.compile(_RUN_NAME)
#: a town's name written with the kind of place after it: "Carlow Town", "Kilkenny City"
_KIND_AFTER = re.compile(r"[ \t]+(?:Town|Village|City)$")


def _run_town(name: str, countries: frozenset[str]) -> str:
    """A run's name as the town table knows it: "Carlow Town" is Carlow."""
    bare = _KIND_AFTER.sub("", name)
    return bare if abroad_towns(bare) & countries else name


@lru_cache(maxsize=256)
def _municipal_evidence(text: str, name: str) -> bool:
    """Whether the page names a town's own government with ``name`` ("the Tyler City Council", "City of Irving",
    "the Allen Police Department"): then the name, a surname or a word elsewhere, is that town on the page."""
    if name not in text:
        return False
    n = re.escape(name)
    return bool(re.search(rf"\b(?:City|Town|Village)\s+of\s+{n}\b|\b{n}\s+(?:City\s+(?:Council|Hall|Manager|"
                          rf"Commission|Attorney|Clerk)|Town\s+(?:Council|Hall)|Police\s+Department|"
                          rf"Fire\s+Department|Parks\s+(?:and|&)\s+Recreation)\b", text))


def _winning_runs(text: str, found: list[PlaceMention], taken: _Spans) -> list[PlaceMention]:
    """The names of a run that wins together on a page about a country abroad ("Kilkenny, Clonegal and
    Leighlinbridge have struck Gold in the National Tidy Towns"), when one of them is a town the table knows there
    or a place already read: the run is the evidence the others need (villages under the table's 500 people).
    A page that names a US state reads none: its bare names are that state's, read elsewhere."""
    out: list[PlaceMention] = []
    countries: frozenset[str] | None = None
    for m in [*_WINNING_RUN.finditer(text), *_WINNERS_RUN.finditer(text)]:
        if countries is None:
            countries = _countries_abroad(text, lambda: _states_named(text, found))
        if not countries:
            return []
        names = [(x.start() + m.start("run"), x.group(0), _run_town(x.group(0), countries))
                 for x in _RUN_SPLIT.finditer(m.group("run"))]
        if not any(taken.hit(a, a + len(w)) or abroad_towns(name) & countries for a, w, name in names):
            continue
        for a, w, name in names:  # the mention the whole name ("Carlow Town"), the town its table name
            if taken.hit(a, a + len(w)) or name in _bare_stop() \
                    or (is_person_name(name) and not abroad_towns(name) & countries):  # ("Bury St Edmunds")
                continue
            out.append(PlaceMention(name, None, "city", "foreign", a, a + len(w)))
            taken.add(a, a + len(w))
    return out


#: a list row naming a municipality and its county: "1. Bernards, Somerset County", "- Flemington, Hunterdon County,
#: NJ", "1. Mullica Township (Atlantic County)"
_COUNTY_ROW = re.compile(r"^[ \t]*(?:(?:\d{1,3}[.)]|[-*•·–])[ \t]+)?"
                         r"(?P<town>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})(?:,[ \t]+|[ \t]+\()(?=[A-Z])", re.M)


def _county_row_towns(text: str, found: list[PlaceMention], taken: _Spans) -> list[PlaceMention]:
    """A municipality a list row writes before its county ("3. Gloucester Township, Camden County"): lists of a
    state's municipalities place each by its county, and most of them are too small for the gazetteer.

    The county, read already, must close the row (or be followed by its state only).  The name counts when it is a
    town of the county's state, or one word or a word and a municipality word ("Bernards", "Washington Township"):
    a row "Jane Doe, Lake County" names a person.
    """
    if "County" not in text and "Parish" not in text:
        return []
    counties = {p.start: p for p in found if p.kind == "county"}
    if not counties:
        return []
    out: list[PlaceMention] = []
    doc_states: set[str] | None = None
    muni = tuple(places_data()["municipality_words"])
    for m in _COUNTY_ROW.finditer(text):
        county = counties.get(m.end())
        if county is None:
            continue
        name = m.group("town")
        words = name.split()
        inner = None
        if taken.hit(m.start("town"), m.end("town")):
            # "Maplewood Township, Essex County": the town's whole name, not the bare town read inside it
            inner = next((p for p in found if p.start == m.start("town") and p.end < m.end("town")
                          and p.kind == "city" and p.how.startswith("bare")), None)
            if inner is None or len(words) != 2 or words[1] not in muni:
                continue
        eol = text.find("\n", county.end)
        rest = text[county.end:eol if eol >= 0 else len(text)]
        if not rx(r"\)?[ \t]*(?:,[ \t]*[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?[ \t]*)?$").match(rest):
            continue
        if doc_states is None:
            doc_states = _states_named(text, found)
        states = [st for st in county_states(county.name) if st in doc_states] if county.state is None \
            else [county.state]
        if len(states) != 1:
            continue
        # ("Old Tappan Borough": a town the table knows without its municipality word)
        known = states[0] in town_states(name) or (words[-1] in muni and states[0] in town_states(" ".join(words[:-1])))
        if not known and not (len(words) == 1 or (len(words) == 2 and words[1] in muni)):
            continue
        if inner is not None:
            found.remove(inner)
        out.append(PlaceMention(name, states[0], "city", "county_row", m.start("town"), m.end("town")))
        taken.add(m.start("town"), m.end("town"))
    return out


#: a list row that files places under their state: "Arizona: Chandler, Flagstaff, Glendale", "🌼GA: Savannah, Decatur,
#: and Atlanta;", "New Jersey - Bridgeton, Roebling"
_STATE_ROW = re.compile(r"^[^\w\n]*(?P<state>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?|[A-Z]{2}|[A-Z][a-z]{1,4}\.)"
                        r"(?:[ \t]*:|[ \t]+[-–—])[ \t]*"
                        r"(?P<list>[A-Z][^\n]*)$", re.M)
_ROW_MEMBER = re.compile(r"(?:^|(?<=[,;])|(?<=\band\b))[ \t]*(?:and[ \t]+)?"
                         r"(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})[*†‡]*[ \t]*(?=[,;.]|$)")


def _state_row_towns(text: str, found: list[PlaceMention], taken: _Spans) -> list[PlaceMention]:
    """Places a list row files under their state ("Oklahoma: Norman", "NC: Apex, Asheville, Boone, ... and
    Winston-Salem;"): members' lists by state name their towns bare, many of them surnames or small.

    A member is read when the state has a place of its name; the row counts only when most members are such
    places, so "Texas: Governor Signs Bill" or a row of people's names reads nothing.  A member read already
    takes the row's state ("GA: Savannah": not the Savannah of a state the page names elsewhere)."""
    if ":" not in text and " - " not in text and " – " not in text and " — " not in text:
        return []
    out: list[PlaceMention] = []
    at: dict[int, int] | None = None
    for m in _STATE_ROW.finditer(text):
        state = state_code(m.group("state"))
        if state is None:
            continue
        members = [(x.start("name") + m.start("list"), x.group("name").rstrip("."))
                   for x in _ROW_MEMBER.finditer(m.group("list"))]
        members = [(a, w) for a, w in members if w and not w.endswith((" County", " Parish"))]
        known = [(a, w) for a, w in members if state in town_states(w)]
        if not known or 2 * len(known) < len(members):
            continue
        for a, w in known:
            b = a + len(w)
            if not taken.hit(a, b):
                out.append(PlaceMention(_title(w), state, "city", "state_row", a, b))
                taken.add(a, b)
                continue
            if at is None:
                at = {p.start: i for i, p in enumerate(found)}
            i = at.get(a)
            if i is not None and found[i].kind == "city" and found[i].end == b and found[i].state != state:
                found[i] = PlaceMention(found[i].name, state, "city", "state_row", a, b)
    return out


#: a list row whose label names what its one place won: "– Category 1, population up to 3,000: Salado",
#: "- Small Town: Garstang"
_LABELLED_ROW = re.compile(r"^[ \t]*(?:[-–—•*·▪][ \t]*)?[A-Z][^:\n]{1,80}:[ \t]*"
                           r"(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})[ \t]*$", re.M)


@cache
def _agency_re() -> re.Pattern[str]:
    """A town's name before an agency head ("Westport Public Library", "Arlington PD"), maybe its state after."""
    heads = alternation(places_data()["agency_heads"])
    return re.compile(rf"(?<![\w'’.-])(?P<name>[A-Z][a-z'’.-]+(?:[ \t]+[A-Z][a-z'’.-]+){{0,2}}?)[ \t]+(?:{heads})"
                      rf"(?![\w'’-])(?:,[ \t]*(?P<state>[A-Z]{{2}}|[A-Z][a-z]+\.?(?:[ \t]+[A-Z][a-z]+)?)\b)?")


def _agency_towns(text: str, found: list[PlaceMention], taken: _Spans) -> list[PlaceMention]:
    """The town an agency is named for ("Westport Public Library, CT", "The Arlington Police Department was
    awarded third place"): the agency stands for its town in an award's list or prose.  The town counts when the
    state written after the agency has it, or else the page's one state does."""
    out: list[PlaceMention] = []
    doc_states: set[str] | None = None
    for m in _agency_re().finditer(text):
        name = m.group("name")
        if name.split()[0] in ("The", "A", "An", "Our", "Its", "Their", "Local", "County", "City", "Town", "State"):
            name = name.split(None, 1)[1] if len(name.split()) > 1 else ""
        if not name:
            continue
        a = m.end("name") - len(name)
        b = m.end("name")
        if taken.hit(a, b):
            continue
        written = state_code(m.group("state")) if m.group("state") else None
        if written is None:
            if doc_states is None:
                doc_states = _states_named(text, found)
            states = [st for st in town_states(name) if st in doc_states]
            written = states[0] if len(states) == 1 else None
        if written and written in town_states(name):
            out.append(PlaceMention(name, written, "city", "agency", a, b))
            taken.add(a, b)
        elif written is None and town_states(name) and _LIST_ITEM_START.search(text, max(0, m.start() - 12), a):
            # "• Wadsworth Electric Department" in a list of winners on a page of many states: the town, its state
            # unwritten
            out.append(PlaceMention(name, None, "city", "agency", a, b))
            taken.add(a, b)
    return out


#: the start of a list item: a line's start, maybe after a bullet or a number
_LIST_ITEM_START = re.compile(r"(?:^|\n)[ \t]*(?:[-*•·–]|\d{1,3}[.)])?[ \t]*"
                              r"(?:The[ \t]+|City[ \t]+of[ \t]+|Town[ \t]+of[ \t]+)?$")


@cache
def _state_kind_list() -> re.Pattern[str]:
    """ "Other Kansas towns that are Purple Heart Cities include Russell, Haysville, and Valley Center": a list of
    a named state's towns after the kind of place it names."""
    name = r"[A-Z][a-z'’.-]+(?:[ \t]+[A-Z][a-z'’.-]+){0,2}"
    return re.compile(rf"\b(?P<state>{alternation(state_names())})[ \t]+(?:towns|cities|communities|municipalities|"
                      rf"villages)\b[^.;:\n]{{0,80}}?\b(?:include[sd]?|are|were|such[ \t]+as|like)[ \t]+"
                      rf"(?P<list>{name}(?:,[ \t]+{name})*,?[ \t]+(?:and|or)[ \t]+{name})")


def _state_kind_list_towns(text: str, taken: _Spans) -> list[PlaceMention]:
    """Towns a sentence lists as a named state's ("Other Kansas towns ... include Russell, Haysville, and Valley
    Center"): each is read when that state has a place of its name."""
    if " include" not in text and " are " not in text and " such as " not in text and " like " not in text:
        return []
    out: list[PlaceMention] = []
    for m in _state_kind_list().finditer(text):
        code = state_code(m.group("state"))
        for x in _NAME_RUN.finditer(m.group("list")):
            a, w = m.start("list") + x.start(), x.group(0)
            if code and code in town_states(w) and not taken.hit(a, a + len(w)):
                out.append(PlaceMention(_title(w), code, "city", "listed_town", a, a + len(w)))
                taken.add(a, a + len(w))
    return out


#: a winners' list after a colon, its items split by semicolons: "Winners include: Nottingham (East Midlands), Champion
#: of Champions; Sheffield (Yorkshire), Large City; Taunton (South West), Small City/Large Town"
_ITEM_LIST = re.compile(r":[ \t]*(?P<list>[A-Z][^:\n]*;[^:\n]*;[^\n]*)")
_ITEM_HEAD = re.compile(r"(?:^|(?<=;))[ \t]*(?:and[ \t]+)?(?P<name>[A-Z][a-z'’.-]+(?:[ \t-]+[A-Z][a-z'’.-]+){0,2})"
                        r"(?=[ \t]*(?:\(|,|;|$))")


def _semicolon_item_towns(text: str, found: list[PlaceMention], taken: _Spans) -> list[PlaceMention]:
    """Towns that open the items of a semicolon list after a colon, two of whose items open with places already
    read: the list's other heads are places too, when the page's one state, or (no state named) the country the
    page names, has a place of that name."""
    if ";" not in text:
        return []
    out: list[PlaceMention] = []
    doc_states: set[str] | None = None
    for m in _ITEM_LIST.finditer(text):
        heads = [(x.start("name") + m.start("list"), x.group("name")) for x in _ITEM_HEAD.finditer(m.group("list"))]
        read = [a for a, w in heads if taken.hit(a, a + len(w))]
        if len(heads) < 3 or len(read) < 2:
            continue
        if doc_states is None:
            doc_states = _states_named(text, found)
        countries = _countries_abroad(text, doc_states)
        for a, w in heads:
            if taken.hit(a, a + len(w)):
                continue
            inside = [st for st in town_states(w) if st in doc_states]
            if len(doc_states) == 1 and len(inside) == 1:
                out.append(PlaceMention(_title(w), inside[0], "city", "listed_town", a, a + len(w)))
            elif countries and abroad_towns(w) & countries:
                out.append(PlaceMention(w, None, "city", "foreign", a, a + len(w)))
            else:
                continue
            taken.add(a, a + len(w))
    return out


#: "... in New York", "... in the state of Idaho": a state after the places it locates
_IN_STATE = re.compile(r"[ \t]+in[ \t]+(?:the[ \t]+state[ \t]+of[ \t]+)?(?=[A-Z])")


def _towns_in_their_state(text: str, taken: _Spans) -> list[PlaceMention]:
    """Towns written bare and placed by the state after them ("Lewisboro and Sleepy Hollow in New York,
    Luzerne Township in Pennsylvania, Weiser in Idaho"): each is read when that state has a place of its name."""
    if " in " not in text:
        return []
    out: list[PlaceMention] = []
    for m in _IN_STATE.finditer(text):
        st = _state_name_pattern().match(text, m.end())
        if st is None or rx(r"[ \t]+(?:County|City|State|Avenue|Street)\b").match(text, st.end()):
            continue  # "in Washington County", "in Kansas City"
        code = state_code(st.group(1))
        if code is None:
            continue
        for a, b, name in _listed_before(text, m.start(), lambda w, c=code: w if c in town_states(w) else None):
            if not taken.hit(a, b):
                out.append(PlaceMention(_title(name), code, "city", "in_state", a, b))
                taken.add(a, b)
    return out


@lru_cache(maxsize=16)
def _page_countries(text: str) -> frozenset[str]:
    """Countries with a small-town table (:func:`abroad_towns`) that the page names ("Ireland's Tidiest Village",
    "Britain in Bloom")."""
    return frozenset(code for code, words in places_data()["town_countries"].items()
                     if rx(rf"(?<![\w.])(?:{alternation(words)})(?![\w])").search(text))


def _countries_abroad(text: str, states: set[str] | Callable[[], set[str]]) -> frozenset[str]:
    """The countries whose small towns the page's lists may name: those it names, unless it names a US state (then
    its bare town names are that state's).  ``states`` may be a function giving them, asked only when the page
    names such a country (most pages name none)."""
    countries = _page_countries(text)
    if not countries:
        return countries
    return frozenset() if (states() if callable(states) else states) else countries


def _labelled_row_towns(text: str, found: list[PlaceMention], taken: _Spans) -> list[PlaceMention]:
    """The place a labelled list row ends with ("– Category 2, population of 3,001 to 5,500: Richwood"), when two
    rows of the page or more end so with a place of the state the page names: winners' lists by category name
    their towns bare, small ones and ones named like people ("Allen", "Irving") among them.

    A row's name counts only as a place of that one state, so "Contact: Jane Doe" or "Category: Parks" read
    nothing."""
    if ":" not in text:
        return []
    rows = [m for m in _LABELLED_ROW.finditer(text) if not taken.hit(m.start("name"), m.end("name"))]
    if len(rows) < 2:
        return []
    states = _states_named(text, found)
    countries = _countries_abroad(text, states)
    if len(states) != 1 and not countries:
        return []
    state = next(iter(states)) if len(states) == 1 else None
    new = []
    for m in rows:
        name = m.group("name").rstrip(".")
        a, b = m.start("name"), m.start("name") + len(name)
        if state and state in town_states(name):
            new.append(PlaceMention(_title(name), state, "city", "labelled_row", a, b))
        elif countries and abroad_towns(name) & countries:  # "- Town: Hexham" on a page about Britain in Bloom
            new.append(PlaceMention(name, None, "city", "foreign", a, b))
    if len(new) < 2:
        return []
    for p in new:
        taken.add(p.start, p.end)
    return new


#: capitalised runs of up to four words, small words of place names inside ("Newcastle-under-Lyme", "Bury St
#: Edmunds", "Carrick on Shannon")
_ABROAD_RUN = re.compile(r"(?<![\w'’.-])([A-Z][a-z'’-]+(?:[ \t]+(?:[A-Z][a-z'’-]+|on|upon|under|in|the|le|de)){0,3})")


_CALENDAR_WORDS = frozenset([*calendar.month_name[1:], *calendar.day_name])


@cache
def _abroad_town_res() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """(the honour words a sentence needs, the words that make a name part of another, the names never read so:
    the bare stop words and states, and the Irish counties)."""
    data = places_data()
    return (re.compile(rf"\b(?:{alternation(data['abroad_town_cues'])})\b", re.I),
            re.compile(rf"[ \t]+(?:{alternation(data['abroad_town_not_before'])})\b"),
            _bare_stop() | frozenset(data["irish_counties"]))


def _abroad_towns_in_award_sentences(text: str, found: list[PlaceMention], taken: _Spans) -> list[PlaceMention]:
    """A small town of the country a page is about (Britain, Ireland, Canada, Australia, New Zealand), named bare
    in a sentence about an honour: "Bere Island won the national Islands award", "Timoleague achieved 340
    points, as did Kinsale and Skibbereen".  Such pages name their towns bare, however small, and the towns
    table (:func:`~kg.extract.gazetteer.abroad_towns`) knows them; a page naming a US state is not about them.

    Not a county or province of the same name ("Cork", "Quebec"), nor a name followed by a word that makes it
    part of another name ("Wellington County", "Kinsale Road")."""
    countries = _countries_abroad(text, lambda: _states_named(text, found))
    if not countries:
        return []
    cue, part_of, skip = _abroad_town_res()
    out: list[PlaceMention] = []
    for s in rx(r"[^.!?\n]+").finditer(text):
        if not cue.search(s.group(0)):
            continue
        for m in _ABROAD_RUN.finditer(text, s.start(), s.end()):
            words = m.group(1).split()
            for n in range(len(words), 0, -1):
                name = " ".join(words[:n])
                a = m.start(1)
                b = a + len(name)
                if name in skip or name.lower() in provinces() or not abroad_towns(name) & countries:
                    continue
                if taken.hit(a, b) or part_of.match(text, b) or name in _CALENDAR_WORDS \
                        or (n >= 2 and is_person_name(name)):
                    break
                out.append(PlaceMention(name, None, "city", "foreign", a, b))
                taken.add(a, b)
                break
    return out


def _towns_named_again(text: str, found: list[PlaceMention], taken: _Spans) -> list[PlaceMention]:
    """A small town the gazetteer lacks, once read by its dateline, its list or its state, is the same town
    when the text names it again bare ("COLDWATER — ... the Foundation honored Coldwater as a Tree City")."""
    towns: dict[str, str | None] = {}
    for p in found:
        if p.kind == "city" and (p.state is not None or p.how == "dateline") and _city_lookup(p.name) is None \
                and town_states(p.name):
            towns.setdefault(p.name, p.state)
    out: list[PlaceMention] = []
    for name, state in towns.items():
        for m in word_finditer(name, text, also="'’.-", also_after="'’-"):
            a, b = m.span()
            if not taken.hit(a, b):
                out.append(PlaceMention(name, state, "city", "bare", a, b))
                taken.add(a, b)
    return out


def _ranked_towns(text: str, found: list[PlaceMention], taken: _Spans) -> list[PlaceMention]:
    """Towns that are the whole of a ranked list item ("1st place: Andover" / "2nd place: Shrewsbury"): the
    list's layout is the evidence a bare small town's name needs.  Three or more such items in a row, each
    a town the town table knows, with the state when only one of the text's states has it."""
    from kg.extract.layout import blocks

    runs: list[list[tuple[int, int, str]]] = [[]]
    for b in blocks(text):
        if b.kind != "item" or b.marker != "ordinal":
            runs.append([])
            continue
        name = text[b.body:b.end].strip().rstrip(".")
        if _RANKED_NAME.fullmatch(name) and town_states(name):
            runs[-1].append((b.body, b.body + len(name), name))
        else:
            runs.append([])
    out: list[PlaceMention] = []
    doc_states: set[str] | None = None
    for run in runs:
        if len(run) < 3:
            continue
        if doc_states is None:
            doc_states = _states_named(text, found)
        for a, b, name in run:
            if taken.hit(a, b):
                continue  # read already ("Lexington" as a city)
            inside = [s for s in town_states(name) if s in doc_states]
            out.append(PlaceMention(_title(name), inside[0] if len(inside) == 1 else None, "city", "ranked_town",
                                    a, b))
            taken.add(a, b)
    return out


def _placed_towns(text: str, found: list[PlaceMention], taken: _Spans) -> list[PlaceMention]:
    """Towns in a prose run of placings: "Newtown in second place, Ridgefield in third, Weston in fourth and
    Wilton in ninth", "Abbeyleix first, Castletown second and Ballacolla third" (a town abroad on a page about its
    country).  Three or more names in a row, each followed by its own placing, are places when each is a
    town of the one state the text names that has it (the run is the evidence a bare town's name needs)."""
    out: list[PlaceMention] = []
    doc_states: set[str] | None = None
    for run in _PLACED_RUN.finditer(text):
        members = [(m.start("name") + run.start(), m.group("name")) for m in _PLACED_ITEM.finditer(run.group(0))]
        if len(members) < 3:
            continue
        if doc_states is None:
            doc_states = _states_named(text, found)
        new, elsewhere = [], []
        countries = _countries_abroad(text, doc_states)
        for a, name in members:
            if taken.hit(a, a + len(name)):
                continue
            inside = [st for st in town_states(name) if st in doc_states]
            if len(inside) == 1:
                new.append(PlaceMention(_title(name), inside[0], "city", "placed_town", a, a + len(name)))
            elif countries and abroad_towns(name) & countries:  # "Abbeyleix first, Castletown second and ..."
                new.append(PlaceMention(name, None, "city", "foreign", a, a + len(name)))
            elif town_states(name):
                elsewhere.append((a, name))
        if len(doc_states) == 1 and len(new) >= 3:
            # a run of one state's towns with a few the town table knows only elsewhere: the table is incomplete
            state = next(iter(doc_states))
            new += [PlaceMention(_title(w), state, "city", "placed_town", a, a + len(w)) for a, w in elsewhere]
        for p in new:
            taken.add(p.start, p.end)
        out.extend(new)
    return out


_PLACED_ORD = (r"(?:(?:in|at)[ \t]+)?(?:No\.[ \t]*\d{1,3}|\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|"
               r"seventh|eighth|ninth|tenth)(?:[ \t]+place)?")
_PLACED_ITEM = re.compile(rf"(?P<name>[A-Z][a-z'’.-]+(?:[ \t]+[A-Z][a-z'’.-]+){{0,2}})[ \t]+{_PLACED_ORD}")
_PLACED_RUN = re.compile(rf"[A-Z][a-z'’.-]+(?:[ \t]+[A-Z][a-z'’.-]+){{0,2}}[ \t]+{_PLACED_ORD}"
                         rf"(?:(?:,|,?[ \t]+and|;)[ \t]+[A-Z][a-z'’.-]+(?:[ \t]+[A-Z][a-z'’.-]+){{0,2}}[ \t]+"
                         rf"{_PLACED_ORD}){{2,}}")


_RANKED_NAME = re.compile(r"[A-Z][a-z'’.-]+(?:[ \t]+[A-Z][a-z'’.-]+){0,2}")


_AND_END = re.compile(r",?[ \t]+(?:and|&)[ \t]+$")
_COMMA_END = re.compile(r",[ \t]+$")
_NAME_END = re.compile(r"(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w.'’-]*$")


_COUNTIES_WORD = re.compile(r"(?<=[a-z.]) (?:[Cc]ounties|COUNTIES)\b")
_LIST_SEP_END = re.compile(r"(?:,[ \t]+(?:and|&)|,|[ \t]+(?:and|&))[ \t]+$")


def _listed_before(text: str, end: int, lookup) -> list[tuple[int, int, str]]:
    """Members of a list ("A, B, and C", "A and B") that ends at ``end``, nearest last; ``lookup(name)``
    gives a member's reported name or None.  The walk back stops at the first name that is not a member."""
    lo = max(0, end - 200)
    out: list[tuple[int, int, str]] = []
    while end > lo:
        nm = _NAME_END.search(text, lo, end)
        if not nm:
            break
        hit = None
        for x in rx(r"\S+").finditer(nm.group(0)):
            a = nm.start() + x.start()
            written = _title(text[a:end])
            if written.split()[0] in _STOP_HEAD:
                continue
            name = lookup(written)
            if name:
                hit = (a, end, name)
                break
        if hit is None:
            break
        out.append(hit)
        if hit[0] != nm.start():
            # "Monterey, Nevada Riverside, Sacramento ... counties": two members a lost comma joined
            before = text[nm.start():hit[0]].rstrip()
            name = lookup(_title(before)) if before and before.split()[0] not in _STOP_HEAD else None
            if not name:
                break
            out.append((nm.start(), nm.start() + len(before), name))
        sep = _LIST_SEP_END.search(text, lo, nm.start())
        if not sep:
            break
        end = sep.start()
    return out[::-1]


_PLACES_OF = re.compile(r"\b(?:[Tt]owns|[Cc]ities|[Vv]illages|TOWNS|CITIES|VILLAGES) of[ \t]+(?=[A-Z])")
_NAME_START = re.compile(r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}")
_LIST_SEP_START = re.compile(r"(?:,[ \t]+(?:and|&)|,|[ \t]+(?:and|&))[ \t]+(?=[A-Z])")


def _listed_after(text: str, start: int, lookup) -> list[tuple[int, int, str]]:
    """Members of a list ("A, B, and C") that starts at ``start``; ``lookup(name)`` gives a member's name or
    None, and the list ends at the first name that is no member."""
    out: list[tuple[int, int, str]] = []
    pos = start
    while len(out) < 30:
        nm = _NAME_START.match(text, pos)
        if not nm:
            break
        words = [x.end() for x in rx(r"\S+").finditer(nm.group(0))]
        hit = None
        for w_end in reversed(words):
            written = text[pos:pos + w_end]
            name = lookup(written.rstrip(".,"))
            if name:
                hit = (pos, pos + len(written.rstrip(".,")), name)
                break
        if hit is None:
            break
        out.append(hit)
        sep = _LIST_SEP_START.match(text, hit[1])
        if not sep:
            break
        pos = sep.end()
    return out


def _list_sharing_state(text: str, last: PlaceMention, taken: _Spans, data: dict) -> list[PlaceMention]:
    """The places listed before ``last`` that share its state: "Cornelia, Gainesville, and Macon, Georgia",
    "Jackson and Teton County, Wyo.".

    Walking back from ``last`` over "A, B, and" / "A and", each member must be a place of that state (the
    gazetteer or the small-town table); the walk stops at the first that is not ("Officials from Boston and
    Springfield, Illinois" gives Boston no state).
    """
    lo = max(0, last.start - 200)
    window = text[lo:last.start]
    m = _AND_END.search(window)
    if not m:
        return []
    out: list[PlaceMention] = []
    end = m.start()
    titles = set(data["title_words"])
    states = state_names()
    city_words = tuple(" " + w for w in data["city_words_after"])
    while True:
        nm = _NAME_END.search(window, 0, end)
        if not nm:
            break
        words = [(x.start(), x.group(0)) for x in rx(r"\S+").finditer(nm.group(0))]
        hit = None
        for i in range(len(words)):
            a = lo + nm.start() + words[i][0]
            b = lo + end
            written = _title(text[a:b])
            if written.split()[0] in _STOP_HEAD or set(written.split()) & titles or written in states:
                continue
            name = next((written[: -len(w)] for w in city_words if written.endswith(w)), written)
            if last.state in town_states(name) and not taken.hit(a, b):
                canon = _city_lookup(name, last.state)
                hit = (i, a, a + len(name), _as_written(report_name(canon), name) if canon else name)
                break
        if hit is None:
            break
        i, a, b, name = hit
        out.append(PlaceMention(name, last.state, "city", "list_state", a, b))
        taken.add(a, b)
        sep = _COMMA_END.search(window, 0, nm.start())
        if i > 0 or not sep:
            break
        end = sep.start()
    return out


@cache
def _abroad_after_re() -> re.Pattern[str]:
    """Its country or province right after a name: "Eindhoven in the Netherlands", "Markham in Ontario",
    "Suzhou (China)"."""
    names = alternation(places_data().get("provinces", []))
    places = country_pattern().pattern + "|" + rf"(?:{names})(?!\w|[ \t]+[A-Z])"
    return re.compile(rf"(?:[ \t]+in[ \t]+(?:[Tt]he[ \t]+)?|[ \t]*\([ \t]*)(?:{places})")


#: a line that only lists names: "2024 Velenje, Winterswijk", "• Gabrovo", "Lappeenranta and Växjö"
_NAME = r"[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|de|del|la|aan|am|an|sur|upon))*"
_NAME_LINE = re.compile(rf"[ \t]*(?:[-*•·▪–][ \t]*)?(?:(?:19|20)\d\d[ \t]*[:–—-]?[ \t]*)?"
                        rf"{_NAME}(?:[ \t]*(?:,|;|&|\band\b)[ \t]*{_NAME})*[ \t.;,]*")


def _name_line(text: str, a: int, b: int) -> bool:
    """The line holding ``text[a:b]`` is a short list of names and nothing else (a year may open it)."""
    lo = text.rfind("\n", 0, a) + 1
    hi = text.find("\n", b)
    hi = len(text) if hi < 0 else hi
    return hi - lo <= 120 and _NAME_LINE.fullmatch(text, lo, hi) is not None


def _page_abroad(text: str, states: set[str]) -> bool:
    """A page about places abroad: it names a country other than the US at least twice, or a continent's honour
    ("European Green Capital", "the European Commission"), and no US state."""
    return not states and (len(country_pattern().findall(text)) >= 2 or _EUROPEAN.search(text) is not None)


_EUROPEAN = re.compile(r"\b(?:European|Europe's|EU)\b")


def _abroad_after(after: str) -> bool:
    return _abroad_after_re().match(after) is not None


@cache
def _state_not_city_before() -> re.Pattern[str]:
    """Words right before a state's name that make it the state: "upstate", "Governor of", "counties in"."""
    words = alternation(places_data()["state_not_city_before"])
    return re.compile(rf"\b(?:{words})[ \t]+(?:(?:of|in)[ \t]+)?(?:the[ \t]+)?$", re.I)


@cache
def _state_not_city_after() -> re.Pattern[str]:
    """Words right after a state's name that make it the state ("New York State") or part of another name."""
    words = places_data()["state_not_city_after"]
    words = alternation(words + [w.capitalize() for w in words] + [w.upper() for w in words])
    return re.compile(rf"[ \t]+(?:{words})\b|-based|[ \t]+[A-Z][a-z]")


@cache
def _states_listed() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A state name as the list item right before / right after a place."""
    alt = alternation(state_names())
    return (re.compile(rf"(?<![\w-])(?:{alt})[ \t]*(?:,|;|,?[ \t]+and|,?[ \t]+&)[ \t]*$"),
            re.compile(rf"[ \t]*(?:,|;|,?[ \t]+and|,?[ \t]+&)[ \t]*(?:{alt})(?![\w-])"))


def _among_states(text: str, a: int, b: int) -> bool:
    before, after = _states_listed()
    return bool(before.search(text[max(0, a - 30):a]) or after.match(text, b))


def _state_named_city(name: str, text: str, a: int, b: int, titles: set[str]) -> bool:
    """A state's name written bare that is its big city's name ("New York won", "Mayor of New York"),
    not the state ("New York State", "upstate New York", "Governor of New York", "New York Times")."""
    code = state_names().get(name)
    hit = us_city(name).get(code) if code else None
    if not hit or hit[1] < places_data()["bare_min_population_us"]:
        return False
    if _state_not_city_before().search(text, max(0, a - 30), a):
        return False
    if _among_states(text, a, b):
        return False  # "Missouri, Nebraska, New York, Oregon": a state in a list of states
    if rx(r"\b[Mm]ayors? of[ \t]+$").search(text[max(0, a - 12):a]):
        return True  # "former Mayor of New York Michael Bloomberg"
    if not _state_not_city_after().match(text, b):
        return True
    nw = _NAME_AFTER.match(text, b)
    return nw is not None and nw.group(1) in titles  # "New York Mayor Jane Roe"


def _big_abroad(written: str, before: str, after: str, data: dict, abroad_page: bool = False) -> str | None:
    """The name of a city abroad written bare that outweighs a small US city of that name, or None.

    On a page about places abroad ("Bristol named European Green Capital" beside Brussels, Glasgow and
    "Nantes in France", no US state named) a city abroad of the size a list would need counts on its own."""
    foreign = foreign_city(written)
    if not foreign or rx(r"[ \t]+[A-Z][a-z]").match(after):
        return None  # "the Paris Agreement" names no city
    listed = rx(r"(?:[,;–—]|\band|\balongside|\bincluding)\s*$").search(before) or rx(r"(?:,|;|\s+and\b)").match(after)
    if foreign[2] >= data["bare_min_population_foreign"] or _abroad_after(after) or (
            (listed or abroad_page) and foreign[2] >= data["bare_min_population_foreign_listed"]):
        return foreign[0]
    return None


def _small_town_name(written: str, data: dict) -> str | None:
    """The name of a town too small for the gazetteer written before its state, or None: one or two words,
    a municipality word dropped ("Upper Dublin Township" -> Upper Dublin); no sentence break ("Utah. Salem"),
    state, title word or institution ("Stanford University") inside."""
    words = _title(written).split()
    if words and words[-1] in data["municipality_words"]:
        words = words[:-1]
    if not 1 <= len(words) <= 2 or words[0] in _STOP_HEAD or " ".join(words) in state_names():
        return None
    if set(words) & (set(data["title_words"]) | set(data["not_town_words"]) | set(state_names())):
        return None
    if any(w.endswith(".") and w not in ("St.", "Ft.", "Mt.") for w in words[:-1]):
        return None
    if any(_GLUED_WORDS.fullmatch(w) for w in words):
        return None  # "LocationDenver, Colorado": a label glued to the name when the page lost its layout
    return " ".join(words)


#: two words run together, the first of four letters or more ("LocationDenver", "DurangoDurango"); not a name's
#: own capital ("McAllen", "DeKalb", "LaGrange", "MacArthur")
_GLUED_WORDS = re.compile(r"[A-Z][a-z]{3,}[A-Z][a-z]+")


def _small_town_with_state(text: str, toks: list[tuple[int, str]], end: int, code: str, taken: _Spans,
                           data: dict, *, abbreviated: bool = False) -> int | None:
    """Start of a small town (``kg/data/geo-us-towns.json``) written right before its own state, or None.

    The state next to it is the strong evidence a small town's name needs; a title word in front ("Mayor
    Wellington, Texas") or a name already read as a place does not count.
    """
    titles = set(data["title_words"])
    for i in range(len(toks)):
        start = toks[i][0]
        written = _title(text[start:end])
        words = written.split()
        if len(words) > 3 or taken.hit(start, end) or words[0] in _STOP_HEAD or set(words) & titles:
            continue
        if written in state_names() and state_names()[written] != code and not abbreviated:
            continue  # "Georgia, Iowa, Louisiana": a list of states, whatever towns share their names
        if code in town_states(written):
            return start
    return None


@cache
def _town_list_re() -> re.Pattern[str]:
    """A list of places after a preposition of place: "in Estes Park or Wellington", "from Ames, Boone and Nevada"."""
    lead = "|".join(map(re.escape, places_data()["town_list_lead"]))
    name = r"[A-Z][a-z'’.-]+(?:[ \t]+[A-Z][a-z'’.-]+){0,2}"
    return re.compile(rf"(?:\b(?:{lead})|[ \t](?:--|—|–))[ \t]+"  # "in Estes Park or Wellington", "-- Hartford, ..."
                      rf"(?P<list>{name}(?:,[ \t]+{name})*,?[ \t]+(?:and|or)[ \t]+{name})(?![\w'’-]|[ \t]+[A-Z])")


# a comma list of names around a reading: "..., Hewitt, " before and ", La Crescent" after
_LIST_BEFORE = re.compile(r"[A-Z][a-z'’.-]+,[ \t]+$")
_LIST_AFTER = re.compile(r",[ \t]+[A-Z][a-z'’.-]+")
_NAME_RUN = re.compile(r"[A-Z](?:[a-z]+[A-Z])?[a-z'’.-]+(?:[ \t]+[A-Z](?:[a-z]+[A-Z])?[a-z'’.-]+)*")


#: what a comma run needs first: three commas, each before a capital, which no name holds (asked before the names
#: are tried, it halves the scan's time)
_THREE_COMMAS = r"(?=[A-Z][^,\n]*,[ \t]+[A-Z][^,\n]*,[ \t]+[A-Z][^,\n]*,[ \t]+[A-Z])"


@cache
def _comma_run_re() -> re.Pattern[str]:
    """Four or more names in a comma list, with or without a closing "and": "are Aitkin, Albert Lea, Arden
    Hills, Barnum, ...".  Such a run is a list of places only when places already read are among its members."""
    name = r"[A-Z](?:[a-z]+[A-Z])?[a-z'’.-]+(?:[ \t]+(?:of[ \t]+)?[A-Z](?:[a-z]+[A-Z])?[a-z'’.-]+){0,3}"
    return re.compile(rf"(?<![\w'’.-]){_THREE_COMMAS}"
                      rf"(?P<list>{name}(?:,[ \t]+{name}){{3,}}(?:,?[ \t]+(?:and|or)[ \t]+{name})?)(?![\w'’-])")


def _states_outside(text: str, found: list[PlaceMention], span: tuple[int, int]) -> set[str]:
    """The states the text names outside a list of towns (a Nevada or a Washington inside it is a town)."""
    return _states_named(text, [p for p in found if not span[0] <= p.start < span[1]], outside=span)


def _listed_towns(text: str, found: list[PlaceMention], taken: _Spans) -> list[PlaceMention]:
    """Small towns named in a list of places inside a release from their state.

    "People in Estes Park or Wellington shouldn't have to drive to Fort Collins" in a Larimer County, Colo.
    release: every member of the list must be a place (one already read, or a town of the one state the
    text names that has it), so "in Commerce and Industry" or "in January and February" never count.
    """
    out: list[PlaceMention] = []
    doc_states: set[str] | None = None
    stop = _bare_stop()
    lists = [(m, False) for m in _town_list_re().finditer(text)] + [(m, True) for m in _comma_run_re().finditer(text)]
    for m, needs_places in lists:
        members = [(x.start() + m.start("list"), x.group(0)) for x in _NAME_RUN.finditer(m.group("list"))]
        if needs_places and sum(1 for a, w in members if taken.hit(a, a + len(w))) < 2:
            continue  # a comma list of names is a list of places only beside places already read
        members = [(a, w.rstrip(".")) for a, w in members]
        new: list[PlaceMention] = []
        ok = True
        unknown = 0
        elsewhere: list[tuple[int, str]] = []
        list_states: set[str] | None = None
        beside = sum(1 for a, w in members if taken.hit(a, a + len(w))) >= 2
        for a, w in members:
            b = a + len(w)
            if taken.hit(a, b):
                shorter = next((p for p in found if p.start == a and p.end < b and p.how == "bare"), None)
                if shorter is None or not needs_places or len(w.split()) < 2:
                    continue
                # "..., Dallas Center, Davenport, ...": in a list of its state's towns the town's whole name, not
                # the big city at its start
                if list_states is None:
                    list_states = _states_outside(text, found, (m.start("list"), m.end("list")))
                if len([st for st in town_states(w) if st in list_states]) != 1:
                    continue
                found.remove(shorter)
            if w in stop and not needs_places and not beside:  # beside places already read, "Jordan" is the town
                ok = False
                break
            if doc_states is None:
                doc_states = _states_named(text, found)
            if needs_places and list_states is None:
                list_states = _states_outside(text, found, (m.start("list"), m.end("list")))
            inside = [s for s in town_states(w) if s in (list_states if needs_places else doc_states)]
            if len(inside) != 1:
                unknown += 1
                if needs_places and town_states(w):
                    elsewhere.append((a, w))
                continue
            new.append(PlaceMention(_title(w), inside[0], "city", "listed_town", a, b))
        if elsewhere and list_states and len(list_states) == 1 and len(new) >= 8 and len(new) >= 3 * len(elsewhere):
            # a long list of one state's towns ("Dysart, Fort Dodge, ..., Livermore, Luxemburg, Marquette") with a
            # few the town table knows only in other states: the table is incomplete, the list is not
            state = next(iter(list_states))
            new += [PlaceMention(_title(w), state, "city", "listed_town", a, a + len(w)) for a, w in elsewhere]
            new.sort(key=lambda p: p.start)
            unknown -= len(elsewhere)
        # every member a place; in a long list ("the municipalities of A, B, C, D and E") a few towns too small
        # for the town table do not undo the ones it knows (only those are read)
        ok = ok and (unknown == 0 or (len(members) >= 4 and len(new) >= 2 and unknown <= len(new)))
        if ok:
            for p in new:
                taken.add(p.start, p.end)
            out.extend(new)
            if needs_places and len(new) >= 2 and doc_states:
                _towns_in_their_list(members, found, doc_states)
    return out


#: a list of counties written without "County": "Four more Virginia counties came in among the top 10 ...:
#: Albemarle (No. 2), Montgomery (No. 4), York (No. 7) and Franklin (No. 9)", "the counties of Ada and Canyon"
_COUNTY_NAME = r"[A-Z][a-z'’.-]+(?:[ \t]+[A-Z][a-z'’.-]+)?(?:[ \t]*\([^()\n]{1,20}\))?"
_COUNTY_LIST = re.compile(rf"\b(?:(?P<state>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)[ \t]+)?counties\b"
                          rf"(?:[^.:;\n]{{0,120}}:|[ \t]+of)[ \t]+"
                          rf"(?P<list>{_COUNTY_NAME}(?:,[ \t]+{_COUNTY_NAME})*,?[ \t]+(?:and|&)[ \t]+{_COUNTY_NAME})")


_JOINED_PART = r"[A-Z][a-z'’.]+(?:[ \t]+[A-Z][a-z'’.]+){0,2}"
_JOINED = re.compile(rf"(?<![\w'’.&/-])(?P<a>{_JOINED_PART})(?P<sep>[-/])(?P<b>{_JOINED_PART})"
                     rf"(?:-(?P<c>{_JOINED_PART}))?(?![\w'’&/-])")


_REGION_AFTER = re.compile(r"[ \t]+(?:area|region|metro|metroplex|metropolitan|MSA)\b", re.I)


_ABROAD_COUNTY_BASE = re.compile(r"[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,2}")
_ABROAD_AFTER_COUNTY = re.compile(r",[ \t]*")


def _joined_cities(text: str, found: list[PlaceMention], taken: _Spans) -> list[PlaceMention]:
    """The cities of a metro area written as their names joined by hyphens ("Dallas-Fort Worth 248",
    "Palm Bay-Melbourne-Titusville is No. 1") or of two cities sharing a slash ("Columbia/Ellicott City, MD"),
    when no city has the whole name (Winston-Salem, Wilkes-Barre) and each part is a city: of the state
    written after them, else of the page's one state, else a big one.  Later cities of a hyphenated metro area
    are marked ``metro_part`` (a ranking's row names the area by its first city), and all of them where the
    name is followed by "area" or "region"."""
    if "-" not in text and "/" not in text:
        return []
    data = places_data()
    out: list[PlaceMention] = []
    page_states: set[str] | None = None
    for m in _JOINED.finditer(text):
        groups = [g for g in ("a", "b", "c") if m.group(g)]
        whole = m.group(0)
        if _city_lookup(whole) or county_name(whole.split("/")[-1]) or taken.hit(m.start("a"), m.end("a")):
            continue
        after = rx(r",[ \t]*").match(text, m.end())
        st = state_pattern().match(text, after.end()) if after else None
        state = state_code(st.group(0)) if st else None
        if state is None and page_states is None:
            page_states = _states_named(text, found)
        parts = []
        for g in groups:
            words = m.group(g).split()
            # the longest start of the part that is a city ("Fort Worth Area" -> Fort Worth); only the last part
            # may leave words out
            for n in range(len(words), 0, -1) if g == groups[-1] else (len(words),):
                name = " ".join(words[:n])
                hits = us_city(name) if state or name not in _bare_stop() else {}
                if state:
                    ok = state in hits
                else:
                    ok = bool(hits) and (page_states is not None and len(page_states) == 1
                                         and next(iter(page_states)) in hits
                                         or max(v[1] for v in hits.values()) >= data["bare_min_population_us"])
                if ok:
                    parts.append((g, name))
                    break
            else:
                break
        if len(parts) != len(groups):
            continue
        # ("part of the Dallas-Fort Worth area": the region, whose cities are places but win nothing)
        region = _REGION_AFTER.match(text, m.end()) is not None
        for k, (g, name) in enumerate(parts):
            a = m.start(g)
            b = a + len(name)
            if taken.hit(a, b):
                continue  # ("Columbia/Ellicott City, MD": the last city already read with its state)
            one = state or (next(iter(page_states)) if page_states and len(page_states) == 1 and
                            next(iter(page_states)) in us_city(name) else None)
            canon = _city_lookup(name, one) if one else _city_lookup(name)
            how = "metro_part" if (k or region) and m.group("sep") == "-" else ("with_state" if state else "bare")
            out.append(PlaceMention(_as_written(report_name(canon), name) if canon else name, one, "city", how, a, b))
            taken.add(a, b)
        if st:
            taken.add(st.start(), st.end())
    return out


def _listed_counties(text: str, found: list[PlaceMention], taken: _Spans) -> list[PlaceMention]:
    """Counties a list names without the word "County", each a county of the state the list's lead or the
    text names (every member must be one, so "counties: Parks, Roads and Libraries" reads nothing)."""
    out: list[PlaceMention] = []
    doc_states: set[str] | None = None
    for m in _COUNTY_LIST.finditer(text) if "counties" in text else ():
        lead = state_code(m.group("state")) if m.group("state") else None
        if lead is None:
            if doc_states is None:
                doc_states = _states_named(text, found)
            states = doc_states
        else:
            states = {lead}
        members = [(x.start() + m.start("list"), x.group(0))
                   for x in _NAME_RUN.finditer(rx(r"\([^()]*\)").sub(lambda g: " " * len(g.group(0)), m.group("list")))]
        new = []
        for a, w in members:
            inside = [st for st in county_states(w + " County") if st in states]
            if len(inside) != 1:
                new = []
                break
            if not taken.hit(a, a + len(w)):
                new.append(PlaceMention(county_name(w + " County") or w + " County", inside[0], "county",
                                        "listed_county", a, a + len(w)))
        for p in new:
            taken.add(p.start, p.end)
        out.extend(new)
    return out


def _towns_in_their_list(members: list[tuple[int, str]], found: list[PlaceMention], doc_states: set[str]) -> None:
    """Members of a list of a state's towns first read as a city abroad or a namesake with no state ("Big Lake,
    Cologne, Faribault" in a Minnesota list) are the state's towns."""
    at = {p.start: i for i, p in enumerate(found)}
    for a, w in members:
        i = at.get(a)
        if i is None or found[i].state or found[i].how not in ("foreign", "bare") or found[i].end != a + len(w):
            continue
        inside = [s for s in town_states(w) if s in doc_states]
        if len(inside) == 1:
            found[i] = PlaceMention(_title(w), inside[0], "city", "listed_town", a, a + len(w))


def _main_place(doc: Doc, places: list[PlaceMention]) -> PlaceMention | None:
    """The document's own place: dateline, else masthead 'City of X', else the headline's place."""
    head_end = len(doc.text)
    for s in doc.sentences:
        if len(s.text) > 150:
            head_end = s.start
            break
    datelines = [p for p in places if p.how in ("with_state", "dateline")
                 and _line_start(doc.text, p.start) and p.start <= head_end + 5]
    if datelines:
        # a masthead county ("MONTGOMERY COUNTY, MARYLAND") outranks a dateline town
        return datelines[0]
    for p in places:
        if p.start > head_end:
            break
        if p.how in ("city_of", "county"):
            return p
    return next(iter(p for p in places if p.start <= head_end), places[0] if places else None)


def _line_start(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    return not text[line_start:pos].strip()


@cache
def _state_name_pattern() -> re.Pattern[str]:
    names = state_names()
    # the lookahead on first letters lets the scan skip most positions without trying every name
    firsts = "".join(sorted({n[0].lower() for n in names}))
    return re.compile(r"\b(?=[" + firsts + r"])(" + alternation(names) + r")\b", re.I)


@cache
def _regions() -> dict[str, str]:
    return load_data("regions")["regions"]


@cache
def _region_pattern() -> re.Pattern[str]:
    """US regions from ``kg/data/regions.json`` ("Hampton Roads", "Silicon Valley")."""
    return re.compile(r"\b(?:the\s+)?(" + alternation(_regions()) + r")\b")


@lru_cache(maxsize=64)
def _regions_in(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, state) of every region the text names."""
    if not _region_first().search(text):
        return ()
    regions = _regions()
    return tuple((m.start(), m.end(), regions[m.group(1)]) for m in _region_pattern().finditer(text))


@cache
def _region_first() -> re.Pattern[str]:
    """A cheap pre-filter: the last word of some region name."""
    return re.compile(r"\b(?:" + "|".join(sorted({re.escape(n.split()[-1]) for n in _regions()})) + r")\b")


_STATE_BODY = re.compile(r"[ \t]+(?:Municipal|League|Association|Department|Conference|Council|Commission|"
                         r"Legislature|General Assembly|Chapter)\b")


def _states_named(text: str, places: list[PlaceMention], *, bare_only: bool = False,
                  outside: tuple[int, int] | None = None) -> set[str]:
    """States the text names: next to places, on their own ("Seven California counties"), or through a
    region ("Two Hampton Roads cities" -> VA); with ``outside``, not within that span (a list of Iowa towns
    holds a Nevada and a Washington that name no state)."""
    out = set() if bare_only else {p.state for p in places if p.state}
    out |= {code for _a, _b, code in _regions_in(text)}
    spans = _Spans(len(text))
    for p in places:
        spans.add(p.start, p.end)
    if outside:
        spans.add(*outside)
    codes = {n.lower(): c for n, c in state_names().items()}
    for a, b, name in _state_mentions(text):
        # "Washington Square", "Ohio State University", "New York Times" are not the state
        if spans.hit(a, b) or (rx(r"[ \t]+[A-Z][a-z]").match(text[b:b + 3]) and not _STATE_BODY.match(text, b)):
            continue  # but the "Maine Municipal Association" is the state's own
        out.add(codes[name.lower()])
    return out


@lru_cache(maxsize=16)
def _state_mentions(text: str) -> tuple[tuple[int, int, str], ...]:
    """Every state name in ``text``: one scan per document, however often a component asks."""
    return tuple((m.start(), m.end(), m.group(1)) for m in _state_name_pattern().finditer(text))


def _fill_state(name: str, kind: str, named: set[str]) -> str | None:
    if kind == "county":
        states = county_states(name)
        inside = [s for s in states if s in named]
        if len(inside) == 1:
            return inside[0]
        return states[0] if len(states) == 1 else None
    hits = us_city(name if name != "New York" else "New York City")
    inside = [s for s in hits if s in named]
    if len(inside) == 1:
        return inside[0]
    if hits:
        pops = sorted((v[1] for v in hits.values()), reverse=True)
        if pops[0] >= 100_000 and (len(pops) == 1 or pops[0] >= 5 * pops[1]):
            return max(hits, key=lambda s: hits[s][1])
    return None


def _state_named_for(name: str, named: set[str]) -> str | None:
    """The one state the text names that has a city called ``name`` ("Two North Carolina cities")."""
    inside = [s for s in us_city(name if name != "New York" else "New York City") if s in named]
    return inside[0] if len(inside) == 1 else None


def extract(doc: Doc, record: DocumentRecord) -> None:
    """Fill ``record.cities`` and ``record.counties`` and leave the mentions in ``doc.context``."""
    places = find_places(doc.text)
    main = _main_place(doc, places)
    named = _states_named(doc.text, places)
    named_bare = _states_named(doc.text, places, bare_only=True)
    doc.context["places"] = places
    doc.context["main_place"] = main
    doc.context["states_named"] = named
    doc.context["countries_abroad"] = _countries_abroad(doc.text, named)

    cities: dict[str, City] = {}
    counties: dict[str, County] = {}
    starts = [s.start for s in doc.sentences]
    for p in places:
        target = counties if p.kind == "county" else cities
        i = bisect.bisect_right(starts, p.start) - 1
        sent = doc.sentences[i] if i >= 0 and doc.sentences[i].start <= p.start < doc.sentences[i].end else None
        ev = sent.evidence() if sent else None
        if p.name not in target:
            cls = County if p.kind == "county" else City
            target[p.name] = cls(name=p.name, state=p.state, evidence=ev)
        elif p.state and not target[p.name].state:
            target[p.name].state = p.state
    for kind, target in (("city", cities), ("county", counties)):
        for name, item in target.items():
            if item.state:
                continue
            is_main = main is not None and main.name == name
            if kind == "county" or is_main:
                item.state = _fill_state(name, kind, named)
            else:
                item.state = _state_named_for(name, named_bare)
    record.cities = list(cities.values())
    record.counties = list(counties.values())
