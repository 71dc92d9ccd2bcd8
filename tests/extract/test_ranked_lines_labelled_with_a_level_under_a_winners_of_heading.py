"""A winners page headed "Previous Winners of X Awards" names its award, and a ranked line that gives its level
before the place ("1st Gold: Villach, Austria") has its rank and its level."""

from __future__ import annotations

from kg.extract import extract_text

_PAGE = """Previous Winners of Liveable Towns Awards

Winners 2019

Category B: Population 20,001-75,000

1st Gold: Villach, Austria

2nd Silver: Aveiro, Portugal

Category C: Population 75,001-150,000

1st Gold: Gdynia, Poland

2nd Bronze: Ljubljana, Slovenia
"""


def test_each_ranked_line_wins_with_its_rank_and_level():
    wins = {(a.city, a.award, a.year, a.rank, a.category) for a in extract_text(_PAGE).awards}
    assert {("Villach", "Liveable Towns Awards", 2019, 1, "Gold"),
            ("Aveiro", "Liveable Towns Awards", 2019, 2, "Silver"),
            ("Gdynia", "Liveable Towns Awards", 2019, 1, "Gold"),
            ("Ljubljana", "Liveable Towns Awards", 2019, 2, "Bronze")} <= wins


def test_the_level_label_is_part_of_the_line_s_marker():
    from kg.extract.layout import blocks

    text = "1st Gold: Villach, Austria"
    b = blocks(text)[0]
    assert (b.kind, b.marker, text[b.body:b.end]) == ("item", "ordinal", "Villach, Austria")
