"""A giver names places as an edition's title ("is proud to name 60 local governments as 2024 Digital Equity
Pathfinders"): the title after the year is the honour, even with no award noun, and the places a list then
gives win it."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.award_names import written_awards


def _names(text: str) -> list[str]:
    return [n for _a, _b, n in written_awards(text)]


def test_the_title_after_the_edition_s_year_is_the_honour():
    assert _names("The Alliance is proud to name 60 local governments as 2024 Digital Equity Pathfinders, "
                  "recognizing their work.") == ["Digital Equity Pathfinders"]
    assert _names("The board named Jane Smith as 2024 Treasurer.") == []


def test_the_listed_places_win_it():
    text = ("The National Digital Equity Alliance (NDEA) is proud to name 60 local governments as 2024 Digital "
            "Equity Pathfinders, recognizing their critical efforts to close the digital divide.\n"
            "Massachusetts awardees are listed below and the full announcement is available here.\n"
            "- Boston\n"
            "- Somerville\n"
            "- Gloucester\n"
            "- Pittsfield\n")
    rec = extract_text(text)
    assert {(a.city, a.award, a.year) for a in rec.awards} == {
        (c, "Digital Equity Pathfinders", 2024) for c in ("Boston", "Somerville", "Gloucester", "Pittsfield")}
