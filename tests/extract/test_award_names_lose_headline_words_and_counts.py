"""An award's name as a headline writes it keeps only the name: no headline verb ("America in Bloom Dishes Out
Awards" names none), no gerund or preposition before it ("Celebrating the Access City Award", "In the Access City
Award"), no count of the awards won ("Hilliard Wins Three Savvy Awards"); a number that is part of a name stays
("Five Star Award"). An award for what a city builds is named for it ("Municipal Website Awards"). Past winners
listed under bare year headings take the announcement above the years."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.award_names import clean_award_name


def test_headline_words_and_counts_are_not_the_name():
    assert clean_award_name("America in Bloom Dishes Out Awards") is None
    assert clean_award_name("Celebrating the Access City Award") == "Access City Award"
    assert clean_award_name("In the Access City Award") == "Access City Award"
    assert clean_award_name("Hilliard Wins Three Savvy Awards") == "Savvy Awards"


def test_a_number_in_the_name_stays():
    assert clean_award_name("Five Star Award") == "Five Star Award"


def test_an_award_for_what_a_city_builds_is_named_for_it():
    assert clean_award_name("Municipal Website Awards") == "Municipal Website Awards"
    assert clean_award_name("Smart City Hub") is None  # what a city builds, not an honour


def test_past_winners_listed_under_year_headings():
    text = ("Municipal Website Award Winners\n\n"
            "Printer-friendly version\n\n"
            "The following are the past winners of the annual Municipal Website Awards, presented each January.\n\n"
            "2017\n\n"
            "Category 1: Boston\n"
            "Category 2: Springfield\n\n"
            "2016\n\n"
            "Category 1: Worcester\n")
    assert {(a.city, a.year) for a in extract_text(text).awards} >= {("Boston", 2017), ("Worcester", 2016)}
