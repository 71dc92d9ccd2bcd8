"""A placing in a table's rank column wherever the column stands ("City | State | Rank" / "Fresno | CA | 2"),
or noted in parentheses after a list line's place ("Fresno, California (No. 2)")."""

from __future__ import annotations

from kg.extract import extract_text

LEAD = "2019 Best Places to Live\n\nJune 23, 2019\n\nMoney magazine released its 2019 list of the Best Places to Live."


def _ranks(page: str) -> dict[str, int | None]:
    return {a.city: a.rank for a in extract_text(page).awards}


def test_the_rank_column_last():
    page = LEAD + "\n\nCity | State | Rank\nHonolulu | HI | 1\nFresno | CA | 2\nMadison | WI | 3\n"
    assert _ranks(page) == {"Honolulu": 1, "Fresno": 2, "Madison": 3}


def test_a_rank_noted_after_each_place():
    page = LEAD + (" Here are the top three:\nHonolulu, Hawaii (No. 1)\nFresno, California (No. 2)\n"
                   "Madison, Wisconsin (No. 3)\n")
    assert _ranks(page) == {"Honolulu": 1, "Fresno": 2, "Madison": 3}
