"""A list of an award's winners by year, one row each, gives every row's place the year the row opens with: a
table's year column ("1996 | Austin, Texas |"), a year and a colon or a dash ("2017: Galway", "2010 - Stockholm,
Sweden")."""

from __future__ import annotations

import pytest

from kg.extract import extract_text


@pytest.mark.parametrize("rows", [
    "Year | City |\n---|---|\n1996 | Austin, Texas |\n1997 | Dayton, Ohio |\n",
    "Year | City\n1996 | Austin, Texas\n1997 | Dayton, Ohio\n",
    "1996: Austin, Texas\n1997: Dayton, Ohio\n",
    "1996 – Austin, Texas\n1997 – Dayton, Ohio\n",
])
def test_each_row_takes_its_own_year(rows: str):
    wins = {(a.city, a.award, a.year) for a in extract_text("Winners of the All-America City Award\n\n" + rows).awards}
    assert wins == {("Austin", "All-America City Award", 1996), ("Dayton", "All-America City Award", 1997)}


def test_places_abroad_in_rows_that_open_with_their_year():
    text = "European Green Capital winners\n\n2010 - Stockholm, Sweden\n2011 - Hamburg, Germany\n"
    assert {(a.city, a.year) for a in extract_text(text).awards} == {("Stockholm", 2010), ("Hamburg", 2011)}
