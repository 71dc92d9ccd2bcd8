"""Winners pages that label each winner with its population bracket ("Population Less than 25,000: City of
Hinesville", the bracket's words lower-case), give each bracket a heading of its own over its winners, or
hail their winners in a headline ("Congratulations to the 2014 ... Award Winners!") above a category heading
and its list: every winner wins, in its bracket."""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from kg.extract.layout import blocks

HEAD = "Winners of the 2014 Digital Cities Survey\n\n"


def _wins(text: str) -> set[tuple]:
    return {(a.city, a.award, a.year, a.category) for a in extract_text(text).awards}


@pytest.mark.parametrize("between", ["", "Best Overall Program\n\n"])
def test_lines_labelled_with_a_bracket_in_words(between: str) -> None:
    text = HEAD + between + ("Population Less than 25,000: City of Hinesville\n"
                             "Population Between 25,001-50,000: San Antonio, Texas\n")
    assert _wins(text) == {("Hinesville", "Digital Cities Survey", 2014, "less than 25,000"),
                           ("San Antonio", "Digital Cities Survey", 2014, "25,001-49,999")}


def test_each_bracket_heading_over_its_own_winners() -> None:
    text = HEAD + ("Population Less than 25,000\n\n- Hinesville, Georgia\n\n"
                   "Population Between 25,001-50,000\n\n- San Antonio, Texas\n")
    assert _wins(text) == {("Hinesville", "Digital Cities Survey", 2014, "less than 25,000"),
                           ("San Antonio", "Digital Cities Survey", 2014, "25,001-49,999")}


def test_a_headline_hailing_the_winners_above_a_category_heading() -> None:
    text = ("Congratulations to the 2014 Sister Cities International Annual Award Winners!\n\n"
            "Best Overall Program\n\n- Hinesville, Georgia\n- San Antonio, Texas\n")
    assert {(c, y) for c, _a, y, _cat in _wins(text)} == {("Hinesville", 2014), ("San Antonio", 2014)}


def test_an_exclaiming_line_that_hails_nobody_stays_prose() -> None:
    text = "Find local advocacy groups, bike shops, instructors, clubs, classes and more!\n"
    assert [b.kind for b in blocks(text)] == ["paragraph"]
