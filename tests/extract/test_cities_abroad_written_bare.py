"""Cities abroad written without a state: a small US namesake does not hide a big city abroad, a country or
province right after a name marks it as a city abroad, and a name inside a longer name is no city."""

from __future__ import annotations

import pytest

from kg.extract.places import find_places


def _cities(text: str) -> dict[str, str | None]:
    return {p.name: p.state for p in find_places(text) if p.kind == "city"}


@pytest.mark.parametrize("text, city", [
    ("The jury preferred Paris over three other finalists.", "Paris"),
    ("Finalists were Oslo, Vienna and Lisbon.", "Vienna"),
    ("A delegation flew to Sydney last spring.", "Sydney"),
])
def test_a_big_city_abroad_outweighs_a_small_us_namesake(text, city):
    assert city in _cities(text) and _cities(text)[city] is None


@pytest.mark.parametrize("text, city", [
    ("The summit was hosted by Eindhoven in the Netherlands.", "Eindhoven"),
    ("A pilot run by Markham in Ontario won.", "Markham"),
    ("The prize went to Suzhou (China) that year.", "Suzhou"),
    ("The forum met last week in Niagara, Canada.", "Niagara"),
])
def test_a_country_or_province_after_a_name_makes_it_a_city_abroad(text, city):
    assert city in _cities(text)


def test_a_city_abroad_with_a_portuguese_joiner_in_its_name():
    assert "Mogi das Cruzes" in _cities("Awards went to Recife and Mogi das Cruzes, Brazil.")


@pytest.mark.parametrize("text, name", [
    ("It met the goals of the Paris Agreement on time.", "Paris"),
    ("The report was written by Sydney Grant, a consultant.", "Sydney"),
])
def test_a_city_name_inside_a_longer_name_is_no_city(text, name):
    assert name not in _cities(text)


def test_a_small_city_takes_the_state_named_on_its_own_when_the_page_lists_several():
    text = ("Two Oregon cities were named, including Salem and Bend. "
            "Others: Salem, MA; Salem, VA; Bend, OR.")
    assert _cities(text)["Salem"] is not None
    found = find_places("Two Ohio cities were named, including Dublin and Westerville. "
                        "Others: Columbus, GA; Sacramento, CA; Akron, OH.")
    assert ("Dublin", "OH") in {(p.name, p.state) for p in found}


def test_a_province_written_bare_is_no_city():
    assert "Ontario" not in _cities("a pilot deployed by the city of Markham in Ontario.")


def test_big_cities_abroad_read_under_their_other_names_as_written():
    got = [p.name for p in find_places("Nice, Copenhagen and Ghent triumphed; Viena and Gante followed.")]
    assert {"Copenhagen", "Ghent", "Viena", "Gante"} <= set(got)


def test_other_names_that_are_ordinary_words_are_no_cities():
    assert find_places("The Gold winners were a Mecca of learning for Paraguay watchers.") == []
