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


UTILITIES = ("Public Power Utilities Earn 2031 RP3 Designation\n\n"
             "Published on: 04/02/2031\n\n"
             "Columbus, Ohio: Member utilities were awarded the Reliable Public Power Provider (RP3) recognition "
             "at the association's conference in Sacramento, Calif.\n\n"
             "Members with current RP3 designations awarded in previous years include:\n\n"
             "Diamond Level\n\n"
             "  • Bowling Green Electric Division (2029)\n"
             "  • Coldwater Board of Public Utilities (2030)\n"
             "  • Wadsworth Electric Department (2029)\n")


def test_a_utility_in_a_list_stands_for_its_town_on_a_page_of_many_states():
    names = {c.name for c in extract_text(UTILITIES).cities}
    assert {"Bowling Green", "Coldwater", "Wadsworth"} <= names


def test_the_year_an_item_closes_with_is_its_edition():
    years = {a.city: a.year for a in extract_text(UTILITIES).awards}
    assert years.get("Bowling Green") == 2029 and years.get("Coldwater") == 2030


def test_a_lead_in_naming_its_level_designation_gives_that_level():
    text = ("Public Power Utilities Earn 2031 RP3 Designation\n\n"
            "Published on: 04/02/2031\n\n"
            "The following members received 2031 RP3 Platinum Level (second level) designation, awarded to "
            "utilities that meet 90-97 percent of the Reliable Public Power Provider criteria:\n\n"
            "  • Cleveland Public Power\n"
            "  • Danville Utilities Department\n")
    assert {a.city: a.category for a in extract_text(text).awards} == {"Cleveland": "Platinum", "Danville": "Platinum"}
