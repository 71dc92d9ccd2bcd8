"""Partners named in one list item, joined by a slash, share the item's win.

Joint awards (a city and its county, two neighbouring towns) are listed as "Tempe/Maricopa County (AZ) for
their project": both places win, not only the first, also after an item that opens with a town the gazetteer
does not know.
"""

from __future__ import annotations

from kg.extract import extract_text

TEXT = ("WASHINGTON, D.C. -- The United States Conference of Mayors announces the winners of the 2001 Joint "
        "Partnership Awards.\n\nThe winners of the 2001 Joint Partnership Awards are:\n\n"
        "  \u2022 Tempe/Maricopa County (AZ) for their \"River Project\"\n"
        "  \u2022 Colmar Manor Town/Prince George's County (MD) for their \"Port Towns Plan\"\n"
        "  \u2022 Westminster/Orange County (CA) for their \"Family Project\"\n"
        "  \u2022 Reno/Sparks (NV) for their \"Shared Water Plan\"\n")


def test_both_partners_of_each_item_win():
    wins = {(a.city, a.year) for a in extract_text(TEXT).awards}
    assert {("Tempe", 2001), ("Maricopa County", 2001), ("Westminster", 2001), ("Orange County", 2001),
            ("Reno", 2001), ("Sparks", 2001)} <= wins


def test_a_slash_between_words_that_are_not_places_adds_no_winner():
    text = TEXT.replace("Reno/Sparks (NV)", "Reno (NV) with its Parks/Recreation team")
    assert "Parks" not in {a.city for a in extract_text(text).awards}
