"""A state written once after a list of its places gives every member that state."""

from __future__ import annotations

from kg.extract.places import find_places


def _cities(text: str) -> dict[str, str | None]:
    return {p.name: p.state for p in find_places(text) if p.kind == "city"}


def test_every_member_of_a_list_takes_the_state_written_after_the_last():
    found = _cities("Honorees: Tempe, Mesa, and Flagstaff, Arizona; Reno and Sparks, Nevada; Boise, Idaho.")
    assert found["Tempe"] == "AZ" and found["Mesa"] == "AZ" and found["Flagstaff"] == "AZ"
    assert found["Reno"] == "NV" and found["Sparks"] == "NV"


def test_a_small_town_in_the_list_is_found_through_the_shared_state():
    assert _cities("Winners were Algoma and Green Bay, Wisconsin.").get("Algoma") == "WI"


def test_a_city_before_a_county_with_its_state_shares_it():
    assert _cities("Gold: Laramie and Albany County, Wyo.").get("Laramie") == "WY"


def test_a_member_not_in_that_state_ends_the_list():
    found = _cities("Delegates from Smithers and Springfield, Illinois came.")
    assert "Smithers" not in found and found["Springfield"] == "IL"
    assert _cities("Visitors from Boston and Peoria, Illinois").get("Boston") != "IL"


def test_a_city_word_after_a_member_still_names_the_city():
    assert _cities("Albany City & Albany County, N.Y.").get("Albany") == "NY"
