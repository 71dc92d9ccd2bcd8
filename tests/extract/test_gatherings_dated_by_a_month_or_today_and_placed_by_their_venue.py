"""A gathering's date and city as pages write them: a month after its name says when, not where ("at the
Harbor Summit in October", in the year written or the page's); "today" is the page's date; a venue named for
one of the page's cities ("the Dayton Convention Center") places it there."""

from __future__ import annotations

import pytest

from kg.extract import extract_text


@pytest.mark.parametrize("text, want", [
    ("June 3, 2031. One finalist will be named Community of the Year at the Harbor Summit in October, online.",
     ("Harbor Summit", None, "2031-10")),
    ("June 3, 2031. One finalist will be named Community of the Year at the Harbor Summit in March 2032.",
     ("Harbor Summit", None, "2032-03")),
    ("June 3, 2031. The winners will be honored at the Annual Meeting in July in Greenville.",
     ("Annual Meeting", "Greenville", None)),
])
def test_month_after_a_gathering(text: str, want: tuple):
    events = [(e.name, e.city, e.date) for e in extract_text(text, doc_id="t").events]
    assert events == [want]
    assert not [e for e in events if e[1] in ("October", "March", "July")]


def test_a_venue_named_for_a_city_places_the_gathering_there():
    text = ("Nov 20, 2031. Mayor Ann Roe, Dayton, Ohio, received recognition at the League Awards Luncheon on "
            "Saturday November 16, 2031 at the Dayton Convention Center.")
    assert [(e.city, e.date) for e in extract_text(text, doc_id="t").events] == [("Dayton", "2031-11-16")]


def test_a_gathering_today_is_on_the_page_s_date():
    text = ("May 8, 2031 - Today, the program is announcing 22 new designations at the National Planning "
            "Conference in Dayton, Ohio.")
    assert [(e.city, e.date) for e in extract_text(text, doc_id="t").events] == [("Dayton", "2031-05-08")]
