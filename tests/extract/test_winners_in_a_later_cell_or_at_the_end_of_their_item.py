"""Winners a table gives in a later cell, its first naming the category ("Administration | Arlington, TX |"),
and winners a list item names at its end, after the honoured thing ("- Balboa Park, San Diego, Calif.")."""

from __future__ import annotations

from kg.extract import extract_text


def _wins(text: str) -> set[tuple]:
    return {(a.city, a.award, a.category) for a in extract_text(text).awards}


def test_a_category_table_s_later_cell_names_the_winner():
    text = ("Regional Innovation Awards 2021\n\nThe 2021 Regional Innovation Awards winners are as follows:\n"
            "Category | City |\n---|---|\nAdministration | Arlington, TX |\nCivic Engagement | Kansas City, MO |\n"
            "Smart Water | Virginia Beach, VA |\nSustainable Infrastructure (Tie) | -Spokane, WA -San Diego, CA |\n")
    wins = _wins(text)
    assert {("Arlington", "Regional Innovation Awards", "Administration"),
            ("Kansas City", "Regional Innovation Awards", "Civic Engagement"),
            ("Virginia Beach", "Regional Innovation Awards", "Smart Water")} <= wins
    assert {c for c, _a, k in wins if k == "Sustainable Infrastructure"} == {"Spokane", "San Diego"}


def test_an_item_that_ends_with_its_city_names_the_winner():
    text = ("The Regional Innovation Awards 2021 go to great public spaces. The Regional Innovation Awards "
            "winners:\n- Balboa Park, San Diego, Calif.\n- Hermann Park, Houston, Texas\n"
            "- Millennium Park, Chicago, Ill.\n")
    cities = {c for c, _a, _k in _wins(text)}
    assert {"San Diego", "Houston", "Chicago"} <= cities
