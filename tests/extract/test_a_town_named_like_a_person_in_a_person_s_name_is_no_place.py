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


def test_a_city_abroad_that_the_page_names_a_person_by_is_no_place():
    text = ("Roanoke won its fifth All-America City Award on Saturday.\n\n"
            "\"Shine, Roanoke, shine!\" shouted 5-year-old Samara Cotton of Northwest Roanoke. \"We're so happy,\" "
            "said Mitzi Cotton, Samara's mother.\n\nPresident John F. Kennedy set the goal in 1961. Like Kennedy, "
            "the city aimed high.\n")
    names = {p.name for p in find_places(text)}
    assert "Roanoke" in names and not {"Samara", "Kennedy"} & names


def test_a_city_abroad_with_its_country_stays_a_place():
    text = "Samara Cotton spoke. The delegation flew to Samara, Russia, for the summit.\n"
    assert "Samara" in {p.name for p in find_places(text)}
