"""A place said to be what the honour makes it ("Statesville, North Carolina is a 2009 All-America City", "became a
Playful City USA in 2012") won it; a place that is a member of something named is not ("is a Smart Cities
Council member city")."""

from __future__ import annotations

from kg.extract import extract_text


def _wins(text: str) -> list[tuple[str, str, int | None]]:
    return [(a.city, a.award, a.year) for a in extract_text(text).awards]


def test_a_place_that_is_the_title_won_it():
    assert _wins("Statesville, North Carolina is a 2009 All-America City. Read about its projects here.") == [
        ("Statesville", "All-America City Award", 2009)]
    assert _wins("Jackson, Mich., became a Playful City USA in 2012.") == [("Jackson", "Playful City USA", 2012)]


def test_a_member_is_no_winner():
    assert _wins("Austin, Texas, is a Smart Cities Council member city.") == []
