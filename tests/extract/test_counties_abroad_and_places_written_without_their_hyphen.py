"""A county abroad written with its province or country ("Wellington County, Ontario", "Yangxin County, P.R.
China") is a county; a hyphenated county written with a space ("Miami Dade County") is that county, not another
county its last word names (Dade County); so is a hyphenated city ("Winston Salem, N.C." is Winston-Salem, not
Salem)."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.places import find_places


def _counties(text: str) -> list[tuple[str, str | None]]:
    return [(c.name, c.state) for c in extract_text(text).counties]


def test_a_county_abroad_with_its_province_or_country():
    text = ("OTTAWA - The finalists are:\n• City of Guelph and Wellington County, Ontario ($10M prize)\n"
            "LivCom 2023: 2nd Silver: Yangxin County, P.R. China\n")
    assert {("Wellington County", None), ("Yangxin County", None)} <= set(_counties(text))


def test_a_us_county_keeps_its_state():
    assert _counties("Sonoma County, California and Marin County, Calif. won.") == \
        [("Sonoma County", "CA"), ("Marin County", "CA")]


def test_a_hyphenated_county_written_with_a_space():
    text = "LAS VEGAS - Representatives from Miami Dade County, Florida, made it to the sign."
    assert ("Miami-Dade County", "FL") in _counties(text)
    assert "Dade County" not in [c for c, _s in _counties(text)]


def test_a_hyphenated_city_written_with_a_space_is_that_city():
    assert [(p.name, p.state) for p in find_places("The mayor of Winston Salem, N.C., spoke.")] == [
        ("Winston-Salem", "NC")]
    text = "Winston Salem placed third in the 2031 Digital Cities Survey.\n"
    assert [(a.city, a.rank) for a in extract_text(text).awards] == [("Winston-Salem", 3)]
