"""Place names with 'St.' inside them, a state written after 'in', and cities named after their state."""

from __future__ import annotations

import pytest

from kg.extract.places import find_places


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.state) for p in find_places(text)]


@pytest.mark.parametrize("text, expected", [
    ("Port St. Lucie, FL", [("Port St. Lucie", "FL")]),
    ("Port Saint Lucie, Florida", [("Port Saint Lucie", "FL")]),
    ("St. Petersburg, FL", [("St. Petersburg", "FL")]),
])
def test_saint_is_kept_as_the_text_writes_it(text, expected):
    assert _found(text) == expected


def test_a_state_name_that_opens_a_city_name_is_that_city():
    assert _found("Austin, Cleveland, Kansas City and Oklahoma City") == [
        ("Austin", None), ("Cleveland", None), ("Kansas City", None), ("Oklahoma City", None)]


def test_a_city_in_a_state_written_with_in():
    assert _found("Lafayette in Louisiana, Park City in Utah and Richardson in Texas") == [
        ("Lafayette", "LA"), ("Park City", "UT"), ("Richardson", "TX")]


def test_in_a_state_after_a_word_that_is_no_city_gives_nothing():
    assert _found("the largest city in Texas") == []


def test_the_texts_st_or_saint_is_kept_after_city_of_and_in_datelines():
    from kg.extract.places import find_places

    assert [p.name for p in find_places("• City of Port St. Lucie\n• City of St. Cloud\n")] == [
        "Port St. Lucie", "St. Cloud"]
    assert [p.name for p in find_places("ST. PAUL -- The city won.")] == ["St. Paul"]
