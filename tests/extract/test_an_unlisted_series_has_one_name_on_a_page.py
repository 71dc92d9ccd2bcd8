"""A series no award list knows is named the way the page writes it most, once per page: a level written before
its name is the win's category ("a Platinum-level Walk Friendly Community"), an ordinal, an "inaugural" or a
placing before it is no part of it ("Fifth All-America City Award", "Places Fifth in ..."), and its plural and
singular forms are one series."""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from kg.extract.award_names import clean_award_name


@pytest.mark.parametrize(("written", "name"), [
    ("Fifth All-America City Award", "All-America City Award"),
    ("Level of What Works Cities Certification", "What Works Cities Certification"),
    ("Inaugural What Works Cities Certification", "What Works Cities Certification"),
    ("Platinum-level Walk Friendly Community", "Walk Friendly Community"),
    ("Westminster Places Fifth in Overall City Government Experience Awards", "City Government Experience Awards"),
])
def test_words_before_a_series_name_are_no_part_of_it(written, name):
    assert clean_award_name(written) == name


PAGE = """Hilltop Town named a Platinum-level Hiking Friendly Community

June 23, 2019

The Trail Alliance named Asheville, North Carolina, a Platinum-level Hiking Friendly Community on Monday.

Boone, North Carolina, and Brevard, North Carolina, were also named Hiking Friendly Communities.

Each Hiking Friendly Community gets a sign. A Hiking Friendly Community has trails.
"""


def test_a_page_s_winners_of_an_unlisted_series_share_one_name_and_the_level_is_a_category():
    wins = {(a.city, a.award, a.category) for a in extract_text(PAGE).awards}
    assert {a for _c, a, _k in wins} == {"Hiking Friendly Community"}
    assert ("Asheville", "Hiking Friendly Community", "Platinum") in wins
