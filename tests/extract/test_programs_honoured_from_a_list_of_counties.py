"""A giver "honored 15 programs from Glenn, Kern, ..., and Yuba counties": the counties the honoured programs come
from win the page's award; and a list of counties that lost a comma ("Monterey, Nevada Riverside, Sacramento")
still names both counties the comma separated."""

from __future__ import annotations

from kg.extract import extract_text

TEXT = ("CSAC Announces 2025 Challenge Award Winners\n\n"
        "The Association announced the 2025 Challenge Awards winners on Wednesday.\n\n"
        "This year, CSAC honored 15 programs from Glenn, Kern, Monterey, Nevada Riverside, Sacramento, and Yuba "
        "counties for their positive impact on communities.\n")


def test_the_counties_win_and_the_lost_comma_names_two():
    rec = extract_text(TEXT)
    names = ["Glenn County", "Kern County", "Monterey County", "Nevada County", "Riverside County",
             "Sacramento County", "Yuba County"]
    assert sorted(c.name for c in rec.counties) == sorted(names)
    assert sorted(a.city for a in rec.awards) == sorted(names)


def test_two_words_that_are_no_two_counties_stop_the_list():
    rec = extract_text("Awards went to programs from Kern, Big Riverside, and Yuba counties.")
    assert "Big County" not in {c.name for c in rec.counties}
