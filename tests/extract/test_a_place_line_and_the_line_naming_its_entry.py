"""Designees written as a place line and a line naming what it was honoured for, under category lines ("Great
Streets" / "Tulsa, Oklahoma" / "Cherry Street" / "Reno, Nevada" / "Virginia Street" / "Great Parks" / ...): the
line after a place is its entry, not the category of the places below it.  A run of single categories each above
its place ("Gold" / "Seattle" / "Silver" / "Salem, Ore.") keeps reading each line as the category below it."""

from __future__ import annotations

from kg.extract import extract_text

DESIGNEES = ("2021 Great Places in America\n\n"
             "See this year's designees.\n\n"
             "2021 Great Places in America\n"
             "Great Streets\n"
             "Tulsa, Oklahoma\n"
             "Cherry Street\n"
             "Reno, Nevada\n"
             "Boise, Idaho\n"
             "Capitol Boulevard\n"
             "Great Parks\n"
             "Omaha, Nebraska\n"
             "Riverfront Commons\n"
             "Spokane, Washington\n"
             "Manito Gardens\n")

LEVELS = ("The League recognised these communities:\n\n"
          "Gold\n"
          "Seattle, WA\n"
          "Silver\n"
          "Salem, OR\n"
          "Bronze\n"
          "Tempe, AZ\n\n"
          "Each community was honoured as a Bicycle Friendly Community this spring.\n")


def _categories(text: str) -> dict[str, str | None]:
    return {a.city: a.category for a in extract_text(text).awards}


def test_each_designee_keeps_the_category_above_it():
    assert _categories(DESIGNEES) == {
        "Tulsa": "Great Streets", "Reno": "Great Streets", "Boise": "Great Streets",
        "Omaha": "Great Parks", "Spokane": "Great Parks"}


def test_a_designee_without_an_entry_line_keeps_it_too():
    assert _categories(DESIGNEES)["Reno"] == "Great Streets"


def test_single_categories_above_their_places_stay_categories():
    assert _categories(LEVELS) == {"Seattle": "Gold", "Salem": "Silver", "Tempe": "Bronze"}
