"""A county written after a place and "in" locates the place ("the town of Kirkland in Oneida County placed
sixth"), and a county before a kind of place describes it ("the lowest-placing Fairfield County
municipality"): neither is who won."""

from __future__ import annotations

from kg.extract import extract_text


def _winners(text: str) -> set[str]:
    return {a.city for a in extract_text(text).awards}


def test_a_county_after_in_is_where_the_winner_is():
    text = (" date 2020-11-01 A list of the country's 10 safest small towns was published today.\n\n"
            "In sixth place was the town of Kirkland in Oneida County, which had no violent crimes.")
    assert "Oneida County" not in _winners(text)


def test_a_county_before_municipality_describes_the_place():
    text = (" date 2019-01-23 A new ranking of Connecticut's safest cities was published today.\n\nMadison placed "
            "first, while Bridgeport was the lowest-placing Fairfield County municipality with a 72nd place ranking.")
    winners = _winners(text)
    assert "Madison" in winners and "Fairfield County" not in winners
