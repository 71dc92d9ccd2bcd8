"""A county written after a town and a comma says where the town is; it wins nothing of its own and does not
break a list of winners: the Irish "Westport, Co Mayo" wherever it stands, and "Summit, Union County" as a list
row's place."""

from __future__ import annotations

from kg.extract import extract_text


def _winners(text: str) -> set[str]:
    return {a.city for a in extract_text(text).awards}


def test_an_irish_county_written_short_after_its_town_wins_nothing():
    text = "Glaslough, Co Monaghan, was named the overall winner of the 2019 Tidy Towns Competition."
    assert _winners(text) == {"Glaslough"}


def test_towns_with_their_counties_in_a_list_of_winners_all_win():
    text = "Westport, Co Mayo, and Ennis, Co. Clare, won gold medals in the 2019 Tidy Towns Competition."
    assert _winners(text) == {"Westport", "Ennis"}


def test_a_county_after_its_town_in_a_list_row_wins_nothing():
    text = ("Sustainable Jersey announced the New Jersey towns that earned Sustainable Jersey Certification in "
            "2011:\n\nSummit, Union County\nHoboken, Hudson County\nPrinceton, Mercer County\n")
    assert _winners(text) == {"Summit", "Hoboken", "Princeton"}


def test_counties_named_as_fellow_winners_still_win():
    text = "Arlington County and Fairfax County, Va., each won a 2018 NACo Achievement Award."
    assert _winners(text) == {"Arlington County", "Fairfax County"}
