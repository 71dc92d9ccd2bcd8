"""A winners' list whose items give the population bracket, a dash and the place ("– 4,001-10,000 – Charles City,
Iowa") gives each place the win in its bracket."""

from __future__ import annotations

from kg.extract import extract_text

_TEXT = (
    "America In Bloom Announces Winning Cities\n\n"
    "Twenty-five communities participated in the eighth edition of America In Bloom. "
    "AIB’s 2009 population category winners are:\n\n"
    "– 4,000 or less – Echo, Oregon\n"
    "– 4,001-10,000 – Charles City, Iowa\n"
    "– 100,001 or more – Milwaukee, Wisc.\n\n"
    "Top Articles\n"
)


def test_each_item_wins_in_its_bracket():
    got = {(a.city, a.year, a.category) for a in extract_text(_TEXT).awards}
    assert {("Echo", 2009, "4,000 or less"), ("Milwaukee", 2009, "100,001 or more")} <= got
    assert any(c == "Charles City" and cat for c, _y, cat in got)
