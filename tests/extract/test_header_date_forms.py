"""Header dates the plain patterns miss: a "Submitted by ... on" cue, a newswire inside the dateline's
parenthesis, a labelled two-digit-year or ISO-month date, a newswire's two-digit-year date between a dateline's
dashes, a date glued to a "time ago" chip after it ("200717 yr") or to the byline before it; and a short
line that is a sentence ending on its date is no masthead."""

from __future__ import annotations

import pytest

from kg.extract.dates import publication_date


@pytest.mark.parametrize("text, iso", [
    ("Meet this year's honorees\n\nSubmitted by pat rivera on March 3, 2021\n\nThe council named five towns.",
     "2021-03-03"),
    ("DENVER, CO--(Newswire Today - May 4, 2012) -  The Civic Data Institute is again drawing attention to the "
     "many ways in which towns use their data to plan roads, parks and schools.", "2012-05-04"),
    ("Greenway Program Grows\n\ndate 11/02/98\n\nFor more information, contact the office.", "1998-11-02"),
    ("Greenway Program Grows\n\ndate 03/15/04\n\nBody text follows here.", "2004-03-15"),
    (" date 2018-05 Les viles guanyadores son tres.\n\nBody.", "2018-05"),
    ("River Towns Honoured\n\n4 min readOct 9, 2017\n\nThree towns were honoured.", "2017-10-09"),
    ("River Towns Honoured\n\nJo Quillfeather22 Feb 2015\n\nThree towns were honoured.", "2015-02-22"),
    ("SACRAMENTO, CA — (Wire) — 10/02/12 — In the survey released today, eight states received A grades.",
     "2012-10-02"),
    ("Posted October 3, 203117 yr The Association announces the 2031 Great Places in America.", "2031-10-03"),
])
def test_header_dates(text: str, iso: str):
    assert publication_date(text)[0] == iso


def test_short_sentence_ending_on_a_date_is_no_masthead():
    text = "Announcing the Winners\n\nThe council named its winners.\n\nThe next round opens March 2, 2025.\n"
    assert publication_date(text)[0] is None


def test_dateline_date_still_counts():
    assert publication_date("AUSTIN, Texas, March 2, 2025 – The council named its winners.")[0] == "2025-03-02"


def test_a_dateline_run_into_its_headline_and_a_date_opening_a_parenthesis():
    from kg.extract.dates import publication_date

    run_in = ("Top Digital Cities Recognized by Center for Digital Government SACRAMENTO, Calif. Nov. 3, 2011 – "
              "the Center today announced the winners of its annual survey of city governments across the nation.")
    assert publication_date(run_in) == ("2011-11-03", 2011)
    paren = ("2016 GreenStep Cities\n\n(June 15, 2016 – St. Paul, Minn.) The League recognized 49 member cities "
             "at an awards ceremony held earlier today for completing steps toward their goals.")
    assert publication_date(paren) == ("2016-06-15", 2016)


def test_a_date_glued_to_the_dateline_after_it():
    from kg.extract.dates import publication_date

    glued = "Honors Eight Cities\nJuly 16, 2014COLUMBIA, SC – Eight South Carolina cities won an award."
    assert publication_date(glued) == ("2014-07-16", 2014)


def test_a_month_in_a_sentence_cut_short_is_no_publication_month():
    from kg.extract.dates import publication_date

    cut = "Nine cities were certified.\n\nWhat Works Cities launched in April 2015 with a team of partners to mana"
    assert publication_date(cut) == (None, None)


def test_a_day_month_comma_year_date_in_a_parenthesised_dateline():
    from kg.extract.dates import publication_date

    text = ("The ICF Names the Top7\n\n(New York, USA – 30 June, 2021) – In an announcement today at the conclusion "
            "of a virtual conference, the ICF named the Top7.")
    assert publication_date(text) == ("2021-06-30", 2021)


def test_a_number_between_dashes_with_no_dateline_is_no_date():
    assert publication_date("Final score — 10/02/12 — for the home side.\n\nBody.")[0] is None
