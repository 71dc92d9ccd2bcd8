"""Headlines write a giver's initials and "Awards" before what it gives: "NCL Awards All-American Cities",
"PHAB Awards Accreditation to 17 Health Departments".  "Awards" is the verb there, so "NCL Awards" names no
award, and an honour named by its noun alone is the giver's ("PHAB Accreditation", not "Accreditation").
An organisation's name that starts like an honour ("the Public Health Accreditation Board") is no award."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.award_names import written_awards


def _names(text: str) -> list[str]:
    return [n for _a, _b, n in written_awards(text)]


def test_initials_and_awards_before_a_name_are_the_giver_and_its_verb():
    assert _names("NCL Awards All-American Cities") == []
    assert _names("QHAB Awards Accreditation to 17 Health Departments") == ["QHAB Accreditation"]
    assert _names("EPA Awards Smart Growth Achievement Awards to Four Cities") == ["Smart Growth Achievement Awards"]


def test_awards_after_initials_that_no_name_follows_stay_a_name():
    assert _names("The 2019 ICMA Awards were given.") == ["ICMA Awards"]


def test_an_organisation_named_like_an_honour_is_no_award():
    assert _names("The Quality Health Accreditation Board (QHAB) has awarded status to 3 departments.") == []
    assert _names("The Arbor Day Foundation Awards Committee met.") == []


def test_a_list_of_places_takes_the_giver_s_honour():
    text = ("QHAB Awards Accreditation to 3 Health Departments\n\n"
            "The Quality Health Accreditation Board (QHAB) has awarded five-year accreditation status to three "
            "health departments.\n\n"
            "Accreditation status was awarded Nov. 10, 2015 to:\n\n"
            "• Clay County Public Health Center, Liberty, Missouri\n"
            "• Davis County Health Department, Farmington, Utah\n"
            "• Erie County Health Department, Sandusky, Ohio\n")
    rec = extract_text(text)
    assert {a.award for a in rec.awards} == {"QHAB Accreditation"}
    assert {a.city for a in rec.awards} == {"Clay County", "Davis County", "Erie County"}
