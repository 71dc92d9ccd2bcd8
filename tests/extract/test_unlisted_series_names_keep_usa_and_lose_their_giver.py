"""A series no award list knows is named as its own name, not its giver's: a giver written in the plural
possessive goes ("Bloomberg Philanthropies' ..."), those who choose stay ("Readers' Choice Awards"), a leading
"US" goes (the gold names no series by its country), and so does a placing ("Second Place in ..."), while
"National" stays ("National Tidy Towns Competition"); a name the page also writes with "USA" after it is that
national designation ("a recognized Pollinator City" on a page of "Pollinator City USA communities"), "U.S.A."
written "USA"; a name whose initials follow it may hold punctuation ("Let's Move! Cities, Towns and Counties
(LMCTC)"), and "Let's" is no giver's possessive; a name before "awards" in lower case is one when "awards" is no
verb ("The National Tidy Towns awards were announced", not "the County Board awards grants")."""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from kg.extract.award_names import clean_award_name


@pytest.mark.parametrize(("written", "name"), [
    ("Bloomberg Philanthropies' US Mayors Challenge", "Mayors Challenge"),
    ("2018 US Mayors Challenge", "Mayors Challenge"),
    ("U.S. News Best Places to Live", "U.S. News Best Places to Live"),
    ("Lakeside Gazette Readers' Choice Awards", "Lakeside Gazette Readers' Choice Awards"),
    ("National Hedgerow Towns Competition", "National Hedgerow Towns Competition"),
    ("The National Silver Spade Awards", "National Silver Spade Awards"),
    ("Second Place in Lakeside Water Competition", "Lakeside Water Competition"),
    ("Place Matters Award", "Place Matters Award"),
])
def test_an_unlisted_name_loses_its_giver_and_country_but_keeps_national(written, name):
    assert clean_award_name(written) == name


_LIST = ("Pollinator City USA communities across the state celebrate the season.\n\n"
         "This spring, 4 communities across the U.S. are preparing to celebrate their 20th consecutive year as a "
         "recognized Pollinator City.\n\n"
         "  • Auburn, Nebraska\n  • Paramus, New Jersey\n  • Clay Center, Kansas\n  • Wooster, Ohio\n")


def test_a_name_the_page_also_writes_with_usa_is_the_designation_s():
    wins = {(a.city, a.award) for a in extract_text(_LIST).awards}
    assert wins == {(c, "Pollinator City USA") for c in ("Auburn", "Paramus", "Clay Center", "Wooster")}


def test_usa_written_with_stops_and_a_giver_s_possessive_before_the_designation():
    text = "The Hedgerow Foundation’s Pollinator City U.S.A. designation went to Wooster, Ohio, in 2019."
    assert {(a.city, a.award, a.year) for a in extract_text(text).awards} == {
        ("Wooster", "Pollinator City USA", 2019)}


def test_a_name_with_punctuation_its_initials_vouch_for():
    text = ("Today the League recognized 30 cities for their efforts through Let's Grow! Cities, Towns and "
            "Counties (LGCTC). Thirty-two communities received recognition at today's ceremony:\n"
            "- Ammon, Idaho\n- Barre, Vermont\n- Decatur, Indiana\n")
    assert {(a.city, a.award) for a in extract_text(text).awards} >= {
        ("Ammon", "Let's Grow! Cities, Towns and Counties"), ("Decatur", "Let's Grow! Cities, Towns and Counties")}
    assert clean_award_name("Let's Grow! Cities, Towns and Counties") == "Let's Grow! Cities, Towns and Counties"


def test_a_name_before_awards_in_lower_case_when_awards_is_no_verb():
    from kg.extract.award_names import written_awards
    text = "The National Hedgerow Towns awards were announced on Monday. The County Board awards grants each May."
    assert [n for _a, _b, n in written_awards(text)] == ["National Hedgerow Towns Awards"]
