"""A challenge that awards a place "the title Global Earth Hour Capital 2014" gives it that title as its category
(the edition's year is no part of it); a capital named otherwise ("selected as National Capital for South
Africa") or a title that runs on into an award's own name ("the title European Capital of Culture") is none."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.award_names import find_titles


def test_the_title_given_is_the_category():
    assert [t for _a, _b, t in find_titles("WWF awarded Cape Town, South Africa the title Global Harbour Capital "
                                           "2014.")] == ["Global Harbour Capital"]
    assert find_titles("Along with Cape Town, selected as National Capital for South Africa.") == []
    assert find_titles("Galway was awarded the title European Capital of Culture.") == []


def test_the_winner_takes_it():
    rec = extract_text("At a ceremony in Vancouver, Canada, WWF’s Harbour City Challenge (HCC) awarded Cape Town, "
                       "South Africa the title Global Harbour Capital 2014. The city is recognized for its ambition.")
    assert ("Cape Town", "Harbour City Challenge", 2014, "Global Harbour Capital") in {
        (a.city, a.award, a.year, a.category) for a in rec.awards}
