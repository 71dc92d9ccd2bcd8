"""A page whose headline names the award with its edition ("LJ Index 2015: The Star Libraries", "Digital Cities
Survey 2016: The Winners") is about that edition, whatever later date the page carries (a site's stamp on an
archived story); a year the headline gives what the list counts ("Top Cities for ENERGY STAR Certified Buildings
in 2017") is not the edition.  An undated page whose headline dates its list ("Outside Mag Publishes 2008 List")
is about that edition."""

from __future__ import annotations

from kg.extract import extract_text

ARCHIVED = ("May 4, 2020\n\n"
            "Digital Cities Survey 2016: The Winners\n\n"
            "Westport, Conn., placed first among cities under 75,000, and Homewood, Ala., placed second.\n")

COUNTED = ("April 11, 2018\n\n"
           "EPA Names Top Cities for ENERGY STAR Certified Buildings in 2017\n\n"
           "WASHINGTON – The EPA has announced its annual ENERGY STAR Top Cities list. Los Angeles earned first "
           "place, and Washington, D.C., took second place.\n")


def test_the_headline_s_edition_dates_the_wins():
    years = {a.city: a.year for a in extract_text(ARCHIVED).awards}
    assert years.get("Westport") == 2016


def test_a_year_the_list_counts_leaves_the_page_s_date():
    years = {a.city: a.year for a in extract_text(COUNTED).awards}
    assert years.get("Los Angeles") == 2018


UNDATED = ("Best Town To Live? Outside Mag Publishes 2031 List\n\n"
           "Outside Magazine's best towns list is out.\n\n"
           "Outside Magazine's 20 Best Towns in America\n\n"
           "  1. Boise, Idaho\n"
           "  2. Tacoma, Wash.\n"
           "  3. Ogden, Utah\n")


def test_an_undated_page_s_headline_dates_its_list():
    assert {a.city: a.year for a in extract_text(UNDATED).awards} == {"Boise": 2031, "Tacoma": 2031, "Ogden": 2031}

