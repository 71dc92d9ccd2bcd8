"""The organisers of the known awards are known organisations, named in full even where the generic reader
would cut the name at a title word, a possessive or an 'and' ("American Academy for Park and Recreation
Administration", "America's Promise Alliance"); a one-word organiser that is a common word ("Outside") and a
designation named like its organiser ("Walk Friendly Communities") are not looked for."""

from __future__ import annotations

import pytest

from kg.extract import extract_text


@pytest.mark.parametrize("text, name", [
    ("The American Academy for Park and Recreation Administration named the city a finalist.",
     "American Academy for Park and Recreation Administration"),
    ("The Commission for Accreditation of Park and Recreation Agencies accredited the department in 2019.",
     "Commission for Accreditation of Park and Recreation Agencies"),
    ("America's Promise Alliance named Austin one of the 100 Best Communities for Young People.",
     "America's Promise Alliance"),
    ("The Coalition of City Chief Information Security Officers met in Austin.",
     "Coalition of City Chief Information Security Officers"),
])
def test_an_award_organiser_is_named_in_full(text: str, name: str) -> None:
    assert name in extract_text(text).organizations


def test_a_common_word_or_a_designation_named_like_its_organiser_is_no_organisation() -> None:
    orgs = extract_text("Outside the city hall, residents celebrated the Walk Friendly Communities designation.")
    assert "Outside" not in orgs.organizations and "Walk Friendly Communities" not in orgs.organizations


def test_a_full_name_a_text_writes_is_reported_as_written_and_is_one_node_in_the_graph() -> None:
    from kg.rdf.names import canonical_organization

    orgs = extract_text("The United States Conference of Mayors and the USCM agreed.").organizations
    assert "United States Conference of Mayors" in orgs
    assert {canonical_organization(o) for o in orgs} == {"U.S. Conference of Mayors"}

