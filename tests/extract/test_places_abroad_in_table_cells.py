"""A place abroad in a table cell, closed by the cell's bar, is read as in prose: "| Kiama, New South Wales |",
"| Umea, Sweden |"."""

from __future__ import annotations

from kg.extract import extract_text


def _cities(text: str) -> set[str]:
    return {c.name for c in extract_text(text).cities}


def test_a_town_and_its_province_in_a_cell():
    text = ("Year | Australia's Tidiest Town |\n---|---|\n1996 | Kiama, New South Wales |\n"
            "1997 | Stanley, Tasmania |\n")
    assert _cities(text) == {"Kiama", "Stanley"}


def test_a_town_and_its_country_in_a_cell():
    text = "Year | Winner |\n---|---|\n2019 | Umea, Sweden |\n2020 | Lahti, Finland |\n"
    assert _cities(text) == {"Umea", "Lahti"}
