"""Other cities listed after the page's brackets ("A number of other California cities made it into the top
10, including ...") may be in any bracket: they take none; "other large counties" take the large one."""

from __future__ import annotations

from kg.extract import extract_text

_PAGE = (" date 2013-12-02 The Center for Digital Government's annual Digital Cities Survey ranks cities.\n\n"
         "For cities with a population of 250,000 or more, Riverside took the #3 spot. The City of Roseville came in "
         "at #3 for cities of 75,000 to 124,999 people, while Palo Alto took the top spot for cities with populations "
         "under 75,000.\n\nA number of other California cities made it into the top 10, including Long Beach; "
         "Chula Vista; Modesto; and Simi Valley.")


def test_other_cities_take_no_bracket():
    cats = {a.city: a.category for a in extract_text(_PAGE).awards}
    assert cats.get("Riverside") == "250,000 or more"
    assert all(cats.get(c, "missing") is None for c in ("Long Beach", "Chula Vista", "Modesto", "Simi Valley"))


def test_other_large_counties_take_the_large_bracket():
    text = (" date 2015-07-15 The Digital Counties Survey winners were announced.\n\nSan Diego County placed second "
            "among counties with populations of 500,000 or more. Other large counties receiving recognition include "
            "Sacramento County (3rd) and County of Ventura (10th).")
    cats = {a.city: a.category for a in extract_text(text).awards}
    assert cats.get("Sacramento County") == "500,000 or more"
