"""One word for a whole list of places: 'Kern and Tulare Counties', 'the Towns of Apex and Cary'."""

from __future__ import annotations

from kg.extract.places import find_places


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [(p.name, p.state, p.kind) for p in find_places(text)]


def test_a_list_closed_by_counties_names_each_county():
    found = _found("The group praised Bibb, Clarke, Hall, and Troup counties for their work.")
    assert [n for n, _s, k in found if k == "county"] == ["Bibb County", "Clarke County", "Hall County",
                                                          "Troup County"]


def test_two_counties_and_a_capitalised_counties_are_counties_not_cities():
    found = _found("Fresno and Sacramento Counties placed 3rd and 5th.")
    assert ("Fresno County", None, "county") in found and ("Sacramento County", None, "county") in found
    assert not [n for n, _s, k in found if k == "city"]


def test_a_word_that_is_no_county_ends_the_list():
    found = _found("Officials from Acme Widgets and Hall counties met.")
    assert [n for n, _s, k in found if k == "county"] == ["Hall County"]


def test_the_towns_of_a_list_are_each_a_town_with_the_state_named_on_their_line():
    found = _found("Winner: the Towns of Apex, Garner, and Fuquay-Varina, Cities of Durham and Sanford, "
                   "with North Carolina Emergency Management")
    cities = {n: s for n, s, k in found if k == "city"}
    assert cities == {"Apex": "NC", "Garner": "NC", "Fuquay-Varina": "NC", "Durham": "NC", "Sanford": "NC"}


def test_a_list_after_cities_of_stops_at_a_name_that_is_no_place():
    cities = {n for n, _s, k in _found("the cities of Tacoma and Everett and Widget Corp. partners")
              if k == "city"}
    assert cities == {"Tacoma", "Everett"}
