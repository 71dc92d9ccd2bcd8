"""Cities and counties: datelines, 'City, St.', 'City of X', bare large cities, counties kept apart."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import extract_text
from kg.extract.gazetteer import city_key, county_states, state_code, us_city
from kg.extract.places import find_places


def _cities(text: str) -> list[tuple[str, str | None]]:
    return [(c.name, c.state) for c in extract_text(text).cities]


def _counties(text: str) -> list[tuple[str, str | None]]:
    return [(c.name, c.state) for c in extract_text(text).counties]


@pytest.mark.parametrize("written, code", [
    ("Calif.", "CA"), ("Wash.", "WA"), ("N.C.", "NC"), ("Texas", "TX"), ("D.C.", "DC"), ("W.Va.", "WV"),
    ("Ky", "KY"), ("LA", "LA"), ("MARYLAND", "MD"), ("Conn.", "CT"), ("Tenn.", "TN"), ("Mass.", "MA"),
])
def test_state_forms(written: str, code: str):
    assert state_code(written) == code


@pytest.mark.parametrize("text, expected", [
    ("BATON ROUGE, LA – Nov. 14, 2019 – Baton Rouge won.", [("Baton Rouge", "LA")]),
    ("SALEM, Ore. – The city won.", [("Salem", "OR")]),
    ("LONG BEACH, Calif. – Long Beach has moved up.", [("Long Beach", "CA")]),
    ("Cities like Norfolk, Virginia, Cape Coral, Florida, and Pasadena, California, lead.",
     [("Norfolk", "VA"), ("Cape Coral", "FL"), ("Pasadena", "CA")]),
    ("10th (tie) – Ft. Wayne, Ind.; Lincoln, Neb.", [("Fort Wayne", "IN"), ("Lincoln", "NE")]),
    ("2nd (tie) – Chicago, Ill.; New York City, N.Y.; Seattle, Wash.",
     [("Chicago", "IL"), ("New York", "NY"), ("Seattle", "WA")]),
    ("3rd – Louisville Metro Government, KY\n9th – City and County of Denver, CO",
     [("Louisville", "KY"), ("Denver", "CO")]),
    ("the city's first smart community, located in Southeast Dallas, Texas.", [("Dallas", "TX")]),
    ("This year's class: Arlington, Texas; Kansas City, Mo.; and Washington, D.C.",
     [("Arlington", "TX"), ("Kansas City", "MO"), ("Washington", "DC")]),
])
def test_city_with_state(text: str, expected: list[tuple[str, str | None]]):
    assert _cities(text) == expected


def test_dateline_without_state_and_city_of():
    assert _cities("CORPUS CHRISTI — Corpus Christi has been ranked first.") == [("Corpus Christi", "TX")]
    assert ("Marana", "AZ") in _cities("MARANA, Ariz. — The Town of Marana has again been named a winner.")
    assert _cities("Information Technology Agency | City of Los Angeles\n\nThe city won.")[0][0] == "Los Angeles"


def test_bare_peer_cities_have_no_state_unless_the_text_gives_one():
    text = ("LONG BEACH, Calif. – Long Beach placed sixth.\n"
            "Los Angeles; Philadelphia; Raleigh, N.C.; Denver; and Oakland also made this year's top 10.")
    assert _cities(text) == [("Long Beach", "CA"), ("Los Angeles", None), ("Philadelphia", None),
                             ("Raleigh", "NC"), ("Denver", None), ("Oakland", None)]


def test_state_named_elsewhere_fills_a_unique_city():
    text = "DURHAM, N.C. — Two North Carolina cities, Durham and Winston-Salem, made the list."
    assert ("Winston-Salem", "NC") in _cities(text)


def test_people_and_organisations_named_like_cities_are_not_cities():
    text = ("LONG BEACH, CA – \"It is an honor,\" said Mayor Rex Richardson. Fischer said the Mobile app helps. "
            "Lafayette worked with the University of Louisiana at Lafayette.")
    names = [c for c, _ in _cities(text)]
    assert "Richardson" not in names and "Mobile" not in names
    assert names.count("Long Beach") == 1


def test_descriptor_and_foreign_cities():
    text = "Lafayette shared the stage with honorees, among them Las Vegas, Denver, Dubai, Calgary and Chicago."
    assert [c for c, _ in _cities(text)] == ["Lafayette", "Las Vegas", "Denver", "Dubai", "Calgary", "Chicago"]


def test_counties_are_kept_apart_from_cities():
    text = ("1st Place – Stafford County, Va.\n2nd Place – King County, Wash.\n"
            "Finalists: Durham County, N.C.; St. Louis County, Mo.\nArlington County, Virginia, ranked second.")
    assert _counties(text) == [("Stafford County", "VA"), ("King County", "WA"), ("Durham County", "NC"),
                               ("St. Louis County", "MO"), ("Arlington County", "VA")]
    assert _cities(text) == []


def test_county_state_from_the_text_or_the_gazetteer():
    text = "Seven California counties honored. Nevada County finished second; Sonoma County took third."
    assert _counties(text) == [("Nevada County", "CA"), ("Sonoma County", "CA")]
    assert sorted(county_states("Nevada County")) == ["AR", "CA"]
    assert _counties("MONTGOMERY COUNTY, MARYLAND\nROCKVILLE, Md. – The county won.") == [("Montgomery County", "MD")]


def test_not_a_county():
    assert _counties("Overall County Government Experience\n1st Place – Coral Gables, Fla.") == []


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["Saint", "St.", "Ft.", "Fort", " ", "Louis", "Wayne", "X", "’s"]),
                max_size=8).map("".join))
def test_city_key_is_stable(name: str):
    assert city_key(city_key(name)) == city_key(name)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=150))
def test_find_places_never_raises_and_offsets_are_inside(text: str):
    for p in find_places(text):
        assert 0 <= p.start < p.end <= len(text)
        assert p.kind in ("city", "county")


def test_gazetteer_knows_small_winners():
    for name, state in [("Marana", "AZ"), ("Tinley Park", "IL"), ("Flower Mound", "TX"), ("Blacksburg", "VA")]:
        assert state in us_city(name)


def test_dev_places_match_gold(dev_gold, dev_records):
    for g in dev_gold:
        rec = dev_records[g["id"]]
        assert {c.name for c in rec.cities} == {c["name"] for c in g["cities"]}, g["id"]
        assert {c.name for c in rec.counties} == {c["name"] for c in g.get("counties", [])}, g["id"]
        states = {c.name: c.state for c in rec.cities}
        for c in g["cities"]:
            if c.get("state"):
                assert states[c["name"]] == c["state"], (g["id"], c["name"])


def test_suburbs_in_the_named_state_and_lookalikes():
    text = ("<html><body><h1>Mayor Unveils Budget</h1><p>June 2, 2021</p><p>COLUMBUS, Ohio — The mayor proposed "
            "expanding bus service to Franklin County suburbs including Dublin and Westerville. The plan mirrors "
            "programs in Denver and Seattle.</p><p>Lincoln Park and Washington Square will get new lighting, and "
            "crews will work across the Potomac.</p></body></html>")
    from kg.extract.document import text_from_bytes

    rec = extract_text(text_from_bytes(text.encode(), "html"))
    assert [(c.name, c.state) for c in rec.cities] == [("Columbus", "OH"), ("Dublin", "OH"), ("Westerville", "OH"),
                                                       ("Denver", None), ("Seattle", None)]
    assert [(c.name, c.state) for c in rec.counties] == [("Franklin County", "OH")]
    assert rec.awards == []


def test_regions_are_not_cities_and_name_a_state():
    text = ("Two Hampton Roads cities landed on the Digital Cities Survey list\n"
            "Norfolk and Chesapeake were honored. Silicon Valley city Sunnyvale placed third, and the Twin Cities "
            "suburb of Eagan made the list.")
    got = _cities(text)
    assert ("Hampton", "VA") not in got and not any(name == "Hampton" for name, _s in got)
    assert {("Norfolk", "VA"), ("Chesapeake", "VA"), ("Sunnyvale", "CA")} <= set(got)


def test_hyphenated_county_under_a_city_dateline():
    rec = extract_text("MIAMI, Fla. – Miami-Dade County placed fourth in the 2015 Digital Counties Survey.")
    assert [(c.name, c.state) for c in rec.counties] == [("Miami-Dade County", "FL")]
    assert [(a.city, a.rank) for a in rec.awards] == [("Miami-Dade County", 4)]


def test_state_in_its_own_table_cell():
    assert _cities("Rank | City | State\n1 | Springfield | IL\n2 | Albany | NY\n") == [("Springfield", "IL"),
                                                                                      ("Albany", "NY")]


def test_consolidated_city_county_is_its_city():
    rec = extract_text("250,000 or more\n1. Louisville/Jefferson County, Ky.\n2. Kansas City, Mo.\n")
    assert [(c.name, c.state) for c in rec.cities] == [("Louisville", "KY"), ("Kansas City", "MO")]
    assert rec.counties == []


def test_streets_and_companies_named_like_cities_are_not_cities():
    # Lakewood, Golden and Arvada are Colorado cities a Denver text would otherwise pick up
    text = ("DENVER, Colo. — Crews repaved Lakewood Avenue near 40 Arvada Blvd. this week. "
            "The survey is run by Golden, Inc., a unit of acme.Lakewood Partners.")
    assert [c for c, _s in _cities(text)] == ["Denver"]


def test_city_written_with_city_after_its_name_next_to_its_county():
    text = ("SALEM, Va. — Roanoke County placed third. Roanoke City, which is governed separately from "
            "Roanoke County, shares a dispatch center with it.")
    assert "Roanoke" in [c for c, _s in _cities(text)]
    assert ("Roanoke County", "VA") in _counties(text)
    # without "City" after it, a county's base name is still not the city
    assert "Roanoke" not in [c for c, _s in _cities("SALEM, Va. — Roanoke County won; Roanoke staff cheered.")]


@pytest.mark.parametrize("text", [
    "SEATTLE, Wash. – The city launched three tools:\n- **Neighborhood Opportunity Map** – a map of needs.",
    "SEATTLE, Wash. – Residents can use the Renter Opportunity Finder to compare listings.",
])
def test_town_name_wedged_inside_a_longer_name_is_not_a_place(text: str):
    assert _cities(text) == [("Seattle", "WA")]


def test_town_name_with_its_state_still_counts_inside_capitalised_text():
    assert ("Opportunity", "WA") in _cities("Crews from Spokane Valley and Opportunity, Wash., helped.")


def test_small_town_table_loads_fast_and_knows_towns():
    import time

    from kg.data import load
    from kg.extract.gazetteer import _towns, town_states

    load.cache_clear()
    _towns.cache_clear()
    t = time.perf_counter()
    _towns()
    assert time.perf_counter() - t < 0.1
    assert "NM" in town_states("Truth or Consequences") and "VT" in town_states("Montpelier")
    assert town_states("Xyzzyville") == frozenset()


@pytest.mark.parametrize("text, expected", [
    ("Top towns:\n8th  Hood River, Ore.\n9th  Taos, N.M.", [("Hood River", "OR"), ("Taos", "NM")]),
    ("The 5th place went to Marfa, Texas this year.", [("Marfa", "TX")]),
])
def test_small_town_followed_by_its_state(text: str, expected: list[tuple[str, str]]):
    assert _cities(text) == expected


def test_small_town_needs_its_own_state():
    # Marfa is a Texas town: written before another state it is not read as that state's town
    assert ("Marfa", "OR") not in _cities("The 5th place went to Marfa, Ore. this year.")


def test_small_towns_listed_in_a_release_from_their_state():
    text = ("KANE COUNTY, Utah - Kane County launched online permits. \"Families in Orderville or "
            "Kanab should not lose a day of work to visit an office,\" the commissioner said.")
    assert {("Orderville", "UT"), ("Kanab", "UT")} <= set(_cities(text))


@pytest.mark.parametrize("text", [
    "BOISE, Idaho - The state ranked first in Commerce and Industry this year.",
    "BOISE, Idaho - The survey ran in January and February and in English or Spanish.",
    "BOISE, Idaho - Fees go to Parks and Recreation, the director said.",
])
def test_ordinary_words_in_lists_are_not_small_towns(text: str):
    assert _cities(text) == [("Boise", "ID")]


def test_university_named_after_a_town_is_not_the_town():
    text = "PEORIA, Ill. - Students at Bradley University and Knox College built the sensors."
    assert _cities(text) == [("Peoria", "IL")]


def test_a_dash_typed_as_two_hyphens_ends_a_place_name():
    from kg.extract.places import find_places

    found = find_places("the regions were the South and Southwest--Tampa, Fla., Miami and Phoenix.")
    assert ("Tampa", "FL") in [(p.name, p.state) for p in found]
    assert [p.name for p in find_places("Winston-Salem, N.C. won.")] == ["Winston-Salem"]


def test_a_small_towns_dateline_in_capitals_before_a_long_dash():
    from kg.extract.places import find_places

    found = find_places("COLDWATER — For the 18th consecutive year, the foundation honored Coldwater.")
    assert [(p.name, p.how) for p in found][:1] == [("Coldwater", "dateline")]
    assert find_places("CALIFORNIA — FIRST PLACE IN THE STATE CATEGORY") == []
    assert find_places("UPDATE — The city won.") == []


def test_a_small_town_read_once_is_the_same_town_when_named_again_bare():
    from kg.extract import extract_text

    text = ("COLDWATER — For the 18th consecutive year, the Arbor Day Foundation honored Coldwater as a "
            "Tree City USA for 2023. Coldwater is home to 5,500 trees.")
    assert [(a.city, a.year, a.streak) for a in extract_text(text).awards] == [("Coldwater", 2023, 18)]
