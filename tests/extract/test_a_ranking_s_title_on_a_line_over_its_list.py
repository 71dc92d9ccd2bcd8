"""A ranking's title on a line of its own over its list, written with its country ("Best-Run US Cities"), names
the ranking ("Best-Run Cities") when no list knows it, and the places listed under it are in it; a worst-of list
after it is no award."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.award_names import written_awards

TEXT = ("WalletHub looked at 150 of the country's largest cities. Nampa, Idaho, rose to the top of the list. Here, "
        "the 10 best- and worst run cities:\n"
        "Best-Kept US Cities\n"
        "- Nampa, Idaho\n"
        "- Boise, Idaho\n"
        "- Fort Wayne, Ind.\n"
        "Worst-Kept US Cities - Gulfport, Miss.\n"
        "- Hartford, Conn.\n")


def test_the_line_names_the_ranking_without_its_country():
    assert [n for _a, _b, n in written_awards("Best-Kept US Cities\n- Nampa, Idaho")] == ["Best-Kept Cities"]
    assert [n for _a, _b, n in written_awards("The Best-Kept US Cities are in the West.")] == []


def test_the_places_under_it_are_in_it():
    rec = extract_text(TEXT)
    assert {(a.city, a.award) for a in rec.awards} == {
        ("Nampa", "Best-Kept Cities"), ("Boise", "Best-Kept Cities"), ("Fort Wayne", "Best-Kept Cities")}
