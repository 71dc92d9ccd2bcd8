"""Datelines and header dates as newswires and sites outside the US write them: a dateline in mixed case
('Halifax, Nova Scotia, March 3, 2021 –'), a country after the state, a newswire's name between dashes or
slashes, a weekday cut short after a cue, a day-first date whose day cannot be a month and a year-first
date with slashes; and a sentence that merely starts with a place and a date is no dateline."""

from __future__ import annotations

import pytest

from kg.extract.dates import find_dates, publication_date

BODY = " The council named three towns that lead the province in open data and in online services for residents."


@pytest.mark.parametrize("text, iso", [
    ("Towns Honoured\n\nNews release\n\nHalifax, Nova Scotia, March 3, 2021 –" + BODY, "2021-03-03"),
    ("Towns Honoured\nWashington, D.C. -- April 9, 2014 --" + BODY, "2014-04-09"),
    ("Towns Honoured\nOSLO, NORWAY - Media Wire - 7 May 2020 -" + BODY, "2020-05-07"),
    ("Towns honoured for open dataDENVER, COLORADO, UNITED STATES, June 2, 2021 /Wire.com/ --" + BODY,
     "2021-06-02"),
    ("Towns Honoured\n\nEuropean Awards - 23.09.2011\n\n" + BODY, "2011-09-23"),
    ("Two towns named among the best\n\n2017/03/08 10:22:41 fontsize-small\n" + BODY, "2017-03-08"),
    (BODY + " Published: Thu, Nov 7, 2013", "2013-11-07"),
    ("Annapolis, MD, Oct.28, 2020 – Today," + BODY, "2020-10-28"),  # no space after the month's stop
])
def test_header_dates_in_other_forms(text: str, iso: str):
    assert publication_date(text)[0] == iso


def test_a_sentence_starting_with_a_place_and_a_date_is_no_dateline():
    text = ("Towns Honoured\nBoston, Mass., May 14, 2019 was the day the council voted on the budget for the year, "
            "after a long debate over the parks.")
    assert publication_date(text)[0] is None


@pytest.mark.parametrize("text, iso", [
    ("on 11/13/2014", "2014-11-13"),  # US: month first
    ("on 23.09.2011", "2011-09-23"),  # a day that cannot be a month: day first
    ("on 11.04.2021", "2021-11-04"),  # dots in the US: month first still
    ("on 23/09/2011", "2011-09-23"),  # a first number that cannot be a month
    ("on 2017/03/08", "2017-03-08"),
])
def test_numeric_dates(text: str, iso: str):
    assert [d[2] for d in find_dates(text)] == [iso]
