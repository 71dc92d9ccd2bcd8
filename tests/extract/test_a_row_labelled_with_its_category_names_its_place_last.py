"""A winners' list whose rows each name a category, then a colon and one place ("– Category 2, population of
3,001 to 5,500: Richwood") gives each place the win in that category, towns named like people ("Allen") and too
small for the gazetteer included; a row labelled as a finalist wins nothing; a lone labelled row is no list."""

from __future__ import annotations

from kg.extract import extract_text

_TEXT = (
    "AUSTIN, Texas (June 30, 2022) - Keep Texas Beautiful recognized the ten winning communities of the 2022 "
    "Governor's Community Achievement Awards.\n\n"
    "2022 GCAA Winners:\n\n"
    "– Category 1, population up to 3,000: Salado\n\n"
    "– Category 2, population of 3,001 to 5,500: Richwood\n\n"
    "– Category 9, population of 90,001 to 180,000: Allen\n\n"
    "– Category 10, population of 180,001 and above: Irving\n\n"
    "The communities will share $1.5 million in landscaping grants.\n"
)


def test_each_row_s_place_is_read():
    cities = {(c.name, c.state) for c in extract_text(_TEXT).cities}
    assert {("Salado", "TX"), ("Richwood", "TX"), ("Allen", "TX"), ("Irving", "TX")} <= cities


def test_each_row_s_place_wins_in_its_category():
    got = {(a.city, a.category) for a in extract_text(_TEXT).awards}
    assert {("Richwood", "population of 3,001 to 5,500"), ("Irving", "population of 180,001 and above")} <= got


def test_a_finalist_row_wins_nothing():
    text = ("The 2019 Government Experience Awards winners include:\n"
            "  • First place: Miami-Dade County, FL\n"
            "  • Finalist: Greenville County, SC\n"
            "  • Finalist: Rockdale County, GA\n")
    won = {a.city for a in extract_text(text).awards}
    assert "Greenville County" not in won and "Rockdale County" not in won


def test_one_labelled_row_reads_no_town():
    text = "HOUSTON, Texas - The council met on Tuesday.\nContact: Allen\n"
    assert "Allen" not in {c.name for c in extract_text(text).cities}


_BLOOM = (
    "Britain in Bloom\n"
    "Britain in Bloom is a horticultural competition in the United Kingdom.\n"
    "Winners\n"
    "2005\n"
    "- Large City: Cardiff\n"
    "- Town: Hexham\n"
    "- Small Town: Garstang\n"
    "2004\n"
    "- Town: Ilkley\n"
    "- Small Town: Alness\n"
)


def test_a_small_town_abroad_in_a_labelled_row_on_a_page_about_its_country():
    cities = {c.name for c in extract_text(_BLOOM).cities}
    assert {"Hexham", "Garstang", "Ilkley", "Alness"} <= cities


def test_each_year_s_heading_under_the_winners_heading_lists_winners():
    got = {(a.city, a.year, a.category) for a in extract_text(_BLOOM).awards}
    assert {("Hexham", 2005, "Town"), ("Ilkley", 2004, "Town"), ("Alness", 2004, "Small Town")} <= got


def test_a_town_abroad_is_no_place_on_a_page_about_another_country():
    text = "Results\n- Town: Hexham\n- Small Town: Garstang\nThe judges toured Ohio last week.\n"
    assert not {"Hexham", "Garstang"} & {c.name for c in extract_text(text).cities}


def test_a_small_town_abroad_named_twice_as_the_subject_of_an_honour():
    text = ("Durham wins gold in Britain in Bloom\n\n"
            "Tanfield won the Wild About Gardens award at the Britain in Bloom ceremony in England. "
            "Judges said Tanfield had put its village on the map.\n")
    assert "Tanfield" in {c.name for c in extract_text(text).cities}


def test_a_category_named_by_its_number_labels_its_row():
    text = ("MMA Municipal Website Award Winners\n\n"
            "The following are the past winners of the MMA's annual Municipal Website Awards, presented in four "
            "population categories.\n\n2017\n\nCategory 1: Boston\nCategory 2: Concord\nCategory 3: Weston\n")
    got = {(a.city, a.category) for a in extract_text(text).awards}
    assert ("Boston", "Category 1") in got and ("Concord", "Category 2") in got


def test_small_towns_abroad_in_a_run_of_bare_placings():
    text = ("The National Tidy Towns awards were announced on Monday in Ireland.\n"
            "The Laois county award winners saw Abbeyleix first, Castletown second and Portlaoise third.\n")
    assert {"Abbeyleix", "Castletown", "Portlaoise"} <= {c.name for c in extract_text(text).cities}
