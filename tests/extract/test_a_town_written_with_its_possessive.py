"""'The City of Merriam’s Communications Team': the town is read whole before its possessive, even when only
the small-town table knows it."""

from __future__ import annotations

from kg.extract import extract_text


def test_a_small_town_before_its_possessive_is_read_and_wins():
    rec = extract_text("The City of Merriam’s Communications and Tourism Team took home three first-place Savvy "
                       "Awards from the City-County Communications & Marketing Association (3CMA).")
    assert [c.name for c in rec.cities] == ["Merriam"]
    assert [(a.city, a.award) for a in rec.awards] == [("Merriam", "Savvy Awards")]


def test_a_gazetteer_city_before_its_possessive_keeps_its_name():
    rec = extract_text("The City of Boston's Innovation Team won the 2019 Award for Civic Innovation.")
    assert [c.name for c in rec.cities] == ["Boston"]
