"""A table of an award's holders by year ("Year | Australia's Tidiest Town |" / "1991 | Mount Tyson, Queensland |")
gives each row's place the edition of its year, the winners' column's header as the category unless it only says
what the entries are ("City")."""

from __future__ import annotations

from kg.extract import extract_text

_TEXT = (
    "Australian Tidy Town Awards\n"
    "The Australian Tidy Town Awards were launched around 1965 and are an initiative of Keep Australia Beautiful.\n"
    "Year | Australia's Tidiest Town |\n"
    "---|---|\n"
    "1991 | Mount Tyson, Queensland |\n"
    "1992 | Mount Gambier, South Australia |\n"
    "1996 | Kiama, New South Wales |\n"
)


def test_each_row_wins_its_year_s_edition_in_the_column_s_category():
    got = {(a.city, a.award, a.year, a.category) for a in extract_text(_TEXT).awards}
    assert {("Mount Tyson", "Australian Tidy Towns Awards", 1991, "Australia's Tidiest Town"),
            ("Kiama", "Australian Tidy Towns Awards", 1996, "Australia's Tidiest Town")} <= got


def test_a_column_that_names_its_entries_is_no_category():
    text = _TEXT.replace("Australia's Tidiest Town", "City")
    assert {a.category for a in extract_text(text).awards if a.city == "Kiama"} == {None}
