"""An award's name as a headline writes it keeps only the name: no headline verb ("America in Bloom Dishes Out
Awards" names none), no gerund or preposition before it ("Celebrating the Access City Award", "In the Access City
Award"), no count of the awards won ("Hilliard Wins Three Savvy Awards"); a number that is part of a name stays
("Five Star Award")."""

from __future__ import annotations

from kg.extract.award_names import clean_award_name


def test_headline_words_and_counts_are_not_the_name():
    assert clean_award_name("America in Bloom Dishes Out Awards") is None
    assert clean_award_name("Celebrating the Access City Award") == "Access City Award"
    assert clean_award_name("In the Access City Award") == "Access City Award"
    assert clean_award_name("Hilliard Wins Three Savvy Awards") == "Savvy Awards"


def test_a_number_in_the_name_stays():
    assert clean_award_name("Five Star Award") == "Five Star Award"
