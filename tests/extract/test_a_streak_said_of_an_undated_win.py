"""A streak said in its own sentence belongs to the win of the place that sentence opens with, also when the
page states no year ("Denton County has received a Certificate of Achievement for the last 22 consecutive
years" on a page that dates nothing): the streak is the win's, and with no year no wins are inferred."""

from __future__ import annotations

from kg.extract import extract_text

TEXT = ("Finance Officers Honour the County\n\n"
        "The Government Finance Officers Association awarded a Certificate of Achievement for Excellence in "
        "Financial Reporting to Denton County for its comprehensive annual financial report.\n\n"
        "A Certificate of Achievement is valid for a period of one year only. Denton County has received a "
        "Certificate of Achievement for the last 22 consecutive years.\n")


def test_the_undated_win_takes_the_streak():
    rec = extract_text(TEXT)
    assert [(a.city, a.year, a.streak) for a in rec.awards] == [("Denton County", None, 22)]
    assert rec.inferred_awards == []
