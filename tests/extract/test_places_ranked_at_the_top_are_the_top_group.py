"""Places said to be "ranked at the top" (or near it) together are the ranking's top group: each a win with no
rank of its own."""

from __future__ import annotations

import pytest

from kg.extract import extract_text

LEAD = ("ARLINGTON, Va., May 15, 2019 - The American College of Sports Medicine released its annual American "
        "Fitness Index. Arlington, Virginia takes the top spot in the fitness index. ")


@pytest.mark.parametrize("sentence", [
    "Seattle, Minneapolis and San Francisco were ranked at the top just behind Arlington.",
    "Seattle, Minneapolis and San Francisco were also ranked near the top.",
])
def test_the_top_group_wins_without_a_rank(sentence: str):
    wins = {(a.city, a.year, a.rank) for a in extract_text(LEAD + sentence).awards}
    assert {("Seattle", 2019, None), ("Minneapolis", 2019, None), ("San Francisco", 2019, None)} <= wins
    assert ("Arlington", 2019, 1) in wins


def test_places_ranked_at_the_bottom_win_nothing():
    wins = {a.city for a in extract_text(LEAD + "Indianapolis, Toledo and Tulsa rounded out the bottom of the "
                                                "list.").awards}
    assert wins == {"Arlington"}
