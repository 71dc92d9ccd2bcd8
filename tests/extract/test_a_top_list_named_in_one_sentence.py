"""A top list named in one sentence: "the top three were Honolulu, Fresno and Madison" makes each a member (any
count written as a number or a word), ranked only when the sentence says "in that order"; "the top 22 finalists"
and "the top 3 percent" are no list of winners."""

from __future__ import annotations

import pytest

from kg.extract import extract_text

DATE = "June 23, 2019\n\n"


def _wins(sentence: str) -> dict[str, int | None]:
    return {a.city: a.rank for a in extract_text(DATE + sentence).awards if a.award == "Digital Cities Survey"}


def test_the_top_three_in_that_order_are_ranked_as_listed():
    sentence = "In the 2019 Digital Cities Survey, the top three were Honolulu, Fresno and Madison, in that order."
    assert _wins(sentence) == {"Honolulu": 1, "Fresno": 2, "Madison": 3}


def test_the_top_three_in_no_stated_order_are_members():
    sentence = "In the 2019 Digital Cities Survey, the top three were Honolulu, Fresno and Madison."
    assert _wins(sentence) == {"Honolulu": None, "Fresno": None, "Madison": None}


def test_the_top_finalists_win_nothing():
    sentence = ("Both Honolulu and Fresno were listed as the top 22 finalists of the 2019 Digital Cities Survey "
                "that will compete in Denver, Colorado.")
    assert _wins(sentence) == {}


@pytest.mark.parametrize("sentence", [
    "Honolulu attained StormReady status.",
    "Honolulu was recertified as a StormReady community.",
    "Honolulu is now a StormReady community.",
    "Honolulu retained its StormReady status.",
])
def test_a_designation_attained_kept_or_renewed_is_a_win(sentence):
    assert [(a.city, a.award) for a in extract_text(DATE + sentence).awards] == [("Honolulu", "StormReady")]
