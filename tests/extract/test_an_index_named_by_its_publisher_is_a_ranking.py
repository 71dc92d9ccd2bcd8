"""A published index of cities ("the Smart Cities Index 2021, produced by ...") is a ranking: the places it
puts at its top win it."""

from __future__ import annotations

from kg.extract import extract_text


def test_the_top_of_an_index_wins_it():
    text = ("Smart Cities Index 2021: Nordic cities lead\n\n"
            "  • Oslo, Helsinki, Vienna & Stockholm are the top 4 smart cities in the index\n\n"
            "LONDON - 12 May 2021 - The Smart Cities Index 2021, produced by a research unit, is a ranking of 40 "
            "global cities across four pillars.")
    wins = {(a.city, a.award, a.year) for a in extract_text(text).awards}
    assert {("Oslo", "Smart Cities Index", 2021), ("Stockholm", "Smart Cities Index", 2021)} <= wins
