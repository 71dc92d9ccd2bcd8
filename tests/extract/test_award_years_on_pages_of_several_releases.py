"""A newsroom page that strings several releases together: each release's dateline dates its own wins."""

from __future__ import annotations

from kg.extract import extract_text

TEXT = ("Latest\n\nNew Cities Recognized as Walk Friendly Communities\n\n"
        "CHAPEL HILL, North Carolina, June 21, 2022—The Walk Friendly Communities program recognizes twenty-three "
        "cities. Included among the designated communities are Arlington County, Virginia, and New York City, New "
        "York, with Platinum-level designations for their activities.\n\n"
        "New Cities Recognized with “Walk Friendly” Designation\n\n"
        "CHAPEL HILL, North Carolina, May 4, 2021—The Walk Friendly Communities program recognized U.S. cities. "
        "Bronze-level designations were given to Roswell, GA, and renewed for Columbia, SC; Arcata, CA, and "
        "New Orleans, LA.\n")


def test_each_release_dates_its_own_wins():
    years = {a.city: a.year for a in extract_text(TEXT).awards}
    assert years["Arlington County"] == 2022
    assert years["Roswell"] == 2021 and years["New Orleans"] == 2021


def test_renewed_for_continues_the_list_of_designees():
    assert {a.city for a in extract_text(TEXT).awards if a.category == "Bronze"} == {
        "Roswell", "Columbia", "Arcata", "New Orleans"}
