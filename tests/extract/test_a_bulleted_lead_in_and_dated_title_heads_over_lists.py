"""Winners laid out under lead-ins the extractor used to pass over.

A bullet that announces what follows ("- The winners are as follows:") introduces the table under it. Title
heads in a row under an announcement ("this year's winners:" then "2019 Great Parks" over its items, "2019
Great Plazas" over its own) each name the category of the items under them, the year being the edition's.
A program the page says recognises places is an honour even named once ("the Great Parks of the Plains
program ... recognizes").
"""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.award_names import recognition_programs


def _wins(text: str) -> list[tuple[str, str, int | None, str | None]]:
    return sorted((a.city, a.award, a.year, a.category) for a in extract_text(text).awards)


def test_a_bullet_that_announces_a_table_introduces_its_rows():
    text = ("Brief:\n"
            "- IDC Government Insights announced the winners of its Smart Cities North America Awards.\n"
            "- This year's winners are as follows:\n"
            "Category | City |\n"
            "---|---|\n"
            "Public Safety | Tulsa, OK |\n"
            "Open Data | Omaha, NE |\n"
            "Smart Water | Fresno, CA |\n")
    assert _wins(text) == [("Fresno", "IDC Smart Cities North America Awards", None, "Smart Water"),
                           ("Omaha", "IDC Smart Cities North America Awards", None, "Open Data"),
                           ("Tulsa", "IDC Smart Cities North America Awards", None, "Public Safety")]


def test_title_heads_under_an_announcement_are_the_categories_of_their_items():
    text = ("The Plains Planning Council named ten places for 2019 through its annual program, Great Parks of "
            "the Plains.\n"
            "The Great Parks of the Plains program, started in 2009, recognizes the finest public places in the "
            "region.\n"
            "Here are this year's winners:\n"
            "2019 Great Parks\n"
            "- Chisholm Creek Park, Wichita, Kan.\n"
            "- Elmwood Park, Omaha, Neb.\n"
            "2019 Great Plazas\n"
            "- Old Market Square, Lincoln, Neb.\n"
            "- Union Plaza, Tulsa, Okla.\n"
            "Related stories\n"
            "A paragraph about something else entirely, with no places in it at all.\n")
    assert _wins(text) == [("Lincoln", "Great Parks of the Plains", 2019, "Great Plazas"),
                           ("Omaha", "Great Parks of the Plains", 2019, "Great Parks"),
                           ("Tulsa", "Great Parks of the Plains", 2019, "Great Plazas"),
                           ("Wichita", "Great Parks of the Plains", 2019, "Great Parks")]


def test_a_program_that_runs_a_service_is_no_honour():
    assert recognition_programs("The Citizens Connect program lets residents report potholes to the city.") == []
    assert recognition_programs("The Great Parks of the Plains program, started in 2009, recognizes parks.") == [
        (4, 29, "Great Parks of the Plains")]


def test_a_dated_head_that_announces_its_winners_is_no_category():
    text = ("The National Civic League named ten communities All-America Cities. Here are this year's winners:\n"
            "2016 All-America City Winners\n"
            "- Lakewood, Colo.\n"
            "- New Britain, Conn.\n"
            "- Fall River, Mass.\n")
    assert {a.category for a in extract_text(text).awards} == {None}


def test_a_bracket_written_as_a_label_over_its_winner_is_the_canonical_bracket():
    text = ("Four Minnesota cities were selected as City of Excellence Award winners for 2015.\n\n"
            "Winning entries were chosen in three population categories. A description of each follows.\n\n"
            "Population under 5,000\n"
            "City of Paynesville—Lake Koronis Recreational Trail\n"
            "Population 5,000-20,000\n"
            "City of Belle Plaine—Downtown reconstruction\n"
            "Population over 20,000\n"
            "City of Eden Prairie—Snow and ice control policy\n")
    assert {(a.city, a.category) for a in extract_text(text).awards} == {
        ("Paynesville", "less than 5,000"), ("Belle Plaine", "5,000-19,999"), ("Eden Prairie", "20,000 or more")}


def test_a_state_heading_over_its_towns_is_no_category():
    text = ("The following is a partial listing of Tree Cities USA:\n"
            "Alabama\n"
            "- Abbeville, Alabama\n"
            "- Alabaster, Alabama\n"
            "Alaska\n"
            "- Anchorage, Alaska\n"
            "- Fairbanks, Alaska\n")
    assert {a.category for a in extract_text(text).awards} == {None}
