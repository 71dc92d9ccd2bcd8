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


def test_short_paragraphs_under_a_lead_in_label_their_place_with_a_dash():
    text = ("The National Tidy Towns awards were announced on Monday.\n\n"
            "The overall winners were:\n\n"
            "Ireland's Tidiest Village - Glaslough, Co Monaghan.\n\n"
            "Ireland's Tidiest Small Town - Listowel, Co Kerry.\n\n"
            "Ireland's Tidiest Large Town 2018 - Westport, Co Mayo.\n\n"
            "More to follow.\n")
    got = {(a.city, a.category) for a in extract_text(text).awards}
    assert {("Glaslough", "Ireland's Tidiest Village"), ("Listowel", "Ireland's Tidiest Small Town"),
            ("Westport", "Ireland's Tidiest Large Town")} <= got
