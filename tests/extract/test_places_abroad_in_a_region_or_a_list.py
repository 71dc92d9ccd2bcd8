"""Places abroad written as real pages write them: "Kirklees in Yorkshire, UK" (the region after "in"), and a
member of a list of places abroad that the gazetteer lacks ("..., Umea, Sweden, and Ringkøbing-Skjern,
Denmark, and Horst aan de Maas, Netherlands"); "in" a country alone names no city ("Renewable Energy Projects
in Bosnia and Herzegovina"), nor does a sentence's first word ("Today, France ...")."""

from __future__ import annotations

from kg.extract.places import find_places


def names(text: str) -> set[str]:
    return {p.name for p in find_places(text)}


def test_a_place_in_a_region_of_a_country():
    text = "Prizes went to Athens, Greece, Kirklees in Yorkshire, UK, Stockholm in Sweden, and Warsaw in Poland."
    assert {"Kirklees", "Stockholm", "Warsaw"} <= names(text)


def test_members_of_a_list_abroad():
    text = "The finalists are Umea, Sweden, and Ringkøbing-Skjern, Denmark, and Horst aan de Maas, Netherlands."
    assert {"Ringkøbing-Skjern", "Horst aan de Maas"} <= names(text)


def test_no_city_in_a_country_alone_or_a_first_word():
    assert not names("Renewable Energy Projects in Bosnia and Herzegovina\n\nLeave a Comment\n")
    assert not names("Today, France and Spain signed.")
