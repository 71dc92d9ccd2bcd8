"""Publication dates and headlines: masthead and dateline dates count, event dates in prose do not."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import extract_text
from kg.extract.dates import find_dates, headline, publication_date

from conftest import SHARED


@pytest.mark.parametrize("text, iso", [
    ("BATON ROUGE, LA – Nov. 14, 2019 – Today, Mayor-President Broome announced the news.", "2019-11-14"),
    ("CITY OF LONG BEACH\nFOR IMMEDIATE RELEASE — 11/13/2014\nRelease No. CM-111314\n", "2014-11-13"),
    ("LOUISVILLE, Ky. (Nov. 16, 2012) — Louisville Metro Government has been named the No. 1 city.", "2012-11-16"),
    ("SACRAMENTO, Calif., Sept. 19, 2023 – The Center for Digital Government today named winners.", "2023-09-19"),
    ("LAFAYETTE CONSOLIDATED GOVERNMENT\nPosted: 4/4/2019 5:00 PM\n\nLafayette Brings Home Awards", "2019-04-04"),
    ("For Immediate Release: Thursday, July 12, 2018\n\nMontgomery County Takes First Place", "2018-07-12"),
    ("Nov. 2, 2018 — The City of Los Angeles has again placed first among cities of 500,000 or more.", "2018-11-02"),
    ("Posted 2024-03-05 by the newsroom\n\nBody text.", "2024-03-05"),
])
def test_publication_date_forms(text: str, iso: str):
    assert publication_date(text)[0] == iso


def test_event_date_in_prose_is_not_the_publication_date():
    # dallas-2023: only date is when honorees will be celebrated
    text = ("SMART INFRASTRUCTURE DIGEST\nDallas earns Smart 50 Award for Red Cloud neighborhood pilot\n\n"
            "Dallas has received a 2023 Smart 50 Award for the Red Cloud pilot, the city's first smart community "
            "and a project that residents asked for over several years of meetings.\n\n"
            "Honorees will be celebrated May 15, 2023, at an awards reception in Denver, Colorado, held alongside "
            "the Smart Cities Connect Conference and Expo in the city.\n")
    assert publication_date(text) == (None, None)


def test_month_only_date_gives_year_but_no_date():
    assert publication_date("CITY OF VIRGINIA BEACH | NEWS\nCommunications Office | November 2017\n") == (None, 2017)
    assert publication_date("News › Technology | Posted July 2015\n\nSeven counties honored.") == (None, 2015)


def test_weekday_alone_is_not_a_date():
    assert extract_text("SAN DIEGO — The survey, released Wednesday, ranked the city first.").date is None


def test_headline_skips_masthead_lines():
    text = ("CITY OF DURHAM\nOffice of Public Affairs\n101 City Hall Plaza, Durham, NC 27701\n\n"
            "News Release | For Immediate Release: November 10, 2016\n\n"
            "Durham Jumps to No. 1 in National Digital Cities Survey\n\nDURHAM, N.C. – One year after ...")
    assert headline(text) == "Durham Jumps to No. 1 in National Digital Cities Survey"


def test_no_headline_when_body_starts_at_once():
    assert headline("BATON ROUGE, LA – Nov. 14, 2019 – Today the mayor announced that the city won an award "
                    "for the fifth year in a row, a record for the region that many residents noticed.") is None


@settings(max_examples=150, deadline=None)
@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31)),
       st.sampled_from(["long", "abbr", "slash", "iso"]))
def test_find_dates_round_trips(d: dt.date, style: str):
    import calendar

    names = {i: calendar.month_name[i] for i in range(1, 13)}
    abbr = {i: calendar.month_abbr[i] for i in range(1, 13)}
    written = {"long": f"{names[d.month].title()} {d.day}, {d.year}",
               "abbr": f"{abbr[d.month].title()}. {d.day}, {d.year}",
               "slash": f"{d.month}/{d.day}/{d.year}",
               "iso": d.isoformat()}[style]
    assert [x[2] for x in find_dates(f"Posted {written} by staff")] == [d.isoformat()]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_date_parsers_never_raise(text: str):
    find_dates(text)
    publication_date(text)
    headline(text)


@pytest.mark.skipif(not (SHARED / "dev" / "gold.json").exists(), reason="../shared development data not present")
def test_dev_publication_dates_match_gold():
    gold = json.loads((SHARED / "dev" / "gold.json").read_text())
    gold = gold["documents"] if isinstance(gold, dict) else gold
    for g in gold:
        text = (SHARED / "dev" / "docs" / f"{g['id']}.txt").read_text()
        assert publication_date(text)[0] == g["date"], g["id"]


@pytest.mark.parametrize("page, iso", [
    ("Two Cities Land on Survey List\nPosted on November 4, 2021 by Communications Office\n\nBody text here.",
     "2021-11-04"),
    ("Salem ranks fifth\nPublished November 7, 2013\n\nSalem placed fifth.", "2013-11-07"),
    ("Tulsa honored\nPosted Nov. 8, 2012\nTulsa won.", "2012-11-08"),
    ("Tulsa honored\nPosted by Communications Office on November 4, 2021\n\nIt meets on Dec. 5, 2021.",
     "2021-11-04"),
    ("City News | November 2016\n\nThe city won an award on Nov. 3, 2016 at the summit.", None),
    ("Tulsa honored today\nLast updated: November 5, 2021\nPublished: November 4, 2021\nBody.", "2021-11-04"),
    ("Tulsa honored today\nRelease Date: 11.04.2021\nBody.", "2021-11-04"),
    ("Tulsa honored today\nNews Release | 11-04-2021\nBody.", "2021-11-04"),
])
def test_meta_lines_after_the_headline(page, iso):
    assert publication_date(page)[0] == iso


@pytest.mark.parametrize("text, iso", [
    # a header line naming the meeting date sits above the labelled posting date
    ("Town of Cary -- BOARD NOTES\nWork Session of Monday, March 6, 2023\nPublished: 03/07/2023 | Town Clerk\n\nBody.",
     "2023-03-07"),
    ("County Commission Recap\nHearing held Oct. 2, 2020\nDate: Oct. 5, 2020\n\nCommissioners approved a levy.",
     "2020-10-05"),
    # a cue word running on inside a sentence is not a label and does not override the masthead
    ("Nov. 3, 2022\n\nThe rankings, released Nov. 1, 2022, put the county third among large counties.",
     "2022-11-03"),
])
def test_labelled_posting_date_beats_unlabelled_header_date(text: str, iso: str):
    assert publication_date(text)[0] == iso
