"""Irish texts place every town by its county, written before the county's name ("Glaslough, Co Monaghan",
"Ennis in Co Clare", "Carrick-on-Shannon, Co. Leitrim"): the town is a place however small, and the county is
reported as "County Monaghan"."""

from __future__ import annotations

from kg.extract import extract_text


def _places(text: str) -> tuple[set[str], set[str]]:
    record = extract_text(text)
    return {c.name for c in record.cities}, {c.name for c in record.counties}


def test_a_town_before_its_county_is_a_place_and_the_county_is_county_x():
    cities, counties = _places("Ireland's tidiest village - Glaslough, Co Monaghan - 346\n"
                               "Ireland's tidiest small town - Carrick-on-Shannon, Co. Leitrim - 345\n"
                               "The overall winner was Ennis in Co Clare.")
    assert cities == {"Glaslough", "Carrick-on-Shannon", "Ennis"}
    assert counties == {"County Monaghan", "County Leitrim", "County Clare"}


def test_a_county_alone_and_words_that_only_look_like_one():
    cities, counties = _places("Towns in County Kerry did well. Jane Roe, Co-founder of Acme, praised Cork.")
    assert counties == {"County Kerry"}
    assert "Jane Roe" not in cities


def test_a_town_before_its_county_written_short_without_a_comma():
    cities, counties = _places("Gold medal winners:\nAbbeyshrule Co Longford.\nKeadue Co Roscommon.\n")
    assert cities == {"Abbeyshrule", "Keadue"}
    assert counties == {"County Longford", "County Roscommon"}
