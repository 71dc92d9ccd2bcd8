"""A metro area written as two cities joined by a hyphen is both cities, each with the placing.

"9. Minneapolis-St. Paul, MN" in a ranking: Minneapolis and St. Paul both place ninth. A city whose own
name has a hyphen ("Winston-Salem, NC") stays one city.
"""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.places import find_places


def test_two_cities_of_the_state_are_read_apart():
    assert [(p.name, p.state) for p in find_places("7. Raleigh-Durham, North Carolina\n")] == [
        ("Raleigh", "NC"), ("Durham", "NC")]
    assert [p.name for p in find_places("Winston-Salem, NC")] == ["Winston-Salem"]


def test_both_cities_of_a_ranked_metro_area_share_its_placing():
    text = ("How cities rank in 2019 on US News' 'Best Places to Live' list\n\n"
            "Top 10 \u201cBest Places to Live\u201d according to the report:\n\n"
            "  8. Portland, OR\n  9. Minneapolis-St. Paul, MN\n  10. Seattle, WA\n")
    wins = {(a.city, a.award, a.year, a.rank) for a in extract_text(text).awards}
    assert {("Minneapolis", "Best Places to Live", 2019, 9), ("St. Paul", "Best Places to Live", 2019, 9),
            ("Portland", "Best Places to Live", 2019, 8)} <= wins


def test_three_cities_of_a_metro_area_are_read_apart():
    assert [(p.name, p.state) for p in find_places("7. Stamford-Norwalk-Bridgeport, CT\n")] == [
        ("Stamford", "CT"), ("Norwalk", "CT"), ("Bridgeport", "CT")]
    assert [p.name for p in find_places("91. Daytona Beach-Deltona-Ormond Beach, FL\n")] == [
        "Daytona Beach", "Deltona", "Ormond Beach"]
