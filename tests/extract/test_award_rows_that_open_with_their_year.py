"""A list of an award's winners by year, one row each, gives every row's place the year the row opens with: a
table's year column ("1996 | Austin, Texas |"), a year and a colon or a dash ("2017: Galway", "2010 - Stockholm,
Sweden"), or a year and a space right before the place ("2024 Velenje, Winterswijk"). A list whose first line is
its title names the award ("European Green Leaf cities" above the years)."""

from __future__ import annotations

import pytest

from kg.extract import extract_text


@pytest.mark.parametrize("rows", [
    "Year | City |\n---|---|\n1996 | Austin, Texas |\n1997 | Dayton, Ohio |\n",
    "Year | City\n1996 | Austin, Texas\n1997 | Dayton, Ohio\n",
    "1996: Austin, Texas\n1997: Dayton, Ohio\n",
    "1996 – Austin, Texas\n1997 – Dayton, Ohio\n",
    "1996 Austin, Texas\n1997 Dayton, Ohio\n",
])
def test_each_row_takes_its_own_year(rows: str):
    wins = {(a.city, a.award, a.year) for a in extract_text("Winners of the All-America City Award\n\n" + rows).awards}
    assert wins == {("Austin", "All-America City Award", 1996), ("Dayton", "All-America City Award", 1997)}


def test_places_abroad_in_rows_that_open_with_their_year():
    text = "European Green Capital winners\n\n2010 - Stockholm, Sweden\n2011 - Hamburg, Germany\n"
    assert {(a.city, a.year) for a in extract_text(text).awards} == {("Stockholm", 2010), ("Hamburg", 2011)}


#: a paragraph long enough that the page is not read as hard-wrapped text
_ABOUT = ("The award is open to all towns and cities across Europe with a population of 20,000 and up to 100,000 "
          "inhabitants, and it recognises a city's commitment to better environmental outcomes.\n")


def test_several_places_abroad_in_a_row_that_opens_with_its_year():
    text = ("What is Green Leaf?\n\nEuropean Green Leaf cities\n\n2022 Winterswijk, Valongo\n2020 Limerick, Mechelen\n"
            "2018 Leuven, Växjö\n2017 Galway\n\n" + _ABOUT)
    wins = {(a.city, a.award, a.year, a.category) for a in extract_text(text).awards}
    assert wins == {(c, "European Green Leaf", y, None) for c, y in [
        ("Winterswijk", 2022), ("Valongo", 2022), ("Limerick", 2020), ("Mechelen", 2020), ("Leuven", 2018),
        ("Växjö", 2018), ("Galway", 2017)]}


def test_a_year_and_a_space_before_words_that_are_no_place_give_no_year():
    text = "Digital Cities Survey winners\n\n- 2019 survey results for Boulder, Colo.\n- Tacoma, Wash.\n\n" + _ABOUT
    wins = {(a.city, a.year) for a in extract_text(text).awards}
    assert ("Boulder", 2019) not in wins


def test_a_list_title_without_an_award_announces_nothing():
    text = "What is new?\n\nOur sister cities\n\n2022 Winterswijk, Valongo\n2020 Limerick, Mechelen\n\n" + _ABOUT
    assert extract_text(text).awards == []
