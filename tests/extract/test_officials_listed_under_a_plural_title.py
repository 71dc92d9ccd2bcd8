"""A plural title over a list of holders, each "of" their place ("Mayors Will Wynn of Austin; Laura Miller of
Dallas; and Manuel E. Guillen of Paramount (CA)"), gives one official per holder with the title and the place;
without a place each ("Assistant City Managers Karla Stovall and Kimberly Brawner", "Council members Ute Luxem,
Carden Welsh and Wayne Burton"), each holds the singular post of the place the text is about."""

from __future__ import annotations

import pytest

from kg.extract import extract_text


def _officials(text: str) -> set[tuple]:
    return {(o.name, o.title, o.of) for o in extract_text(text).officials}


@pytest.mark.parametrize(("text", "expected"), [
    ("Outstanding Achievement Awards were received by Mayors Will Wynn of Austin; Laura Miller of Dallas; and "
     "Manuel E. Guillen of Paramount (CA).",
     {("Will Wynn", "Mayor", "Austin"), ("Laura Miller", "Mayor", "Dallas"),
      ("Manuel E. Guillen", "Mayor", "Paramount")}),
    ("Honorable Mention Citations went to Mayors William E. Ward of Chesapeake, Virginia; Bobby Sutton, Jr. of "
     "Marana, Arizona; and Bill Owen of Roswell, New Mexico.",
     {("William E. Ward", "Mayor", "Chesapeake"), ("Bobby Sutton, Jr.", "Mayor", "Marana"),
      ("Bill Owen", "Mayor", "Roswell")}),
    ("Waste Management awarded Mayors Jerry E. Abramson of Louisville (KY) and Roy D. Buol of Dubuque (IA) with "
     "First Place honors.",
     {("Jerry E. Abramson", "Mayor", "Louisville"), ("Roy D. Buol", "Mayor", "Dubuque")}),
])
def test_each_holder_of_a_plural_title_is_an_official(text: str, expected: set):
    assert expected <= _officials(text)


def test_a_plural_title_before_a_place_names_no_official():
    assert _officials("Mayors of Austin and Dallas met in Houston, Texas.") == set()


def test_holders_of_a_plural_title_without_their_places():
    text = ("Celina, Texas, was named the 2031 Scenic City of the Year.\n\nOn hand were Celina Mayor Sean Terry, "
            "City Manager Jason Laumer, Assistant City Managers Karla Stovall and Kimberly Brawner, and Executive "
            "Director of Development Services Dusty McAfee.\n")
    got = _officials(text)
    assert {("Karla Stovall", "Assistant City Manager", "Celina"),
            ("Kimberly Brawner", "Assistant City Manager", "Celina")} <= got
    assert not any(title.startswith("And ") for _n, title, _o in got)


def test_a_lower_case_plural_title_and_three_holders():
    text = ("Durham, N.H., was named a HeartSafe Community in 2031.\n\nCouncil members Ute Luxem, Carden Welsh and "
            "Wayne Burton accepted the award.\n")
    assert {("Ute Luxem", "Council member", "Durham"), ("Carden Welsh", "Council member", "Durham"),
            ("Wayne Burton", "Council member", "Durham")} <= _officials(text)


def test_a_plural_title_over_words_that_are_no_names():
    text = "Springfield, Ill., won the 2031 award.\n\nCommissioners Court and Planning Board approved the plan.\n"
    assert not any(title == "Commissioner" for _n, title, _o in _officials(text))
