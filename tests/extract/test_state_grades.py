"""A graded survey's wins: the states a clause names take the grade it gives them."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.grades import find_grades


def test_each_clause_pairs_its_states_with_its_grade():
    found = find_grades("Oregon and Iowa earned an A, while Kansas received an A minus and Maine a C.")
    assert [(g.state, g.grade) for g in found] == [("Oregon", "A"), ("Iowa", "A"), ("Kansas", "A minus"),
                                                   ("Maine", "C")]


def test_a_grade_kept_from_an_earlier_survey_is_that_surveys_grade_too():
    (g,) = find_grades("Nevada maintained its A grade from 2030.")
    assert (g.state, g.grade, g.year, g.earlier) == ("Nevada", "A", None, 2030)


def test_graded_states_each_have_the_grade_the_survey_gave_them_low_grades_too():
    text = ("Sept. 20, 2032 – The Center for Digital Government announced the results of its 2032 Digital States "
            "Survey. Oregon and Iowa earned an A, while Kansas received a B+ and Maine a D.")
    wins = {(a.city, a.year, a.category) for a in extract_text(text).awards}
    assert wins == {("Oregon", 2032, "A"), ("Iowa", 2032, "A"), ("Kansas", 2032, "B+"), ("Maine", 2032, "D")}


def test_a_state_department_is_no_state():
    assert find_grades("The Oregon Department of Transportation earned an A.") == []


def test_the_other_states_share_the_grade_the_sentence_before_gave():
    text = ("The state of Georgia has received a letter grade of A in the 2018 Digital States Survey.\n\n"
            "Georgia is one of only five states to receive an A in the 2018 survey. The other states are Michigan, "
            "Missouri, Ohio, and Utah.\n")
    wins = {(a.city, a.year, a.category) for a in extract_text(text).awards}
    assert wins == {(s, 2018, "A") for s in ("Georgia", "Michigan", "Missouri", "Ohio", "Utah")}


def test_the_grade_a_state_rose_from_is_not_its_grade():
    text = ("Oct. 28, 2020 - The Digital States Survey assigns each state a grade. Rhode Island was the most "
            "improved state, rising from a C to a B+.\n")
    assert {(a.city, a.category) for a in extract_text(text).awards} == {("Rhode Island", "B+")}


def test_states_that_maintained_their_grade_held_it_at_the_survey_compared_with():
    from kg.extract import extract_text

    text = ("Oct. 28, 2020 – The Digital States Survey graded every state. Since the last biennial survey in 2018, "
            "grades "
            "improved in 10 states. Arizona moved up to an A- designation and Georgia, Michigan and Utah maintained "
            "their A grade.")
    wins = {(a.city, a.year, a.category) for a in extract_text(text).awards}
    assert {("Georgia", 2018, "A"), ("Utah", 2018, "A"), ("Georgia", 2020, "A")} <= wins
    assert ("Arizona", 2018, "A-") not in wins
