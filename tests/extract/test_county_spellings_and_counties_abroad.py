"""Counties written with a spaced dash or 'Saint', a consolidated 'City/County' pair whose county is misspelt,
counties abroad, and lists of countries."""

from __future__ import annotations

from kg.extract.places import find_places


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [(p.name, p.state, p.kind) for p in find_places(text)]


def test_a_county_written_with_a_spaced_dash_is_one_county():
    found = _found("Parks\nMiami – Dade County, FL\nWater")
    assert found == [("Miami-Dade County", "FL", "county")]


def test_a_saint_county_keeps_the_spelling_of_the_text():
    assert ("Saint Clair County", "MI", "county") in _found("2nd Place – Saint Clair County, MI")
    assert ("St. Clair County", "MI", "county") in _found("2nd Place – St. Clair County, MI")


def test_a_consolidated_city_with_a_misspelt_county_is_its_city():
    # no Georgia county is spelt "Clark": the city written before the slash is still Georgia's
    assert ("Athens", "GA", "city") in _found("_ Athens/Clark County, Georgia\n")


def test_a_county_abroad_is_a_county():
    assert _found("  • Bruce County, Ontario, Canada\n") == [("Bruce County", None, "county")]
    assert _found("Hsinchu County, Taiwan\n") == [("Hsinchu County", None, "county")]


def test_a_list_of_countries_names_no_city():
    assert _found("entries from Mexico, the United States, Japan and Chile") == []


def test_a_big_city_between_a_district_and_its_country_is_a_city():
    cities = [n for n, _s, k in _found("Jongno District, Seoul, Korea; Taipei, Taiwan") if k == "city"]
    assert "Seoul" in cities


def test_a_state_between_a_city_and_its_country_is_no_city():
    cities = [n for n, _s, k in _found("  • Londrina, Paraná, Brazil\n") if k == "city"]
    assert cities == ["Londrina"]


def test_a_countys_state_in_the_next_table_cell():
    from kg.extract.places import find_places

    rows = "3rd (tie) | King County | Wash.\n3rd (tie) | Montgomery County | Md.\n"
    found = {(p.name, p.state) for p in find_places(rows)}
    assert found == {("King County", "WA"), ("Montgomery County", "MD")}


def test_a_county_written_as_its_government_at_the_end_of_a_sentence():
    from kg.extract import extract_text

    text = "The GFOA awarded the Budget Award to the following governments: County of Maui; County of Kauai."
    assert {c.name for c in extract_text(text).counties} == {"Maui County", "Kauai County"}
    assert [c.name for c in extract_text("The award went to the County of Maui.").counties] == ["Maui County"]
