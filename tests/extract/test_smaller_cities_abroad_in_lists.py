"""A smaller city abroad (100,000+ people) counts in a list; any city abroad the gazetteer knows counts on a line
that only lists names, on a page about places abroad ("2022 Winterswijk, Valongo" under a European award); a first
name in a list of people does not."""

from __future__ import annotations

from kg.extract.places import find_places


def _cities(text: str) -> set[str]:
    return {p.name for p in find_places(text) if p.kind == "city"}


def test_a_smaller_city_abroad_counts_in_a_list_of_places():
    assert "Leuven" in _cities("The shortlist is Porto, Leuven, Gdansk and Turin.")


def test_a_first_name_in_a_list_of_people_is_no_city():
    found = _cities("Thanks to Ann Roe, Mary B. Quill, Bo McNab and Lee Fox.")
    assert not found & {"Mary", "Bo"}


def test_a_small_city_abroad_counts_on_a_line_of_names_on_a_page_abroad():
    text = "European Green Leaf cities\n\n2022 Winterswijk, Valongo\n2017 Galway\n"
    assert {"Winterswijk", "Valongo", "Galway"} <= _cities(text)


def test_a_small_city_abroad_in_prose_or_on_a_us_page_is_not_read_bare():
    assert "Valongo" not in _cities("European Green Leaf judges met in Valongo to hear the plans of the cities.")
    assert "Valongo" not in _cities("Ohio's list of new members\n\nValongo, Winterswijk\n")
