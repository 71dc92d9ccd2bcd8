"""'the village of Lake in the Hills': a place named after "village of" / "town of" / "City of" may hold small
words ("in the", "of"); a town named before the place it lies in ("the village of Sleepy Hollow in Mount
Pleasant") is the town alone."""

from __future__ import annotations

from kg.extract import extract_text


def _cities(text: str) -> set[str]:
    return {c.name for c in extract_text(text).cities}


def test_a_name_with_small_words_inside_is_read_whole():
    rec = extract_text("The Arbor Day Foundation awarded the village of Lake in the Hills a Tree City USA Growth "
                       "Award to honor its commitment to trees.")
    assert "Lake in the Hills" in {c.name for c in rec.cities}
    assert [(a.city, a.award) for a in rec.awards] == [("Lake in the Hills", "Tree City USA Growth Award")]


def test_a_town_before_the_place_it_lies_in_is_the_town():
    assert "Sleepy Hollow" in _cities("Also in Westchester County, the village of Sleepy Hollow in Mount Pleasant "
                                      "placed third on the list of the safest small towns in New York.")
