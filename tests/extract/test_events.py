"""Events: where and when winners are honoured, matched on (city, ISO date)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg import EXAMPLES_DIR
from kg.extract import events, extract_file
from kg.extract.doc import Doc
from kg.extract.sentences import split_sentences
from kg.record import City, DocumentRecord


def _events(text: str, date: str | None = "2019-11-14", cities=("Boston",)) -> list[tuple[str | None, str | None]]:
    doc = Doc(id="t", text=text, sentences=split_sentences(text))
    rec = DocumentRecord(id="t", date=date, cities=[City(name=c) for c in cities])
    events.extract(doc, rec)
    return [(e.city, e.date) for e in rec.events]


def test_baton_rouge_seed_event():
    rec = extract_file(EXAMPLES_DIR / "baton-rouge-2019-digital-cities.txt")
    assert [(e.city, e.date) for e in rec.events] == [("San Antonio", "2019-11-21")]
    assert "National League of Cities" in rec.events[0].name


@pytest.mark.parametrize(
    "text,date,expected",
    [
        ("Winners will be honored Nov. 12 at an awards ceremony in San Antonio.", "2009-11-04",
         [("San Antonio", "2009-11-12")]),
        ("City leaders will accept the award on Thursday, Nov. 16, at the Digital Cities Awards in Atlanta, Georgia.",
         "2023-11-15", [("Atlanta", "2023-11-16")]),
        ("Honorees will be celebrated May 15, 2023, at an awards reception in Denver, Colorado.", None,
         [("Denver", "2023-05-15")]),
        ("Winners will be honored later today during the virtual GovX Summit.", "2023-09-19", [(None, "2023-09-19")]),
        ("The awards ceremony will be held Nov. 5 in Orlando, Fla.", "2022-10-01", [("Orlando", "2022-11-05")]),
        ("Winners will be honored Jan. 10 at a ceremony in Boston.", "2022-12-05", [("Boston", "2023-01-10")]),
        ("The Digital Cities Awards ceremony takes place Nov. 10 in Washington, D.C.", "2022-10-01",
         [("Washington", "2022-11-10")]),
        ("Winners were recognized last week at the National League of Cities meeting in Salt Lake City, which tied.",
         "2002-12-12", [("Salt Lake City", None)]),
    ],
)
def test_events(text, date, expected):
    assert _events(text, date, cities=("Boston", "Salt Lake City", "Atlanta")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rankings are announced each summer, and winners are recognized at the association's annual conference.",
        "Louisville won the top spot in the same population category in 2012.",
    ],
)
def test_not_events(text):
    assert _events(text) == []


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_never_raises(text):
    _events(text)


@pytest.mark.parametrize(
    "text,date,expected",
    [
        # present-tense verbs of honouring, a virtual ceremony with no city
        ("The association will recognize this year's winners during an online awards ceremony on Aug. 9.",
         "2020-07-20", [(None, "2020-08-09")]),
        ("The foundation will honor the new members at a reception on Monday, May 6, 2024, in Washington, D.C.",
         "2024-04-20", [("Washington", "2024-05-06")]),
        # a named gathering with date and city, though nobody is honoured there
        ("Lee will join a panel at the Ohio Digital Government Summit on Oct. 3, 2019, in Columbus.",
         "2019-09-01", [("Columbus", "2019-10-03")]),
        ("Lee will discuss the results at the Great Lakes Open Data Forum in Cleveland on June 4.",
         "2019-05-01", [("Cleveland", "2019-06-04")]),
        # a county is a venue but not an event city
        ("The awards were handed out at the State Association Annual Conference in Marion County, Ore., in July.",
         "2019-08-01", [(None, None)]),
    ],
)
def test_more_event_shapes(text, date, expected):
    assert _events(text, date=date) == expected


@pytest.mark.parametrize("text", [
    "The council will take up the budget at a work session on Feb. 7, 2017.",  # not a named gathering
    "Winners are recognized at the association's annual conference.",  # no date, no place
    "Lee spoke at the Ohio Digital Government Summit last year.",
])
def test_meetings_and_undated_gatherings_are_not_events(text):
    assert _events(text, date="2017-01-18") == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Join us for Reno Open Data Fair on Thursday, March 6, 2025, from noon to 4 p.m. at the Reno City Hall "
         "Atrium Building.", [("Reno", "2025-03-06")]),
        ("Come to the Neighborhood Tech Showcase on April 12 at the Eastside Community Center. It is free and open "
         "to all.", [("Reno", "2025-04-12")]),
        ("The Civic Hackathon, May 3, 2025, will take over the Sparks Public Library.", []),  # no invitation, no city
        ("Reno Data Day on June 7 will be held in Sparks, Nev., at the convention hall.", [("Sparks", "2025-06-07")]),
        ("Earth Day on April 22 reminds us to recycle.", []),  # no place: a date on the calendar, not an event
    ],
)
def test_named_public_event_with_a_date_at_a_building(text, expected):
    assert _events(text, date="2025-02-01", cities=("Reno",)) == expected


def test_a_named_gathering_with_its_city_is_an_event_without_a_date():
    from kg.extract import extract_text

    rec = extract_text("The winners will be announced at the Regional Innovation Summit in Omaha, Neb.")
    assert [(e.name, e.city, e.date) for e in rec.events] == [("Regional Innovation Summit", "Omaha", None)]


def test_an_event_in_the_dateline_sentence_keeps_its_own_date():
    from kg.extract import extract_text

    text = "June 1, 2013 - The winners were announced at the 2013 All-America City Awards in Denver on June 14."
    assert [(e.city, e.date) for e in extract_text(text).events] == [("Denver", "2013-06-14")]


def test_an_event_name_may_hold_an_initialisms_dots():
    from kg.extract import extract_text

    text = "May 1, 2023 - Denver will be honored at the U.S. Conference of Mayors annual meeting in Columbus on June 2."
    assert [(e.name, e.city, e.date) for e in extract_text(text).events] == [
        ("U.S. Conference of Mayors annual meeting", "Columbus", "2023-06-02")]


def test_a_competitions_gathering_where_finalists_present_is_an_event():
    from kg.extract import extract_text

    got = extract_text("June 1, 2031. The League has invited 20 communities to the 2031 All-America City Awards "
                       "June 14-16 in Denver, Colorado.").events
    assert [(e.name, e.city, e.date) for e in got] == [("2031 All-America City Awards", "Denver", "2031-06-14")]
    got = extract_text("June 20, 2031. The 30 Finalists participated in a final round of the All-America City "
                       "competition in Atlanta, Georgia, June 10-12.").events
    assert [(e.city, e.date) for e in got] == [("Atlanta", "2031-06-10")]


def test_a_competition_named_without_finalists_or_a_jury_is_no_event():
    from kg.extract import extract_text

    assert extract_text("June 1, 2031. The city entered the Smart Cities Competition in Denver, Colorado.").events == []


def test_an_events_name_stops_before_held_and_its_date():
    from kg.extract import extract_text

    text = ("ELGIN, Ill. – The City of Elgin has been ranked first in the 2022 Digital Cities Survey.\n\n"
            "Chief Information Officer Kyle Kantor accepted the award on behalf of the city at a ceremony held "
            "Nov. 10 in Washington, D.C.")
    names = [e.name for e in extract_text(text).events]
    assert names == ["ceremony"]
