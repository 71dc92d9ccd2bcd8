"""A contest's win, victory or crown "went to" a place as its prize or title does: "The overall Outback Clean Towns
win went to Barmera, South Australia"."""

from __future__ import annotations

from kg.extract import extract_text


def test_the_win_went_to_the_place():
    rec = extract_text("Keep Outback Beautiful has announced the winners of the 2017 Outback Clean Towns Awards. The "
                       "overall Outback Clean Towns win went to Barmera, South Australia.")
    assert [(a.city, a.award, a.year) for a in rec.awards] == [("Barmera", "Outback Clean Towns Awards", 2017)]


def test_a_win_that_went_to_a_team_is_no_place_s():
    rec = extract_text("The Outback Clean Towns Awards were held in 2017. The win went to Team Blue.")
    assert rec.awards == []
