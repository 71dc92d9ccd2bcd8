"""Graded surveys published as a results table: one line per grade, the grade first, then its states."""

from __future__ import annotations

from kg.extract import extract_text

TEXT = ("In its 2012 Digital States Survey, the Center for Digital Government evaluated all 50 states.\n\n"
        "2012 Digital States Survey Grades\n\n"
        "A  Michigan and Utah\n\n"
        "B+ Arkansas, Nebraska, New York, Oregon, and Virginia\n\n"
        "B  Georgia, Iowa, Louisiana\n\n"
        "C  Alabama\n\n"
        "B- Delaware, Hawaii, and N")


def _wins() -> dict[str, tuple]:
    return {a.city: (a.award, a.year, a.category) for a in extract_text(TEXT).awards}


def test_every_state_on_a_grade_line_wins_that_grade():
    wins = _wins()
    assert wins["Michigan"] == ("Digital States Survey", 2012, "A")
    assert wins["New York"] == ("Digital States Survey", 2012, "B+")
    assert wins["Iowa"] == ("Digital States Survey", 2012, "B")


def test_a_line_cut_at_the_end_of_the_text_counts_for_what_is_there():
    assert _wins()["Hawaii"][2] == "B-"


def test_a_low_grade_is_the_states_result_in_the_survey_too():
    assert _wins()["Alabama"][2].startswith(("C", "D"))


def test_states_in_a_list_of_states_are_no_cities():
    assert {c.name for c in extract_text(TEXT).cities} == set()
