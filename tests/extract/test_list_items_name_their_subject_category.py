"""A winners' list item that names a subject after its place won in that category.

"City of Corona, Public Safety" under "The winning cities are listed below:": Corona's win is in Public
Safety, and a city listed twice with two subjects won twice. A region and a country after the place
("Barcelona, Catalonia, Spain") are where it is, not a category.
"""

from __future__ import annotations

from kg.extract import extract_text


def _wins(text: str) -> list[tuple[str, str | None]]:
    return sorted((a.city, a.category) for a in extract_text(text).awards)


def test_each_item_wins_in_the_subject_it_names():
    text = ("The League of California Cities announced the winning cities of the Helen Putnam Award for "
            "Excellence for 2023. The winning cities are listed below:\n\n"
            "  • City of Agoura Hills, Internal Administration\n"
            "    Agoura Hills launched a monthly podcast for residents.\n"
            "  • City of Corona, Enhancing Public Trust, Ethics, and Community Involvement\n"
            "    Corona is reaching more people than ever.\n"
            "  • City of Corona, Planning and Environmental Quality\n"
            "    Corona's plan prioritizes tree care.\n")
    assert _wins(text) == [("Agoura Hills", "Internal Administration"),
                           ("Corona", "Enhancing Public Trust, Ethics, and Community Involvement"),
                           ("Corona", "Planning and Environmental Quality")]


def test_a_region_and_country_after_the_place_are_no_category():
    text = ("The Intelligent Community Forum announced its Smart21 Communities of 2012. "
            "The Smart21 of 2012 are:\n\n"
            "  • Barcelona, Catalonia, Spain\n"
            "  • Austin, Texas, USA\n"
            "  • Heraklion, Crete, Greece\n")
    assert [c for _city, c in _wins(text)] == [None, None, None]


def test_towns_and_cities_of_several_places_share_the_items_category():
    text = ("IDC Government Insights today announced the winners of the IDC Smart Cities North America Awards. "
            "This year's winners by category are as follows:\n"
            "Smart Buildings\nWashington, DC — Energy data from municipal buildings\n"
            "Smart Water (Tie)\nTowns of Cary, Morrisville, and Holly Springs, Cities of Raleigh and Wilson, "
            "Wake County — Regional Water Level Monitoring\n")
    wins = dict(_wins(text))
    assert wins["Cary"] == wins["Raleigh"] == wins["Wake County"] == "Smart Water"


def test_the_first_of_alternating_category_lines_is_a_category_too():
    text = ("IDC Government Insights has announced the winners of the inaugural IDC Smart Cities North America "
            "Awards. Winners were named in 14 categories.\n"
            "Administration\nArlington, TX\nCivic engagement\nKansas City, MO\nSmart water\nVirginia Beach, VA\n")
    assert dict(_wins(text)) == {"Arlington": "Administration", "Kansas City": "Civic engagement",
                                 "Virginia Beach": "Smart water"}


def test_an_item_whose_place_follows_a_short_label_and_a_dash():
    text = ("The association announced this year's Challenge Award winners:\n"
            "  • Rural – Glenn County’s “Senior Resource Expo”\n"
            "  • Suburban – Santa Cruz County’s “Emergency Road Damage Assessment Tool”\n"
            "  • Urban – Riverside County’s “County Budget Civic Engagement Campaign”\n")
    assert {city for city, _c in _wins(text)} == {"Glenn County", "Santa Cruz County", "Riverside County"}


def test_a_table_cell_that_names_the_project_then_its_place():
    text = ("The winners of the 2019 IDC Smart Cities North America Awards were recognized on Tuesday.\n"
            "The following projects were honored at the event:\n"
            "Category | Project |\n"
            "---|---|\n"
            "Administration | -Get It Done Expansion, San Diego |\n"
            "Public Safety | -Real Time Crime Center, New Orleans |\n"
            "Smart Buildings | -Smart Buildings Program, Houston |\n")
    assert set(_wins(text)) == {("San Diego", "Administration"), ("New Orleans", "Public Safety"),
                                ("Houston", "Smart Buildings")}
