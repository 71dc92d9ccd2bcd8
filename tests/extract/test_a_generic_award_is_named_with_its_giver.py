"""An award named by one generic word ("Achievement Awards", "Challenge Award") is reported with the giver the
page names for it, so that two leagues' "Achievement Awards" are two series; a known award written so is its
canonical one, and a name of its own keeps no giver."""

from __future__ import annotations

from kg.extract import extract_text


def _awards(text: str) -> set[str]:
    return {a.award for a in extract_text(text).awards}


def test_the_headline_s_subject_gives_the_award():
    text = ("Municipal Association of South Carolina Honors Eight Cities with Achievement Awards\n"
            "July 16, 2014 COLUMBIA, SC - Eight South Carolina cities and towns won an Achievement Award from the "
            "Association.\nPopulation 1,001-5,000: City of Manning - Gibbons Street Park\n"
            "Population 10,001-20,000: City of Conway - Neighborhood revitalization project\n")
    assert "Municipal Association of South Carolina Achievement Award" in _awards(text)


def test_a_possessive_giver_stays_with_a_generic_name():
    text = " date 2011-09-01 Roanoke County's website has received the 2011 Governor's Technology Award."
    assert _awards(text) == {"Governor's Technology Award"}


def test_a_known_award_written_with_its_giver_is_the_canonical_one():
    text = (" date 2017-05-02 The National Association of Counties (NACO) Achievement Awards Program recognizes "
            "innovative county programs. Livingston County received two Achievement Awards.")
    assert "NACo Achievement Awards" in _awards(text)


def test_the_organiser_with_its_acronym_before_a_giving_verb_gives_its_award():
    text = (" date 2022-07-20 The National Association of Counties (NACo) has awarded Roanoke County with three "
            "Achievement Awards.")
    assert _awards(text) == {"NACo Achievement Awards"}
