"""Two ways pages name an honour no list knows: an apposition saying the name is a program that recognises
places ("SunReady, a national program that recognizes cities and counties for ...", even when the name is also
an organisation's), and a lead-in naming the places it certified ("The 2011 Green Garden State SILVER Level
Certified Communities are as follows:"), or the name written with its mark and edition before its noun
("Achieve Green Garden State ® 2011 Certification")."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.award_names import written_awards


def _names(text: str) -> list[str]:
    return [n for _a, _b, n in written_awards(text)]


def test_an_apposed_program_that_recognises_places_is_an_honour():
    assert _names("Fifty communities achieved designation under SunReady, a national program that recognizes "
                  "cities and counties for lowering barriers to solar energy.") == ["SunReady"]
    assert _names("We use Citizens Connect, a mobile app that lets residents report potholes.") == []


def test_the_designated_places_win_the_apposed_program_at_their_level():
    text = ("Fifty Communities in 25 States Are Now Open for Solar Business\n\n"
            "WASHINGTON, May 8, 2017 — Fifty communities have now achieved designation under SunReady, a national "
            "program that recognizes cities and counties for lowering barriers to solar energy.\n\n"
            "Today, two new communities achieved the highest designation of SunReady Gold: Beaverton, Oregon and "
            "Davis, California.\n\n"
            "Two new communities were designated SunReady Silver: Ames, Iowa and Oro Valley, Arizona.\n")
    rec = extract_text(text)
    assert {(a.city, a.award, a.category) for a in rec.awards} >= {
        ("Beaverton", "SunReady", "Gold"), ("Davis", "SunReady", "Gold"), ("Ames", "SunReady", "Silver")}


def test_a_certification_named_by_the_places_it_certifies():
    assert _names("The 2011 Green Garden State SILVER Level Certified Communities are as follows:") == [
        "Green Garden State Certification"]
    assert _names("20 More Towns Achieve Green Garden State ® 2011 Certification") == [
        "Green Garden State Certification"]


def test_its_listed_towns_win_it_at_their_level():
    text = ("20 More Towns Achieve Green Garden State ® 2011 Certification\n\n"
            "Trenton, NJ (November 3, 2011) – The program released today the list of new towns.\n\n"
            "The 2011 Green Garden State SILVER Level Certified Communities are as follows:\n"
            "1. Bernards, Somerset County\n"
            "2. Cape May, Cape May County\n\n"
            "The 2011 Green Garden State BRONZE Level Certified Communities are as follows:\n"
            "1. Flemington, Hunterdon County\n"
            "2. Hoboken, Hudson County\n")
    rec = extract_text(text)
    assert {(a.city, a.award, a.year, a.category) for a in rec.awards} == {
        ("Bernards", "Green Garden State Certification", 2011, "Silver"),
        ("Cape May", "Green Garden State Certification", 2011, "Silver"),
        ("Flemington", "Green Garden State Certification", 2011, "Bronze"),
        ("Hoboken", "Green Garden State Certification", 2011, "Bronze")}
