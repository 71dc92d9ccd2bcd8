"""Awards as press releases generally write them: list formats, news phrasing, moves, unknown award names.

Sentences here use invented combinations of real place names, so the extractor is tested on shapes,
not on the development documents' wording.
"""

from __future__ import annotations

import pytest

from kg.extract import extract_text


def _awards(text: str) -> set[tuple]:
    return {(a.city, a.award, a.year, a.rank, a.category) for a in extract_text(text).awards}


def _by_city(text: str) -> dict[str, tuple]:
    return {(a.city, a.year): (a.award, a.rank, a.category, a.streak) for a in extract_text(text).awards}


# -- ranked lists ---------------------------------------------------------------------

def test_bare_ordinal_lists_under_bracket_headings():
    text = ("2019 Digital Cities Survey Winners Announced\n\n"
            "The Center for Digital Government today announced the winners.\n\n"
            "500,000 or more population category:\n1st Springfield, Ill.\n2nd Albany, N.Y.\n2nd Salem, Ore.\n"
            "5th Boise, Idaho\n\n250,000-499,999 population category:\n1. Tulsa, Okla.\n2. Omaha, Neb.\n\n"
            "Up to 75,000 population category:\nFirst place: Dublin, Ohio\nSecond place: Marana, Ariz.\n")
    got = _awards(text)
    dcs = "Digital Cities Survey"
    assert got == {("Springfield", dcs, 2019, 1, "500,000 or more"), ("Albany", dcs, 2019, 2, "500,000 or more"),
                   ("Salem", dcs, 2019, 2, "500,000 or more"), ("Boise", dcs, 2019, 5, "500,000 or more"),
                   ("Tulsa", dcs, 2019, 1, "250,000-499,999"), ("Omaha", dcs, 2019, 2, "250,000-499,999"),
                   ("Dublin", dcs, 2019, 1, "less than 75,000"), ("Marana", dcs, 2019, 2, "less than 75,000")}
    ties = {a.city for a in extract_text(text).awards if a.tie}
    assert ties == {"Albany", "Salem"}


@pytest.mark.parametrize("rows", [
    "1 | Norfolk, Va. | 242,000\n2 | Durham, N.C. | 228,000\n",
    "No. 1 – Norfolk, Va.\nNo. 2 – Durham, N.C.\n",
    "#1 Norfolk, Va.\n#2 Durham, N.C.\n",
    "1) Norfolk, Va.\n2) Durham, N.C.\n",
])
def test_table_rows_and_numbered_items(rows):
    text = "Digital Cities Survey 2017 results\n\n125,000-249,999 population category\n" + rows
    assert _awards(text) == {("Norfolk", "Digital Cities Survey", 2017, 1, "125,000-249,999"),
                             ("Durham", "Digital Cities Survey", 2017, 2, "125,000-249,999")}


def test_ordinal_lines_that_are_not_lists():
    text = ("Tulsa wins Digital Cities Survey\nTULSA, Okla. (Nov. 2, 2018) – Tulsa won.\n"
            "2nd Street in Tulsa reopens next week.\n1 | budget item for Omaha, Neb.\n")
    assert {(a.city, a.rank) for a in extract_text(text).awards} == {("Tulsa", None)}


# -- news phrasing ----------------------------------------------------------------------

def test_copula_placings_between_brackets_and_last_year():
    text = ("Salem ranks fifth among big digital cities\nPosted Nov. 8, 2013\n"
            "Salem, Ore., placed fifth among cities with 250,000 or more residents in the Digital Cities Survey "
            "released Wednesday. Albany, N.Y., was seventh in the group for cities between 125,000 and 249,999 "
            "people. Dover, Del., which made the list last year, did not place in 2013.")
    got = _by_city(text)
    assert got[("Salem", 2013)][1:3] == (5, "250,000 or more")
    assert got[("Albany", 2013)][1:3] == (7, "125,000-249,999")
    assert got[("Dover", 2012)][1:3] == (None, None)
    assert ("Dover", 2013) not in got


@pytest.mark.parametrize("move, prior", [
    ("up two spots from 2015", (2015, 9)),
    ("down one spot from last year", (2015, 6)),
    ("up three places from the previous year", (2015, 10)),
])
def test_moves_state_last_years_rank(move, prior):
    text = ("Springfield climbs in survey\nPublished November 7, 2016\n"
            "Springfield, Ill., ranked No. 7 in the 125,000 - 249,999 population category of the Center for "
            f"Digital Government's annual Digital Cities Survey, {move}.")
    got = _by_city(text)
    assert got[("Springfield", 2016)][1:3] == (7, "125,000-249,999")
    assert got[("Springfield", prior[0])][1:3] == (prior[1], "125,000-249,999")
