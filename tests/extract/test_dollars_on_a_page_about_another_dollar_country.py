"""A bare "$" on a page about Canada, Australia or New Zealand that names no US state is that country's dollar,
not an amount (amounts are US dollars); a sum marked "US$" still is one, and a US page's dollars stay amounts."""

from __future__ import annotations

from kg.extract import extract_text

CANADA = ("OTTAWA - Infrastructure Canada today named the finalists of the Smart Cities Challenge. The City of "
          "Guelph and Wellington County, Ontario ($10M) proposed a circular food economy.")


def test_a_canadian_pages_dollars_are_no_amounts():
    assert extract_text(CANADA).amounts == []


def test_a_sum_marked_as_us_dollars_still_counts():
    record = extract_text(CANADA + " The partner pledged US$2 million.")
    assert [a.amount_usd for a in record.amounts] == [2000000]


def test_a_us_page_naming_canada_keeps_its_dollars():
    text = ("SALEM, Ore. - Salem, Oregon, won a $1 million prize, beating entries from Canada and Australia.")
    assert [a.amount_usd for a in extract_text(text).amounts] == [1000000]
