"""Categories stated apart from where the win was read (kg.extract.award_stated_categories)."""

from __future__ import annotations

from kg.extract import extract_text


def _levels(text: str) -> dict[tuple[str, int | None], str | None]:
    return {(a.city, a.year): a.category for a in extract_text(text).awards}


def test_a_level_written_after_a_group_of_places_is_each_ones():
    text = ("June 2, 2031\nThe League named its new Bicycle Friendly Communities today: Ames, Iowa; Tulsa, Okla.; "
            "and Salem, Ore. Two communities (Ames, IA; and Tulsa, OK) renewed their existing Gold awards.")
    assert _levels(text) == {("Ames", 2031): "Gold", ("Tulsa", 2031): "Gold", ("Salem", 2031): None}


def test_the_other_cities_take_the_level_stated_for_the_group():
    text = ("June 2, 2031\nThe cities to achieve What Works Cities Certification this year are Ames, Iowa, Tulsa, "
            "Okla., and Salem, Ore. Ames was named the top city (Gold Level certification). "
            "The other cities earned Silver Level certification.")
    assert _levels(text) == {("Ames", 2031): "Gold", ("Tulsa", 2031): "Silver", ("Salem", 2031): "Silver"}


def test_a_level_moved_up_from_is_not_the_level_held():
    text = ("June 2, 2031\nThe Walk Friendly Community program recognized Ames, Iowa, and Tulsa, Okla. "
            "Ames jumped from Bronze to Silver.")
    assert _levels(text)[("Ames", 2031)] == "Silver"
    text = ("June 2, 2031\nThese SolSmart designees include Ames, Iowa, and Tulsa, Okla.\n\nHere are all the new "
            "communities, and the communities that moved from Bronze or Silver to a higher designation.")
    assert set(_levels(text).values()) == {None}


def test_a_level_stated_with_another_year_goes_to_that_years_win():
    text = ("June 2, 2031\nTulsa, Okla., joined the list of Bicycle Friendly Communities at the silver level. "
            "Tulsa first became a Bicycle Friendly Community in bronze in 2024.")
    assert _levels(text) == {("Tulsa", 2031): "Silver", ("Tulsa", 2024): "Bronze"}


def test_a_level_in_another_clause_before_the_place_is_not_its_level():
    text = ("June 2, 2031\nAmes, Iowa, and Tulsa, Okla., were certified at Silver, and Salem, Ore., earned "
            "What Works Cities Certification for the first time.")
    assert _levels(text)[("Salem", 2031)] is None


def test_a_name_that_starts_with_a_level_word_is_no_level():
    text = ("June 2, 2031\nTulsa, Okla., earned SolSmart designation. Tulsa thanked its Gold Star families "
            "and the Silver Line riders.")
    assert _levels(text) == {("Tulsa", 2031): None}


def test_a_category_named_in_a_list_item_goes_to_every_place_the_item_names():
    text = ("2031 winners for Smart Cities North America Awards named\n\nThe research firm has named the winners of "
            "its 2031 Smart Cities North America Awards.\n\nThe winning projects, by category include:\n\n"
            "  • Tulsa, Okla., has won in the Smart Buildings category for its energy data.\n"
            "  • There has been a tie in the Smart Water category. The water level pilot implemented by the towns "
            "of Cary, Morrisville and Holly Springs has won together with a program in Ames, Iowa.\n")
    got = _levels(text)
    assert got[("Tulsa", 2031)] == "Smart Buildings"
    assert {got.get((t, 2031)) for t in ("Cary", "Morrisville", "Holly Springs")} == {"Smart Water"}
