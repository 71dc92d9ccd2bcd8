"""A town agency named for its town ("Westport Public Library, CT", "The Arlington Police Department") names the
town: its state written after the agency, or else the page's one state, must have a place of that name."""

from __future__ import annotations

from kg.extract import extract_text


def test_a_library_with_its_state_names_its_town():
    text = ("Among libraries spending $5 million, there are six new Star winners, including the five-Star Westport "
            "Public Library, CT, and two new four-Star winners: Huntington Public Library, NY, and Foley Public "
            "Library, AL.\n")
    cities = {(c.name, c.state) for c in extract_text(text).cities}
    assert {("Westport", "CT"), ("Huntington", "NY"), ("Foley", "AL")} <= cities


def test_a_police_department_on_a_page_about_its_state():
    text = ("ARLINGTON, Texas - The Colleyville Police Department earned accreditation from CALEA, the Texas "
            "agency said.\n")
    assert ("Colleyville", "TX") in {(c.name, c.state) for c in extract_text(text).cities}


def test_an_agency_named_for_no_town_of_its_state_names_none():
    text = "The Xyzzy Police Department, TX, earned accreditation.\n"
    assert "Xyzzy" not in {c.name for c in extract_text(text).cities}


def test_the_agency_s_last_words_before_its_state_are_no_town():
    text = ("  • Class II (population 100,001–250,000): Round Rock Parks and Recreation Department, Texas\n"
            "  • Class IV (population 25,001–50,000): Westerville Electric Division, Ohio\n")
    names = {c.name for c in extract_text(text).cities}
    assert "Recreation Department" not in names and "Electric Division" not in names
