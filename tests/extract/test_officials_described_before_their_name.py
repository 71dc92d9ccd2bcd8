"""A role described in front of a person's name ("said mayoral spokesman Mary Chris Skeldon") makes an
official, when the name starts with a given name the name gazetteer knows."""

from __future__ import annotations

from kg.extract import extract_text


def _officials(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {o.name: (o.title, o.of) for o in extract_text(text).officials}


def test_a_lower_case_role_before_a_name_is_a_title():
    found = _officials('Tulsa, Okla. - "We will enter again," said mayoral spokesman Mary Chris Skeldon.')
    assert found["Mary Chris Skeldon"] == ("Mayoral Spokesman", "Tulsa")
    assert "Cassandra Happe" in _officials('Tulsa, Okla. - "Many top cities invest," analyst Cassandra Happe said.')


def test_according_to_is_no_owner():
    found = _officials("Tulsa, Okla. - According to Tacoma’s Sustainability Manager Kristin Lynett, "
                       "certification is a first step.")
    assert found["Kristin Lynett"] == ("Sustainability Manager", "Tacoma")


def test_a_role_before_words_that_are_no_given_name_makes_no_official():
    found = _officials("Tulsa, Okla. - The city's data analyst Smart Cities Program team won the award.")
    assert found == {}


def test_the_first_word_of_a_described_role_may_name_the_pages_organisation():
    found = _officials("WASHINGTON - The League of American Bicyclists named 20 new Bicycle Friendly Communities. "
                       '"These are cities realizing the potential," said League president Andy Clarke.')
    assert found["Andy Clarke"] == ("President", "League of American Bicyclists")
