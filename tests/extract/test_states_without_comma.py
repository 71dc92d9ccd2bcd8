"""A state written after its city with no comma ('Tacoma WA', 'Sandpoint Idaho'), an AP abbreviation without
its dot ('Tulsa, Okla;'), and lists of states that are no cities."""

from __future__ import annotations

import pytest

from kg.extract.places import find_places


def _cities(text: str) -> dict[str, str | None]:
    return {p.name: p.state for p in find_places(text) if p.kind == "city"}


@pytest.mark.parametrize("text, city, state", [
    ("Top Honors\nTacoma WA\nSpokane WA", "Tacoma", "WA"),
    ("Runners-up were Boise Idaho, Eugene Oregon and Provo Utah.", "Eugene", "OR"),
    ("Silver\nGreeley Colo.\nLaramie, Wyo.", "Greeley", "CO"),
    ("Pasadena CA (Los Angeles CA) took the prize.", "Pasadena", "CA"),
    ("Offices in Arlington VA and Trenton NJ", "Trenton", "NJ"),
])
def test_a_city_takes_the_state_written_right_after_it_without_a_comma(text, city, state):
    assert _cities(text).get(city) == state


def test_a_small_town_needs_a_list_to_take_a_state_without_a_comma():
    # a town from the small-town table, in a list of places
    assert _cities("Honorees were Tyler Texas, Algoma Wisconsin, and Mesa Arizona.").get("Algoma") == "WI"


@pytest.mark.parametrize("text, name", [
    ("He moved to the Plano Virginia Beach office.", "Plano"),
    ("She left Columbus Ohio State for good.", "Columbus"),
    ("A Tulsa Oklahoma-based firm won.", "Tulsa"),
])
def test_a_state_name_that_goes_on_into_another_name_closes_no_city(text, name):
    assert all(p.how != "with_state" for p in find_places(text) if p.name == name)


def test_a_title_word_before_a_name_and_state_is_a_person():
    assert "Tyler" not in _cities("said Mayor Tyler Texas, a former teacher.")


@pytest.mark.parametrize("text, city, state", [
    ("The finalists: Fresno, Calif; Tulsa, Okla; and Erie, Pa.", "Tulsa", "OK"),
    ("Gary, Ind, and Akron, Ohio", "Gary", "IN"),
    ("Norfolk, Va: the city council voted.", "Norfolk", "VA"),
])
def test_an_ap_abbreviation_without_its_dot_is_a_state(text, city, state):
    assert _cities(text).get(city) == state


def test_a_list_of_states_is_no_city():
    found = _cities("Four states, Kansas, Nebraska, Oregon and Maine, earned top grades.")
    assert not {"Kansas", "Nebraska", "Oregon", "Maine"} & set(found)


def test_the_capital_with_its_district_stays_a_city():
    assert _cities("Washington, D.C. and Washington DC")["Washington"] == "DC"
