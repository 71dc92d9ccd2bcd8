"""Small towns named in a plain comma list of places ("are Ames, Boone, Huxley, ...").

A list of four or more names that already holds two places read another way is a list of places: its
other members are towns of the one state the text names that has them, even names that are also a
country, a city abroad or a surname elsewhere.  A list of names beside no places stays a list of names.
"""

from __future__ import annotations

from kg.extract.places import find_places


def _read(text: str) -> dict[str, tuple[str | None, str]]:
    return {p.name: (p.state, p.how) for p in find_places(text)}


def test_a_comma_list_beside_places_already_read_gives_the_states_towns():
    found = _read("DES MOINES, Iowa (June 3, 2024) -- The cities recognized this year are Ames, Boone, Huxley, "
                  "Slater, Madrid and Story City.")
    for town in ("Boone", "Huxley", "Slater", "Story City"):
        assert found[town] == ("IA", "listed_town")
    assert found["Madrid"][0] == "IA"  # the Iowa town in an Iowa list, not the capital of Spain


def test_a_list_of_names_with_no_places_among_them_is_no_list_of_towns():
    found = _read("AMES, Iowa -- The committee members are Smith, Jones, Adams, Baker and Clark, the mayor said.")
    assert set(found) == {"Ames"}


def test_members_of_a_town_list_are_not_a_city_its_province_and_its_country():
    found = _read("ST. PAUL, Minn. -- Cities honored were Hastings, Inver Grove Heights, Isanti, Jordan, Mayer "
                  "and Faribault.")
    assert found["Inver Grove Heights"][0] == "MN"
    assert found["Isanti"] == ("MN", "listed_town") and found["Jordan"] == ("MN", "listed_town")


def test_a_city_its_province_and_country_outside_a_list_stay_abroad():
    assert _read("Hamilton, Ontario, Canada, is a finalist.") == {"Hamilton": (None, "foreign")}
    assert set(_read("Winners: Espoo, Uusimaa, Finland, and Eindhoven, Netherlands.")) == {"Espoo", "Eindhoven"}


def test_a_list_after_like_or_such_as_reads_its_towns_beside_places_already_read():
    from kg.extract.places import find_places

    text = ("In Arizona, these honorees include cities and towns across the state. They range from nine-time "
            "honorees like Chandler, Gilbert, and Tucson, to first-time recipients like Avondale, Florence, "
            "and Queen Creek.")
    found = {(p.name, p.state) for p in find_places(text)}
    assert {("Chandler", "AZ"), ("Florence", "AZ")} <= found


def test_a_long_list_of_one_states_towns_reads_past_names_the_gazetteer_lacks():
    from kg.extract import extract_text

    text = ("DES MOINES – Awards were presented on behalf of the Arbor Day Foundation and the Iowa Department of "
            "Natural Resources.\n\nThe Tree City USA award recipients are Adel, Allison, Ames, Clive, Dallas Center, "
            "Davenport, Decorah, DeWitt, Dubuque, Livermore, Luxemburg, Manchester, Marion, Nevada, Washington and "
            "Waterloo.")
    winners = {a.city for a in extract_text(text).awards}
    # "Dallas Center" is the Iowa town, not Dallas; "Nevada" and "Washington" in a list of Iowa towns are towns
    assert {"Adel", "Dallas Center", "Dubuque", "Marion", "Waterloo", "Washington"} <= winners
    assert "Dallas" not in winners
