"""A numbered list under a certification level names each municipality with its county: the town wins (the
county only places it), the level is the category, and the numbers count the members rather than rank them."""

from __future__ import annotations

from kg.extract import extract_text

TEXT = ("Trenton, NJ (October 14, 2014) - Sustainable Jersey announced the municipalities certified this year.\n\n"
        "The 2014 Sustainable Jersey GOLD Level Certified Communities are:\n"
        "1. Princeton, Mercer County\n"
        "2. Bernards, Somerset County\n\n"
        "The 2014 Sustainable Jersey BRONZE Level Certified Communities are:\n"
        "1. Montclair, Essex County\n"
        "2. Haddon, Camden County\n"
        "3. Maplewood Township, Essex County\n")


def test_each_town_before_its_county_wins_at_its_heading_s_level_unranked():
    rec = extract_text(TEXT)
    got = {a.city: (a.year, a.rank, a.category) for a in rec.awards}
    assert got == {"Princeton": (2014, None, "Gold"), "Bernards": (2014, None, "Gold"),
                   "Montclair": (2014, None, "Bronze"), "Haddon": (2014, None, "Bronze"),
                   "Maplewood Township": (2014, None, "Bronze")}
    assert {c.name for c in rec.cities} >= {"Bernards", "Haddon", "Montclair", "Maplewood Township"}
    assert {c.state for c in rec.cities if c.name in got} == {"NJ"}


def test_a_person_before_a_county_is_no_town():
    text = ("Trenton, NJ (October 14, 2014) - Sustainable Jersey announced the municipalities certified.\n\n"
            "The 2014 Sustainable Jersey GOLD Level Certified Communities are:\n"
            "1. Princeton, Mercer County\n"
            "2. Jane Doe, Mercer County\n")
    rec = extract_text(text)
    assert "Princeton" in {a.city for a in rec.awards}
    assert not {c.name for c in rec.cities} & {"Jane Doe", "Jane"}


_PARENTHESISED = (
    "Trenton, NJ (October 20, 2011) – Sustainable Jersey representatives announced today that eight additional "
    "towns have achieved the Sustainable Jersey certification.\n\n"
    "The eight Sustainable Jersey newly certified towns are:\n"
    "1. Mullica Township (Atlantic County)\n"
    "2. Ocean Township (Monmouth County)\n"
    "3. Old Tappan Borough (Bergen County)\n"
    "4. Princeton Borough (Mercer County)\n"
)


def test_a_town_before_its_county_in_parentheses_is_read_whole():
    cities = {(c.name, c.state) for c in extract_text(_PARENTHESISED).cities}
    assert {("Mullica Township", "NJ"), ("Old Tappan Borough", "NJ"), ("Princeton Borough", "NJ")} <= cities


def test_the_county_in_parentheses_wins_nothing():
    won = {a.city for a in extract_text(_PARENTHESISED).awards}
    assert {"Mullica Township", "Ocean Township", "Princeton Borough"} <= won
    assert not won & {"Atlantic County", "Monmouth County", "Bergen County", "Mercer County"}


def test_the_numbers_of_a_list_of_certified_towns_count_them():
    ranks = {a.city: a.rank for a in extract_text(_PARENTHESISED).awards}
    assert ranks["Mullica Township"] is None and ranks["Princeton Borough"] is None


def test_the_numbers_of_a_list_whose_head_ranks_its_certified_towns_are_ranks():
    text = _PARENTHESISED.replace("The eight Sustainable Jersey newly certified towns are:",
                                  "The top four Sustainable Jersey certified towns by points are:")
    ranks = {a.city: a.rank for a in extract_text(text).awards}
    assert ranks["Mullica Township"] == 1 and ranks["Princeton Borough"] == 4


def test_the_county_in_parentheses_of_a_town_the_prose_places_there_too_wins_nothing():
    text = _PARENTHESISED.replace("achieved the Sustainable Jersey certification.",
                                  "achieved the Sustainable Jersey certification, among them West Milford Township "
                                  "in Passaic County.") + "5. West Milford Township (Passaic County)\n"
    won = {a.city for a in extract_text(text).awards}
    assert "West Milford" in won and "Passaic County" not in won
