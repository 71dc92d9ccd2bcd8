"""Names the program readers take that the page shows to be something else are no programs."""

from __future__ import annotations

from kg.extract import extract_text


def _programs(text: str) -> list[str]:
    return [p.name for p in extract_text(text).programs]


def test_a_month_is_no_program():
    text = "Officially launched in October 2030, the WFC program is funded by the Federal Highway Administration."
    assert "October 2030" not in _programs(text)


def test_a_contact_line_with_a_phone_number_is_no_program():
    assert _programs("Media Contact:\nJon Brodsky 602-261-8980\n") == []


def test_page_chrome_people_and_award_categories_are_no_programs():
    from kg.extract import extract_text

    text = ("Harford County, Md., won a 2019 NACo Achievement Award in the Public Safety category.\n"
            "\"We are proud,\" said Charles Bingham, a county spokesman.\n"
            "Go Back\nPopular Posts\n")
    names = {p.name for p in extract_text(text).programs}
    assert not names & {"Public Safety", "Charles Bingham", "Go Back", "Popular Posts"}
