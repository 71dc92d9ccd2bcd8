"""Schools and groups named as such are organisations ("Perry High School", "the Cadmus Group"); a school's
kind alone ("High School Graduation Rate") names none."""

from __future__ import annotations

import pytest

from kg.extract import extract_text

LEAD = "SALEM, Ore. - Salem won the 2019 award on Monday.\n\n"


@pytest.mark.parametrize("sentence, name", [
    ("Students at Perry High School planted 200 trees.", "Perry High School"),
    ("Teachers and pupils at Fork Middle School worked with the city.", "Fork Middle School"),
    ("The plan was drafted with Harvard Law School.", "Harvard Law School"),
    ("The city worked with the Cadmus Group on the project.", "Cadmus Group"),
    ("The ranking uses data from the Farmers Insurance Group.", "Farmers Insurance Group"),
])
def test_a_named_school_or_group_is_an_organisation(sentence: str, name: str):
    assert name in extract_text(LEAD + sentence).organizations


def test_a_schools_kind_alone_is_none():
    record = extract_text(LEAD + "The ranking weighs:\n\n• High School Graduation Rate, (the higher the better)\n")
    assert not [o for o in record.organizations if o.startswith("High School")]
