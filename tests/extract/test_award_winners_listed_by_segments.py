"""Winners listed one segment each between semicolons, each with its own bracket ("This year's winners are
A, in the 250,000 or more category; B, in the 125,000 to 249,999 category; a tie between C and D ..."):
every place wins in its own bracket, first place of a survey ranked within brackets."""

from __future__ import annotations

from kg.extract import extract_text

TEXT = ("The 2004 Digital Cities Survey results are out. This year's winners are Virginia Beach, Va., in the "
        "population of 250,000 or more category; Des Moines, Iowa, in the 125,000 to 249,999 category; a tie "
        "between Denton, Texas, and Ogden, Utah, in the 75,000 to 124,999 population category; and Redmond, "
        "Wash., in the 30,000 to 74,999 population category.")


def test_each_segments_places_win_in_its_bracket():
    wins = {(a.city, a.year, a.rank, a.category) for a in extract_text(TEXT).awards}
    assert wins == {("Virginia Beach", 2004, 1, "250,000 or more"), ("Des Moines", 2004, 1, "125,000-249,999"),
                    ("Denton", 2004, 1, "75,000-124,999"), ("Ogden", 2004, 1, "75,000-124,999"),
                    ("Redmond", 2004, 1, "30,000-74,999")}


def test_finalists_listed_the_same_way_win_nothing():
    text = ("The 2004 Digital Cities Survey results are out. This year's finalists are Virginia Beach, Va., in the "
            "250,000 or more category; Des Moines, Iowa, in the 125,000 to 249,999 category.")
    assert extract_text(text).awards == []
