"""An award named for an office ("the Governor's Community Achievement Awards") or for a person with a middle
initial ("the Ron H. Levine Public Health Award") keeps that part of its name; a giver's possessive ("MMA's Annual
Town Report Contest") and the letters of an abbreviation ("U.S.") are still no part of it."""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from kg.extract.award_names import written_awards


@pytest.mark.parametrize(("text", "name"), [
    ("the ten winning communities of the 2022 Governor’s Community Achievement Awards",
     "Governor’s Community Achievement Awards"),
    ("the city received the Keep America Beautiful President's Circle Award.", "President's Circle Award"),
    ("received the 2019 Mayor's Award for Excellence", "Mayor's Award for Excellence"),
    ("Henderson County received the Ron H. Levine Public Health Award in 2022.", "Ron H. Levine Public Health Award"),
    ("won the James C. Howland Awards for Urban Enrichment", "James C. Howland Awards for Urban Enrichment"),
    ("won the MMA’s Annual Town Report Contest", "Town Report Contest"),
    ("the U.S. Conference of Mayors Award", "Conference of Mayors Award"),
])
def test_written_name(text, name):
    assert [n for _a, _b, n in written_awards(text)] == [name]


def test_an_abbreviation_s_letters_are_no_initial():
    assert written_awards("the I.T. Award") == ()


def test_winners_of_an_award_named_for_an_office():
    text = ("AUSTIN, Texas (Oct. 12, 2022) - Keep Texas Beautiful recognized the ten winning communities of the "
            "2022 Governor's Community Achievement Awards. The City of Salado won the Governor's Community "
            "Achievement Award in its population category.\n")
    got = {(a.city, a.award, a.year) for a in extract_text(text).awards}
    assert ("Salado", "Governor's Community Achievement Awards", 2022) in got \
        or ("Salado", "Governor's Community Achievement Award", 2022) in got
