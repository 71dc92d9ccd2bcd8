"""Places written as governments ('County of Kern') and cities abroad with their country."""

from __future__ import annotations

import pytest

from kg.extract.places import find_places


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [(p.name, p.state, p.kind) for p in find_places(text)]


@pytest.mark.parametrize("text, city", [
    ("Bergen, Norway", "Bergen"),
    ("Kelowna, British Columbia, Canada", "Kelowna"),
    ("ASIA: Busan, South Korea; Taichung, Taiwan", "Busan"),
    ("The winners included Espoo, Finland, and two American cities.", "Espoo"),
])
def test_a_city_abroad_with_its_country_is_a_city_without_a_state(text, city):
    assert (city, None, "city") in _found(text)


def test_a_province_is_not_a_city_of_its_own():
    names = [n for n, _s, _k in _found("Waterloo, Ontario, Canada\nSudbury, Ontario, Canada")]
    assert "Ontario" not in names and {"Waterloo", "Sudbury"} <= set(names)


def test_a_sentence_opening_word_before_a_country_is_no_city():
    assert _found("Today, France announced its own awards.") == []


def test_a_county_written_as_its_government():
    assert ("Kern County", "CA", "county") in _found("2nd Place – County of Kern, CA")


def test_a_consolidated_city_and_county_stays_its_city():
    assert [n for n, _s, k in _found("the City and County of Denver") if k == "county"] == []
