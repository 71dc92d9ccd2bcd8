"""A date at the top of a page that is the site's clock on a later visit ("Tuesday , April 30 2024") over a
story that says when it was written ("the 2016 survey, which was released earlier this month") is not the
story's date: the date is unknown and the year is the one the story states."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.dates import publication_date

_PAGE = ("Tuesday , April 30 2024\nInland Cities Acknowledged\n\nRiverside was ranked fifth among cities with "
         "populations between 250,000 and 499,999, according to the Center for Digital Government's 2016 Digital "
         "Cities Survey, which was released earlier this month.")


def test_the_site_clock_gives_way_to_the_year_the_story_states():
    assert publication_date(_PAGE) == (None, 2016)


def test_the_wins_take_the_story_s_year():
    wins = {(a.city, a.year, a.rank) for a in extract_text(_PAGE).awards}
    assert ("Riverside", 2016, 5) in wins


def test_a_dated_release_about_this_year_keeps_its_date():
    text = "Tuesday, November 24, 2009\n\nThe 2009 rankings were released this week by the publisher."
    assert publication_date(text) == ("2009-11-24", 2009)
