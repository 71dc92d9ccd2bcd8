"""A placing that a bare win verb runs into is the win's placing ("were named the top-ranked municipalities in
the 2010 Digital Cities Survey": first, each); "the best among cities" is first, among that kind of recipient."""

from __future__ import annotations

from kg.extract import extract_text


def test_named_the_top_ranked_is_first_for_each():
    text = ("Boston; Richmond, Va.; and Pueblo and Castle Rock, Colo., were named the top-ranked municipalities in "
            "the 2010 Digital Cities Survey on Thursday, Nov. 18.")
    wins = {(a.city, a.year, a.rank) for a in extract_text(text).awards}
    assert wins == {("Boston", 2010, 1), ("Richmond", 2010, 1), ("Pueblo", 2010, 1), ("Castle Rock", 2010, 1)}


def test_the_best_among_cities_is_first_among_cities():
    text = ("LAS VEGAS, Nov. 20, 2008 - Las Vegas showed it was the best among cities in this year's Best of the "
            "Web competition.")
    assert [(a.city, a.award, a.rank, a.category) for a in extract_text(text).awards] == \
        [("Las Vegas", "Best of the Web", 1, "city")]
