"""A giver "has just released its list of Great Streets in America for 2009": the list's name is the honour its
places are on, when no list of ours knows it."""

from __future__ import annotations

from kg.extract.award_names import written_awards


def _names(text: str) -> list[str]:
    return [n for _a, _b, n in written_awards(text)]


def test_the_released_list_s_name_is_the_honour():
    assert _names("The Planning Society has just released its list of Great Streets in America for 2009.") == [
        "Great Streets in America"]
    assert _names("The city published its 2020 list of Capital Improvement Projects.") == []


def test_a_list_of_lower_case_things_names_nothing():
    assert _names("The department released its list of road closures for the weekend.") == []
