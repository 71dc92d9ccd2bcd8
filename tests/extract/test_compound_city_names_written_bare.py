"""A US city of two words or more that only one state has ("Santa Monica", 90,000 people) counts written bare
from 50,000 people; a one-word name of that size still needs its state (it may be a surname or a word)."""

from __future__ import annotations

from kg.extract.places import find_places


def _cities(text: str) -> set[str]:
    return {p.name for p in find_places(text) if p.kind == "city"}


def test_a_compound_name_one_state_has_counts_bare():
    assert "Santa Monica" in _cities("Santa Monica named a finalist in Bloomberg's Mayors Challenge")


def test_a_one_word_name_of_that_size_does_not():
    assert "Warren" not in _cities("Warren named a finalist in Bloomberg's Mayors Challenge")


def test_a_town_whose_name_holds_a_bigger_citys_opens_its_line():
    found = {(p.name, p.state) for p in find_places("9. Lake St. Louis, Mo.\n10. Mukilteo, Wash.\n")}
    assert ("Lake St. Louis", "MO") in found and ("St. Louis", "MO") not in found


def test_the_bigger_city_in_a_sentence_is_still_itself():
    found = {(p.name, p.state) for p in find_places("She moved to Lake St. Louis, Mo., from St. Louis, Mo.")}
    assert ("St. Louis", "MO") in found
