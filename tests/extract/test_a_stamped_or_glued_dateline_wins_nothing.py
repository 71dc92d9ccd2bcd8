"""The city a release is issued from wins nothing by being its dateline, also when a date stamp stands before
it on the line ("date 2031-11-09 SACRAMENTO, CA--(Newswire - ...)") or the page's markup glued the headline to
it ("...and equitySACRAMENTO, CALIFORNIA, UNITED STATES, September 15, 2031 /Wire.com/ --")."""

from __future__ import annotations

import pytest

from kg.extract import extract_text

BODY = (" The Center for Digital Government (CDG) announced the winners of the 2031 Digital Cities Survey. "
        "Ames, Iowa, placed first among cities of fewer than 75,000 people.")


@pytest.mark.parametrize("head", [
    "date 2031-11-09 SACRAMENTO, CA--(Newswire - November 09, 2031) -",
    "Winners Named\nWinners embrace new technology while addressing inclusion and equitySACRAMENTO, CALIFORNIA, "
    "UNITED STATES, November 9, 2031 /Wire.com/ --",
])
def test_the_dateline_city_wins_nothing(head: str):
    winners = {a.city for a in extract_text(head + BODY, doc_id="t").awards}
    assert "Ames" in winners
    assert "Sacramento" not in winners


@pytest.mark.parametrize("head", ["WASHINGTON, D.C. --", "WASHINGTON --", "WASHINGTON, D.C. -"])
def test_a_dateline_typed_with_hyphens_for_its_dash_wins_nothing(head: str):
    text = f"{head} The United States Conference of Mayors announces the winners of the 2031 Joint Awards.\n\nMore."
    assert [a.city for a in extract_text(text, doc_id="t").awards] == []
