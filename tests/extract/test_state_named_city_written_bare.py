"""A state's name written bare that is also its big city's name is the city unless the words around it make
it the state."""

from __future__ import annotations

import pytest

from kg.extract.places import find_places


def _cities(text: str) -> set[str]:
    return {p.name for p in find_places(text) if p.kind == "city"}


@pytest.mark.parametrize("text", [
    "The prize went to New York in 2010.",
    "He served as mayor of New York for a decade.",
    "New York's subway map was redrawn.",
    "Honorable mention\n- Portland\n- New York\n- Denver",
    "The group's New York headquarters hosted the event.",
    "New York Mayor Jane Roe spoke first.",
])
def test_new_york_written_bare_is_the_city(text):
    assert "New York" in _cities(text)


@pytest.mark.parametrize("text", [
    "Farmers in upstate New York planted trees.",
    "The Governor of New York signed the bill.",
    "New York State agencies joined the effort.",
    "She reads the New York Times daily.",
    "A New York-based firm won.",
])
def test_new_york_as_the_state_or_part_of_a_name_is_no_city(text):
    assert "New York" not in _cities(text)


def test_a_state_whose_name_is_no_big_city_of_its_own_stays_a_state():
    assert not _cities("Kansas won, and Virginia came second.") & {"Kansas", "Virginia"}


def test_a_state_name_before_an_abbreviated_state_is_a_town():
    got = [(p.name, p.state) for p in find_places("Dawson County, Neb.; Washington, N.C.; Cleveland, Ohio")]
    assert ("Washington", "NC") in got
