"""A roster that heads each place's people with the place's name on a line of its own."""

from __future__ import annotations

from kg.extract import extract_text

ROSTER = """Five newly designated communities have professional managers leading the work.

City of Fairmont, MN
Jo Hale, City Administrator

Village of Elm Grove, WI
Ada Kent, ICMA-CM, Village Manager
Ben Ross, ICMA-CM, Assistant Village Manager

City of Lakeport, CA
Cy Lund, City Manager
"""


def test_each_person_serves_the_place_of_the_heading_above():
    got = {(o.name, o.title, o.of) for o in extract_text(ROSTER).officials}
    assert got == {("Jo Hale", "City Administrator", "Fairmont"),
                   ("Ada Kent", "Village Manager", "Elm Grove"),
                   ("Ben Ross", "Assistant Village Manager", "Elm Grove"),
                   ("Cy Lund", "City Manager", "Lakeport")}


def test_a_credential_between_name_and_title_is_no_title():
    rec = extract_text("The award went to Elm Grove, Wis. “We are proud,” said Ada Kent, AICP, planning director.")
    assert [(o.name, o.title) for o in rec.officials] == [("Ada Kent", "Planning Director")]
