"""A town's name inside a person's name is no place: a surname after a given name, even opening a line
("Wayne Parker, chief administrative officer, Provo, Utah"), and a small town whose name is a given name
before a surname ("Alice Lipowicz is a staff writer"); a big city named like a person stays a city ("at the
Denver Convention Center"), and so does a city after "The"."""

from __future__ import annotations

from kg.extract.places import find_places


def names(text: str) -> set[str]:
    return {p.name for p in find_places(text)}


def test_a_surname_opening_a_line():
    assert "Parker" not in names("Award Recipients\n\nWayne Parker, chief administrative officer, Provo, Utah\n")


def test_a_given_name_before_a_surname():
    assert "Alice" not in names("About the Author\n\nAlice Lipowicz is a staff writer covering government.")


def test_big_cities_and_cities_after_the_stay():
    found = names("Winners will be honored at the Denver Convention Center. The Seattle suburb of Bellevue, "
                  "Washington, came in second.")
    assert {"Denver", "Seattle"} <= found
