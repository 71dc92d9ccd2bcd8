"""A page about Ireland, Britain, Canada, Australia or New Zealand names its small towns bare ("Skibbereen picked
up a gold medal"): a town the towns table knows, in a sentence about an honour, is a place; a county or province
of that name, a name that is part of another ("Bantry Road"), and pages naming a US state are not read so."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.places import find_places

PAGE = ("Irish towns shine in the national Tidy Towns results.\n\n"
        "Skibbereen picked up a gold medal this year, and Macroom and Bantry were highly commended. "
        "Cork County Council thanked the volunteers.")


def test_towns_named_bare_in_an_award_sentence_are_places():
    record = extract_text(PAGE)
    assert {c.name for c in record.cities} == {"Skibbereen", "Macroom", "Bantry"}
    assert all(c.state is None for c in record.cities)
    assert ("Skibbereen", "National Tidy Towns Competition") in {(a.city, a.award) for a in record.awards}


def test_a_name_that_is_part_of_another_is_no_town():
    text = ("Irish towns shine in the national Tidy Towns results.\n\n"
            "The gold medal went to the Bantry Road residents' group.")
    assert "Bantry" not in {p.name for p in find_places(text)}


def test_a_page_naming_a_us_state_reads_no_towns_abroad():
    text = PAGE.replace("Irish towns shine in the national Tidy Towns results.",
                        "Ohio towns shine in the state beautification results.")
    assert {c.name for c in extract_text(text).cities} == set()


def test_a_sentence_about_no_honour_names_no_town():
    text = "Irish towns shine in the national Tidy Towns results.\n\nThe bus to Skibbereen leaves at noon."
    assert "Skibbereen" not in {p.name for p in find_places(text)}
