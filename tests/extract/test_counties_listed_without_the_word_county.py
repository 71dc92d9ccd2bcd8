"""A list of counties written without "County" ("Four Virginia counties ...: Albemarle (No. 2), Montgomery
(No. 4)") names counties of the lead's state, not a bare city and a city abroad."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.places import find_places

LIST = ("Four more Virginia counties came in among the top 10 for populations under 150,000: "
        "Albemarle (No. 2), Montgomery (No. 4), York (No. 7) and Franklin (No. 9).")


def test_each_member_is_a_county_of_the_leads_state():
    found = {(p.name, p.state, p.kind) for p in find_places(LIST)}
    assert {("Albemarle County", "VA", "county"), ("Montgomery County", "VA", "county"),
            ("York County", "VA", "county"), ("Franklin County", "VA", "county")} <= found
    assert not {p.name for p in find_places(LIST)} & {"Montgomery", "York"}


def test_the_listed_counties_take_their_placings_in_the_survey():
    text = ("Arlington County, Va., placed first in the 2020 Digital Counties Survey among counties of "
            "150,000-249,999 residents. " + LIST)
    wins = {(a.city, a.rank) for a in extract_text(text).awards}
    assert {("Albemarle County", 2), ("Montgomery County", 4), ("York County", 7), ("Franklin County", 9)} <= wins


def test_a_list_that_is_not_all_counties_reads_none():
    text = "Three Virginia counties won in three areas: Parks, Roads and Libraries."
    assert not [p for p in find_places(text) if p.how == "listed_county"]
