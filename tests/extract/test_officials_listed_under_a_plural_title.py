"""A plural title over a list of holders, each "of" their place ("Mayors Will Wynn of Austin; Laura Miller of
Dallas; and Manuel E. Guillen of Paramount (CA)"), gives one official per holder with the title and the place."""

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
