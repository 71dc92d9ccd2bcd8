"""A ranking's page says who leads it without an ordinal: "At the top is Sharon, Mass.", "At the top of this
year's list sits Provo": that place is first; the top of anything else ranks nothing."""

from __future__ import annotations

import pytest

from kg.extract import extract_text

LEAD = 'Money magazine publishes a list of the "Best Places to Live" each year. '


@pytest.mark.parametrize("said", ["At the top is Sharon, Mass.", "At the top of the list is Sharon, Mass.",
                                  "At the very top of this year's list sits Sharon, Mass."])
def test_the_place_at_the_top_is_first(said):
    assert [(a.city, a.rank) for a in extract_text(LEAD + said).awards] == [("Sharon", 1)]


def test_the_top_of_something_else_ranks_nothing():
    assert extract_text(LEAD + "At the top of the hill is Sharon, Mass.").awards == []
