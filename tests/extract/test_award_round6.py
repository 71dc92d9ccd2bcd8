"""Awards: patterns from the sixth held-out round, tested with invented sentences."""

from __future__ import annotations

from kg.extract import extract_text


def _wins(text: str) -> dict[tuple[str, int], tuple]:
    return {(a.city, a.year): (a.rank, a.category, a.streak) for a in extract_text(text).awards}


def test_a_year_the_earlier_placing_runs_into_is_not_the_streaks_year():
    text = ("Published October 4, 2023\nBOISE, Idaho – Boise placed fourth among cities with 125,000 to 249,999 "
            "residents in the 2023 Digital Cities Survey. That is a jump from the city's ninth-place showing "
            "in the same bracket in 2022 and the fourth straight year that Boise has been ranked among the top "
            "10 in its category.")
    rec = extract_text(text)
    got = {(a.city, a.year): (a.rank, a.streak) for a in rec.awards}
    assert got == {("Boise", 2023): (4, 4), ("Boise", 2022): (9, None)}
    assert sorted(i.year for i in rec.inferred_awards) == [2020, 2021]


def test_an_earlier_certification_level_we_received_keeps_its_own_level():
    text = ("Posted May 2, 2023\nSpokane earned Platinum What Works Cities Certification this spring. It builds "
            "on the Gold certification we received in 2020, and makes Spokane one of a handful of "
            "Platinum-certified cities.")
    got = _wins(text)
    assert got[("Spokane", 2020)][1] == "Gold"
    assert got[("Spokane", 2023)][1] == "Platinum"
