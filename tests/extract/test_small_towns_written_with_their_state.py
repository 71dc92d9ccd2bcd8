"""Towns too small for the gazetteer, written before their state in a list, a bulleted line or after 'from'; a
label glued to a name by a page that lost its layout ("LocationDenver, Colorado") is no town."""

from __future__ import annotations

import pytest

from kg.extract.places import find_places


def _cities(text: str) -> dict[str, str | None]:
    return {p.name: p.state for p in find_places(text) if p.kind == "city"}


@pytest.mark.parametrize("text, town, state", [
    ("Members range from Zorbaville, Montana, population 40, to big cities.", "Zorbaville", "MT"),
    ("  • Lower Quibble Township, Pennsylvania  \n  • Erie, Pennsylvania\n", "Lower Quibble", "PA"),
    ("* Quux Village, Ohio\n", "Quux", "OH"),
    ("\nFrob City, Texas", "Frob City", "TX"),
])
def test_a_small_town_before_its_state_is_a_town(text, town, state):
    assert _cities(text).get(town) == state


@pytest.mark.parametrize("text", [
    "Gold\nWidgetford University, Calif.\nSilver",
    "It gave an A to Idaho and Utah.  Nevada, Texas and Ohio got a B.",
    "Founded\t1949\nLocationDenver, Colorado\n",
    "\nDurangoDurango, Colorado\n",
])
def test_an_institution_or_a_sentence_break_before_a_state_is_no_town(text):
    assert not set(_cities(text)) - {"Nevada"}


def test_towns_listed_after_municipalities_of_in_a_page_of_the_state_league():
    text = ("AUGUSTA — The municipalities of Vassalboro, Phippsburg, Waterville and Hampden were recognized during "
            "judging held at the Maine Municipal Association.\n")
    got = {(p.name, p.state) for p in find_places(text)}
    assert {("Vassalboro", "ME"), ("Phippsburg", "ME"), ("Waterville", "ME"), ("Hampden", "ME")} <= got


def test_towns_that_are_whole_ranked_items_are_places():
    text = "Category 1\n1st place: Andover\n2nd place: Shrewsbury\n3rd place: Natick\n"
    assert [p.name for p in find_places(text)] == ["Andover", "Shrewsbury", "Natick"]


def test_two_ranked_items_are_too_few_to_vouch_for_bare_names():
    assert find_places("1st place: Andover\n2nd place: Shrewsbury\n") == []


def test_a_time_before_a_state_is_no_town():
    from kg.extract.places import find_places

    text = "Virginia Beach, Va.: Last January, Virginia Beach Mayor Will Sessoms declared 2016 the Year.\n"
    assert {p.name for p in find_places(text)} == {"Virginia Beach"}


def test_a_town_of_x_the_gazetteer_lacks_is_a_town_with_the_state_the_page_names():
    from kg.extract import extract_text

    text = ("The Town of Culver was named one of the top ten walkable places. Culver is the only Indiana town "
            "on the list.")
    assert {(c.name, c.state) for c in extract_text(text).cities} >= {("Culver", "IN")}


def test_a_city_of_x_that_runs_on_into_a_longer_name_is_no_town():
    from kg.extract import extract_text

    text = "Patients at City of Hope National Medical Center praised the new wing."
    assert "Hope" not in {c.name for c in extract_text(text).cities}


def test_an_acronym_before_a_state_agency_is_no_town():
    from kg.extract import extract_text

    text = ("The town thanks the Plan Commission, the Town Council, MACOG, Indiana State Department of Health, "
            "and its interns.")
    assert extract_text(text).cities == []


def test_a_name_with_its_own_inner_capital_is_still_a_town():
    assert _cities("\nZorb McQuux, Texas\n").get("Zorb McQuux") == "TX"
