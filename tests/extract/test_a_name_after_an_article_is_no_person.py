"""A capitalised pair after "the" or "a" before a comma is a thing, not a person with an appositive title:
"In presenting the Grand Plaques, AAPRA President Dianne Hoover ...", "from the Strong Towns, City Manager ..."."""

from __future__ import annotations

from kg.extract import extract_text


def test_no_official_is_read_from_a_thing_named_after_the():
    text = ("BOISE, Idaho - Boise received a 2023 award from the Strong Towns, City Manager Linda Crenshaw "
            "announced today.")
    names = [o.name for o in extract_text(text).officials]
    assert "Strong Towns" not in names
    assert "Linda Crenshaw" in names


def test_a_person_before_a_comma_still_is_one():
    text = "BOISE, Idaho - Boise won. \"We are proud,\" said Linda Crenshaw, city manager of Boise."
    assert [(o.name, o.title) for o in extract_text(text).officials] == [("Linda Crenshaw", "City Manager")]


def test_a_publications_name_after_a_title_is_no_person():
    text = "U.S. Mayor Newspaper : Return to Previous Page\n\nSEATTLE - Seattle won the City Livability Award."
    assert [o.name for o in extract_text(text).officials] == []
