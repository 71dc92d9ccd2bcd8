"""A city written with its state in parentheses ("Euless (TX)", "Lake Oswego (Ore.)"), as winners' lists and
conference releases write them: the city, in that state, the parenthesis part of its mention so a list of
them reads as one.  An agency's name before a state in parentheses ("Tacoma Water (Washington)") is no town."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.places import find_places

LIST = "Outstanding Achievement Awards went to: Wilmington (DE); Cerritos (CA); Goodyear (AZ); and Frisco (TX)."


def test_each_city_takes_the_state_in_its_parentheses():
    assert [(p.name, p.state) for p in find_places(LIST)] == [
        ("Wilmington", "DE"), ("Cerritos", "CA"), ("Goodyear", "AZ"), ("Frisco", "TX")]


def test_the_parenthesis_closes_the_mention():
    assert [LIST[p.start:p.end] for p in find_places(LIST)][:2] == ["Wilmington (DE)", "Cerritos (CA)"]


def test_an_agency_before_its_state_names_no_town():
    names = {p.name for p in find_places("Winners:\n  • Tacoma Water (Washington)\n  • DC Water (Maryland)\n")}
    assert "Tacoma Water" not in names and "DC Water" not in names


def test_mayors_of_such_cities_win_for_them():
    text = ("June 23, 2031 – Mayor Ann Roe of Euless (TX) and Mayor Bob Poe of Dubuque (IA), have been awarded "
            "first place honors in the 2031 City Livability Awards Program during the meeting.")
    assert {"Euless", "Dubuque"} <= {a.city for a in extract_text(text).awards}
