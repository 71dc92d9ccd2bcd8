"""Grades of earlier surveys are their survey's awards: what a state rose from, written with that survey's year
("bumped up from a B+ grade in 2012", "an improvement from the last survey in 2016, when the state received an A-"),
and a state's card of grades ("2018 Grade: C+" / "2016 Grade: C+" over the paragraph about it); a grade risen
from with no year stays no award."""

from __future__ import annotations

from kg.extract import extract_text


def grades(text: str) -> set[tuple]:
    return {(a.city, a.year, a.category) for a in extract_text(text, doc_id="t").awards}


def test_bumped_up_from_a_grade_in_a_year():
    text = ("Sept 3, 2034. Three states received an A grade in the 2034 Digital States Survey as Michigan and Utah "
            "are now joined in the top echelon by Missouri, bumped up from a B+ grade in 2032.")
    assert grades(text) == {("Michigan", 2034, "A"), ("Utah", 2034, "A"), ("Missouri", 2034, "A"),
                            ("Missouri", 2032, "B+")}


def test_an_improvement_from_the_last_survey():
    text = ("Oct 1, 2034. The state of Georgia has received a letter grade of A in the 2034 Digital States Survey. "
            "Georgia's letter grade of A is an improvement from the last survey in 2032, when the state received an "
            "A-.")
    assert grades(text) == {("Georgia", 2034, "A"), ("Georgia", 2032, "A-")}


def test_rising_from_a_grade_with_no_year():
    text = "Oct 1, 2034. In the 2034 Digital States Survey, Ohio rose from a B to an A."
    assert grades(text) == {("Ohio", 2034, "A")}


def test_a_state_s_card_of_grades():
    text = ("Digital States Survey 2034: Raising the Bar\n\nOctober 2, 2034\n\nC+ States\n\n2034 Grade: C+\n"
            "2032 Grade: B-\nCIO: Ann Roe\n\nAppointed in April 2034, Nevada CIO Ann Roe is at the helm of a number "
            "of statewide initiatives.\n\n2034 Grade: C+\n2032 Grade: C+\n\nIdaho has moved its records online.\n")
    assert grades(text) == {("Nevada", 2034, "C+"), ("Nevada", 2032, "B-"), ("Idaho", 2034, "C+"),
                            ("Idaho", 2032, "C+")}


def test_a_grade_in_both_of_two_surveys():
    text = ('Oct 10, 2034. Michigan ranked among the top states in the 2034 Digital States Survey. Michigan earned "A" '
            "grades in both 2034 and 2032.")
    assert grades(text) == {("Michigan", 2034, "A"), ("Michigan", 2032, "A")}
