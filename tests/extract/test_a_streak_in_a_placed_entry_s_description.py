"""A winners' list entry is often followed by a paragraph about the place, and that paragraph may say the
place "appears in this year's ranking for the fifth consecutive time": the streak is the entry's win, even
though "appears" is no win verb, and it implies the four earlier wins."""

from __future__ import annotations

from kg.extract import extract_text

TEXT = ("Digital Cities Survey 2018 winners\n\n"
        "Congratulations to the following award recipients of the 2018 Digital Cities Survey:\n\n"
        "Population Up to 75,000\n\n"
        "1st Place: Coral Gables, Florida\n"
        "Coral Gables launched a financial transparency portal.\n\n"
        "2nd Place: Tamarac, Florida\n"
        "Tamarac, Florida appears in this year's ranking for the fifth consecutive time! Tamarac has been "
        "building its technology for years.\n")


def test_the_entry_takes_the_streak_and_its_earlier_wins():
    rec = extract_text(TEXT)
    wins = {(a.city, a.year, a.rank, a.streak) for a in rec.awards}
    assert ("Tamarac", 2018, 2, 5) in wins
    assert ("Coral Gables", 2018, 1, None) in wins
    assert sorted(a.year for a in rec.inferred_awards if a.city == "Tamarac") == [2014, 2015, 2016, 2017]


def test_appearing_without_a_streak_is_still_no_win():
    rec = extract_text("Springfield appears in the report's appendix for the fifth consecutive time.\n")
    assert rec.awards == []
