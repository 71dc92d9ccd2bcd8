"""Bare city names that are people ('Jane Salem, Director'; 'J. Sterling Morton'), regions ('Columbus Region'),
consolidated governments ('Lexington-Fayette'), governments abroad ('Township of Langley') and 'Mayor of New
York' before a name."""

from __future__ import annotations

import pytest

from kg.extract.places import find_places


def _cities(text: str) -> dict[str, str | None]:
    return {p.name: p.state for p in find_places(text) if p.kind == "city"}


@pytest.mark.parametrize("text, name", [
    ("For more information, contact\n\nMaria Eugene, Director of Communications", "Eugene"),
    ("named for the planner T. Bartholomew Tacoma, who", "Tacoma"),
])
def test_a_city_name_that_is_a_persons_name_is_no_city(text, name):
    assert name not in _cities(text)


def test_a_region_named_after_a_city_is_no_city():
    assert "Columbus" not in _cities("  • Columbus Region, Ohio, USA\n")


def test_a_consolidated_government_is_reported_by_its_city():
    assert _cities("3 Athens-Clarke, GA 61 9") == {"Athens": "GA"}


@pytest.mark.parametrize("text, city", [
    ("a conference hosted by the Township of Langley and the City of Maple Ridge", "Langley"),
    ("a conference hosted by the Township of Langley and the City of Maple Ridge", "Maple Ridge"),
])
def test_a_government_abroad_written_city_of_is_a_city(text, city):
    assert city in _cities(text)


def test_mayor_of_new_york_before_a_name_is_the_city():
    assert "New York" in _cities("funded by former Mayor of New York Ada Quill's foundation")


def test_a_city_abroad_with_its_country_after_a_capitalised_word_is_a_city():
    assert "Eindhoven" in _cities("hosted by Community of the Year Eindhoven in the Netherlands.")
