"""A designation's page says "Thirty-nine new communities have joined others in making a commitment to children,
including Honolulu, Indianapolis and San Antonio": the places after "including" are new honorees of the page's
designation; a count of new things that are not places names none."""

from __future__ import annotations

from kg.extract import extract_text

HEAD = ("Playful Town USA Communities Announced\n\n"
        "KaBOOM! today named 93 communities as 2009 Playful Town USA communities for their commitment to play. ")


def test_the_new_communities_named_win_the_designation():
    rec = extract_text(HEAD + "Thirty-nine new communities have joined others in making a commitment to children, "
                              "including Honolulu, Indianapolis and San Antonio.")
    assert {(a.city, a.award, a.year) for a in rec.awards} >= {
        ("Honolulu", "Playful Town USA", 2009), ("Indianapolis", "Playful Town USA", 2009),
        ("San Antonio", "Playful Town USA", 2009)}


def test_new_things_that_are_not_places_name_no_winners():
    rec = extract_text(HEAD + "Twelve new playgrounds were built this year, including parks in Honolulu.")
    assert "Honolulu" not in {a.city for a in rec.awards}
