"""A giver's sentence gives the award to the place it names: "presented a Growth Award to Mason City, Iowa",
"gave Mason City, Iowa, a Growth Award", "honored Mason City, Iowa, with a Growth Award"; and a place named
after "recognized" is no prize title."""

from __future__ import annotations

import pytest

from kg.extract import extract_text

GROWTH = "Tree City USA Growth Award"


@pytest.mark.parametrize("frame", [
    "presented a Tree City USA Growth Award to Mason City, Iowa.",
    "awarded a Tree City USA Growth Award to the City of Mason City, Iowa.",
    "has given a “Tree City USA Growth Award” to Mason City, Iowa.",
    "gave Mason City, Iowa, a Tree City USA Growth Award.",
    "honored Mason City, Iowa, with a Tree City USA Growth Award.",
])
def test_the_place_the_giver_names_receives_the_award(frame):
    wins = {(a.city, a.award) for a in extract_text("The Arbor Day Foundation " + frame).awards}
    assert ("Mason City", GROWTH) in wins


def test_a_place_recognized_for_its_work_is_no_prize_title():
    text = "The Arbor Day Foundation recognized Mason City, Iowa, for its trees."
    assert not [a for a in extract_text(text).awards if a.award == "Mason City"]
