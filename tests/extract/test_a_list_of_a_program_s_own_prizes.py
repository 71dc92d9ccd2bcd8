"""A list headed by one of the page's program's own prizes ("Special Awards winners include:" on a page about
the America in Bloom Awards) lists winners of the program, in that prize's category, as the gold conventions
name an award given per subject; a known series is never such a part, nor a program named before the page's
main prize."""

from __future__ import annotations

from kg.extract import extract_text

PAGE = ("America in Bloom Presents 2018 Awards\n\n"
        "The 2018 America in Bloom national awards were announced at the annual symposium in Lexington, Ky.\n\n"
        "America in Bloom judges visited each town over the summer to score its plantings and programs.\n\n"
        "Special Awards winners include:\n\n"
        "  • Castle Rock, WA – Best Hanging Baskets\n"
        "  • Rising Sun, IN – Best Program for Young People\n")


def _wins(text: str) -> dict[str, tuple]:
    return {a.city: (a.award, a.year, a.category) for a in extract_text(text).awards}


def test_a_prize_of_the_page_s_program_is_the_program_in_that_category():
    wins = _wins(PAGE)
    assert wins["Castle Rock"][:2] == ("America in Bloom Awards", 2018)
    assert wins["Rising Sun"][:2] == ("America in Bloom Awards", 2018)
    assert wins["Castle Rock"][2] in ("Best Hanging Baskets", "Special Awards")


def test_a_known_series_under_a_head_is_itself():
    text = PAGE.replace("Special Awards winners include:", "Tree City USA winners include:")
    assert {a for a, _y, _c in _wins(text).values()} == {"Tree City USA"}

