"""Winners counted in one sentence and named in the next without a colon ("The four communities are A;
B; ..."), a member the gazetteer does not know inside a semicolon list, a dateline glued to its dash, and a
list of members of something other than the award, which wins nothing."""

from __future__ import annotations

from kg.extract import extract_text


def _wins(text: str) -> set[tuple]:
    return {(a.city, a.award, a.year) for a in extract_text(text).awards}


_RESTATED = ("Princeton, N.J.—The Robert Wood Johnson Foundation today announced the four communities chosen as "
             "winners of this year's RWJF Culture of Health Prize, June 5, 2015. The four communities are Bridgeport, "
             "Connecticut; Spokane County, Washington; Kansas City, Kansas; and Menomonie, Wisconsin.")


def test_the_members_restated_without_a_colon_win_the_award():
    wins = {(c, a) for c, a, _y in _wins(_RESTATED)}
    assert {("Bridgeport", "RWJF Culture of Health Prize"), ("Spokane County", "RWJF Culture of Health Prize"),
            ("Kansas City", "RWJF Culture of Health Prize"), ("Menomonie", "RWJF Culture of Health Prize")} <= wins


def test_a_dateline_glued_to_its_dash_wins_nothing():
    assert not any(c == "Princeton" for c, _a, _y in _wins(_RESTATED))


def test_a_member_that_is_no_known_place_does_not_end_a_semicolon_list():
    text = ("Five Communities Receive the 2021 RWJF Culture of Health Prize\n\nThe Robert Wood Johnson Foundation "
            "announced the winners of the 2021 RWJF Culture of Health Prize today. The 2021 Prize "
            "winners are: Addison, Ill.; Alamosa County, Colo.; Chickaloon Native Village; Drew, Miss.; and "
            "Worcester, Mass.")
    wins = {c for c, _a, _y in _wins(text)}
    assert {"Addison", "Alamosa County", "Drew", "Worcester"} <= wins


def test_members_of_a_network_listed_after_a_colon_win_nothing():
    text = ("Final contenders for the 2014 Mayors Challenge were revealed today.\n\nOf the 21 cities, 9 are network "
            "members: Amsterdam; Athens; Barcelona; Bologna; Lisbon; London; Madrid; Sofia; and Warsaw.")
    assert not _wins(text)


def test_member_communities_of_a_designation_listed_by_state_hold_it():
    text = ("Bee City USA helps communities protect pollinators, and its certified Bee Cities commit to native plant "
            "gardens and pesticide reduction policies.\n\nAsk these SSDN member communities leading the way:\n"
            "• FL: Gainesville, Pinellas County;\n• GA: Savannah, Decatur, and Atlanta;\n• SC: Charleston.\n")
    wins = {c for c, a, _y in _wins(text) if a == "Bee City USA"}
    assert wins == {"Gainesville", "Pinellas County", "Savannah", "Decatur", "Atlanta", "Charleston"}
