"""A page that names a known award by the last words of its name ("the top 10 fittest American cities in this
Fitness Index are:") names the known award; words that name no award alone ("Cities Survey") do not; and a ranked
list numbered "1.)" is a ranked list."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.award_context import known_by_tail
from kg.extract.award_lists import list_items

_TEXT = (
    "The top 10 fittest American cities in the 2024 Fitness Index\n\n"
    "The ACSM has teamed up with the Elevance Health Foundation to deliver the Fitness Index.\n"
    "Without further ado, the top 10 fittest American cities in this Fitness Index are:\n"
    "City | Personal Health Rank | Community Environment Rank |\n"
    "1.) Arlington, Virginia | 1 | 1 |\n"
    "2.) Washington, D.C. | 5 | 4 |\n"
    "3.) Seattle, Washington | 3 | 9 |\n"
    "\nThese cities have also made the top of previous rankings.\n"
)


def test_the_tail_of_one_known_name_is_that_award():
    assert known_by_tail("Fitness Index") == "American Fitness Index"
    assert known_by_tail("Equality Index") == "Municipal Equality Index"


def test_words_that_name_no_award_alone_are_no_tail():
    assert known_by_tail("Cities Survey") is None
    assert known_by_tail("Index") is None


def test_a_list_numbered_with_dot_and_parenthesis_is_ranked():
    assert [i[2] for i in list_items("1.) Arlington, Virginia | 1 | 1 |")] == [1]


def test_a_ranked_list_under_a_short_name_wins_the_known_award():
    got = {(a.city, a.award, a.rank) for a in extract_text(_TEXT).awards}
    assert {("Arlington", "American Fitness Index", 1), ("Seattle", "American Fitness Index", 3)} <= got
