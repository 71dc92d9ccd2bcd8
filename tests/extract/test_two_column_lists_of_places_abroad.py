"""A two-column list whose columns ran together into one line per row still lists every place.

"Hamilton, Ontario, Canada Oshawa, Ontario, Canada" is two places: the first column's country is not the
start of the second's name ("Canada Oshawa", "USA Winnipeg"), and a row of names with no lower-case words
is a list row, not a paragraph that would introduce the rows under it.
"""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.places import find_places


def test_a_country_closing_one_column_is_not_part_of_the_next_name():
    names = {p.name for p in find_places("Hamilton, Ontario, Canada Oshawa, Ontario, Canada\n"
                                         "Marlborough, Massachusetts, USA Winnipeg, Manitoba, Canada\n")}
    assert {"Hamilton", "Oshawa", "Winnipeg"} <= names
    assert not any(n.startswith(("Canada ", "USA ")) for n in names)


def test_every_year_of_a_two_column_list_is_read():
    text = ("The Smart21 Communities\n\nSmart21 of 2016\n\n"
            "Hamilton, Ontario, Canada Oshawa, Ontario, Canada\n"
            "Ipswich, Queensland, Australia San Diego, California, USA\n\n"
            "Smart21 of 2015\n\n"
            "Arlington County, Virginia, USA Prospect and the Eastern Region Alliance, South Australia, Australia\n"
            "Astana, Kazakhstan Rio de Janeiro, Brazil\n"
            "Aurora, Illinois, USA Sherbrooke, Quebec, Canada\n")
    wins = {(a.city, a.year) for a in extract_text(text).awards}
    assert {("Hamilton", 2016), ("Ipswich", 2016), ("Astana", 2015), ("Aurora", 2015)} <= wins


def test_a_state_inside_a_list_of_states_holds_no_town():
    names = {p.name for p in find_places("C+ Alaska, Iowa, Maine, North Carolina, Rhode Island, and Wisconsin")}
    assert "Carolina" not in names
