"""A metro area written as its cities joined by hyphens ("Dallas-Fort Worth", "Palm Bay-Melbourne-Titusville")
and two cities sharing a slash ("Columbia/Ellicott City, MD") name each city.  A ranking's row names the metro
area by its first city, which alone wins; "the Dallas-Fort Worth area" wins nothing; a city whose own name holds
a hyphen (Winston-Salem) stays whole."""

from __future__ import annotations

from kg.extract import extract_text


def _cities(text: str) -> list[tuple[str, str | None]]:
    return [(c.name, c.state) for c in extract_text(text).cities]


def test_a_metro_area_names_each_of_its_cities():
    text = ("Florida has five of the top six. Palm Bay-Melbourne-Titusville is No. 1, followed by Cape Coral-Fort "
            "Myers in second.")
    assert {("Palm Bay", "FL"), ("Melbourne", "FL"), ("Titusville", "FL"), ("Cape Coral", "FL"),
            ("Fort Myers", "FL")} <= set(_cities(text))


def test_two_cities_sharing_a_slash_and_a_state_both_win_the_row():
    text = ("MONEY's Best Places to Live 2010:\n1. Eden Prairie, MN\n2. Columbia/Ellicott City, MD\n"
            "3. Newton, MA\n")
    record = extract_text(text)
    assert {("Columbia", "MD"), ("Ellicott City", "MD")} <= {(c.name, c.state) for c in record.cities}
    wins = {(a.city, a.rank) for a in record.awards}
    assert {("Columbia", 2), ("Ellicott City", 2)} <= wins


def test_a_rankings_row_names_the_area_by_its_first_city():
    text = ("DENVER - Money named the 2010 Best Places to Live.\n\n1. Fort Collins, CO\n2. Dallas-Fort Worth\n"
            "3. Naperville, IL\n")
    record = extract_text(text)
    assert {"Dallas", "Fort Worth"} <= {c.name for c in record.cities}
    wins = {a.city for a in record.awards}
    assert "Dallas" in wins and "Fort Worth" not in wins


def test_a_region_wins_nothing_and_a_hyphenated_city_stays_whole():
    text = ("FRISCO, Texas - Frisco, Texas, part of the Dallas-Fort Worth area, ranks first among the 2019 Safest "
            "Cities. Winston-Salem ranked tenth.")
    record = extract_text(text)
    names = {c.name for c in record.cities}
    assert {"Dallas", "Fort Worth", "Winston-Salem"} <= names and "Salem" not in names
    assert not {"Dallas", "Fort Worth"} & {a.city for a in record.awards}
