"""A smaller city abroad (100,000+ people) counts in a list; a first name in a list of people does not."""

from __future__ import annotations

from kg.extract.places import find_places


def _cities(text: str) -> set[str]:
    return {p.name for p in find_places(text) if p.kind == "city"}


def test_a_smaller_city_abroad_counts_in_a_list_of_places():
    assert "Leuven" in _cities("The shortlist is Porto, Leuven, Gdansk and Turin.")


def test_a_first_name_in_a_list_of_people_is_no_city():
    found = _cities("Thanks to Ann Roe, Mary B. Quill, Bo McNab and Lee Fox.")
    assert not found & {"Mary", "Bo"}
