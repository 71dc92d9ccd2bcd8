"""A ranking written as place headings, each over a paragraph about the place, after a lead-in that names the
list ("Here are the 2019 Best Small Towns, according to our editors:" / "Honolulu, Hawaii" / "Known for ..." /
"Fresno, California" / ...): every heading is a member, not only the first (the place heading before a place
heading is its sibling, not what announces it)."""

from __future__ import annotations

from kg.extract import extract_text

PAGE = """America's Best Small Towns 2019

June 23, 2019

Here are the 2019 Best Small Towns, according to our editors:

Honolulu, Hawaii
Known for its beaches, the town has grown fast.

Fresno, California
A farming hub, Fresno has a lot to offer.

Madison, Wisconsin
The capital city of Wisconsin is a college town.
"""


def test_every_place_heading_after_the_lead_in_is_a_member():
    wins = {(a.city, a.year) for a in extract_text(PAGE).awards}
    assert wins == {("Honolulu", 2019), ("Fresno", 2019), ("Madison", 2019)}


def test_place_headings_after_a_lead_in_that_names_no_list_win_nothing():
    page = PAGE.replace("Here are the 2019 Best Small Towns, according to our editors:", "Our offices:")
    assert not {a.city for a in extract_text(page).awards} & {"Fresno", "Madison"}
