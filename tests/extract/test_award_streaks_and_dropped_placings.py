"""Awards: streaks over a survey's whole life, winning a category, and placings a place fell out of."""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from kg.extract.streaks import find_streaks, survey_edition


def _record(text: str):
    return extract_text(text)


def _wins(text: str) -> dict[tuple[str, int], tuple]:
    return {(a.city, a.year): (a.rank, a.category, a.streak) for a in _record(text).awards}


@pytest.mark.parametrize("phrase, length", [
    ("it has ranked in the top 10 in all five years the survey has been conducted", 5),
    ("in each of the ranking's eight years", 8),
    ("for all 11 years since the program began", 11),
    ("every year since the award was first created in 2012", 9),
])
def test_a_run_over_the_surveys_whole_life_is_a_streak(phrase, length):
    assert [s.length for s in find_streaks(phrase, year=2020)] == [length]


def test_every_year_since_the_survey_began_takes_the_edition():
    assert survey_edition("the ninth annual Digital Counties Survey, released today") == 9
    assert survey_edition("The competition, now in its 14th year, honors ...") == 14
    assert [s.length for s in find_streaks("every year since the survey began", year=2020, edition=9)] == [9]
    assert find_streaks("every year since the survey began", year=2020) == []


def test_whole_life_streak_infers_the_years_not_stated():
    text = ("Published Sept. 9, 2015\nDULUTH, Minn. -- Washtenaw County finished third among counties of 250,000 "
            "to 499,999 in the 2015 Digital Counties Survey. Washtenaw County ranked first in that category in "
            "2013, and it has placed in the top 10 in all five years the survey has been conducted.")
    rec = _record(text)
    got = {(a.city, a.year): (a.rank, a.category, a.streak) for a in rec.awards}
    assert got[("Washtenaw County", 2015)] == (3, "250,000-499,999", 5)
    assert got[("Washtenaw County", 2013)][0] == 1
    assert sorted(i.year for i in rec.inferred_awards) == [2011, 2012, 2014]


_DCS = ("Published Oct. 2, 2016\nDAYTON, Ohio -- Raleigh, N.C., ranked first among cities of 250,000 or more "
        "in the 2016 Digital Cities Survey. {}")


@pytest.mark.parametrize("sentence, earlier", [
    ("Madison, Wis., which won the category in 2014, finished fourth.", 2014),
    ("Lexington, Ky., which took that bracket last year, placed third.", 2015),
    ("Madison, Wis., which topped the same category in 2013, came in sixth.", 2013),
])
def test_winning_the_category_in_a_relative_clause_is_that_years_first_place(sentence, earlier):
    got = _wins(_DCS.format(sentence))
    who = sentence.split(",")[0]
    now = {"Madison": 4, "Lexington": 3}.get(who) if "sixth" not in sentence else 6
    assert got[(who, 2016)][:2] == (now, "250,000 or more")
    assert got[(who, earlier)][:2] == (1, "250,000 or more")


@pytest.mark.parametrize("sentence", [
    "Boise, Idaho, last year's No. 1 among cities of 125,000 to 249,999, fell outside this year's top five.",
    "Boise, Idaho, last year's first-place city in the 125,000-249,999 group, dropped out of the top 10.",
    "Boise, Idaho, which placed first among cities of 125,000 to 249,999 last year, slipped out of the top five "
    "this year.",
])
def test_falling_outside_the_top_n_is_no_award_this_year(sentence):
    got = _wins(_DCS.format(sentence))
    assert ("Boise", 2016) not in got
    assert got[("Boise", 2015)][:2] == (1, "125,000-249,999")
    assert got[("Raleigh", 2016)][:2] == (1, "250,000 or more")


def test_a_named_day_counts_years():
    from kg.extract.streaks import find_streaks

    assert [s.length for s in find_streaks("celebrating their 50th consecutive Arbor Day as a Tree City")] == [50]
    assert find_streaks("for the second consecutive day, rain fell") == []


def test_holding_on_to_the_number_one_position_is_first_place():
    from kg.extract import extract_text

    text = ("Tampa, Fla., Fort Wayne, Ind., and Roanoke, Va., are the most digital-savvy cities in the nation, "
            "according to the 2003 Digital Cities Survey.\n\nRoanoke holds on to the number-one position for the "
            "third year in a row in the population category of 75,000-125,000.")
    wins = {(a.city, a.year, a.rank, a.streak) for a in extract_text(text).awards}
    assert ("Roanoke", 2003, 1, 3) in wins


def test_a_move_from_a_placing_in_a_stated_year_is_that_years_placing():
    from kg.extract import extract_text

    text = ("Tampa, Fla., Fort Wayne, Ind., and Roanoke, Va., are the most digital-savvy cities in the nation, "
            "according to the 2003 Digital Cities Survey.\n\nFort Wayne moves up two notches from third in 2002 to "
            "First place in the population category of 125,000-249,999.")
    wins = {(a.city, a.year, a.rank) for a in extract_text(text).awards}
    assert {("Fort Wayne", 2003, 1), ("Fort Wayne", 2002, 3)} <= wins


def test_retaining_a_placing_from_an_earlier_survey_is_that_placing_then_and_now():
    from kg.extract import extract_text

    text = ("Tampa, Fla., and Roanoke, Va., are the most digital-savvy cities in the nation, according to the "
            "2003 Digital Cities Survey.\n\nTampa retains its First-place ranking from the 2002 survey in the "
            "population category of 250,000 or more.")
    wins = {(a.city, a.year, a.rank) for a in extract_text(text).awards}
    assert {("Tampa", 2003, 1), ("Tampa", 2002, 1)} <= wins


def test_a_yearly_honour_received_for_the_past_years_is_a_streak_and_taking_part_is_not():
    from kg.extract.streaks import find_streaks

    assert [(s.length, s.phrase) for s in find_streaks(
        "Westfield has received an annual Tree City Award for the past 9 years.")] == [(9, "past 9 years")]
    assert find_streaks("Massachusetts has participated in the Tree City USA Program for the past 30 years.") == []


def test_the_financial_reporting_certificate_written_short():
    from kg.extract import extract_text

    text = ("Pierce County has received the Certificate of Achievement in Financial Reporting from the Government "
            "Finance Officers Association of the United States and Canada for the 18th consecutive year.")
    wins = [(a.city, a.award, a.streak) for a in extract_text(text).awards]
    assert wins == [("Pierce County", "Certificate of Achievement for Excellence in Financial Reporting", 18)]


def test_in_the_top_ten_since_a_year_is_a_run_to_this_edition():
    from kg.extract import extract_text

    page = ("Honolulu ranks fourth\n\nJune 23, 2006\n\nHonolulu placed fourth in the 2006 Digital Cities Survey and "
            "has been in the top 10 since 2003.\n")
    assert [(a.year, a.rank, a.streak) for a in extract_text(page).awards] == [(2006, 4, 4)]


def test_a_streak_since_a_year_is_the_win_of_the_year_it_runs_to():
    text = ("Chandler Ranked No. 1 Digital City for 2034\n\n"
            "Chandler, Ariz., was ranked No. 1 in the Center for Digital Government's 2034 Digital Cities "
            "Survey of cities with a population of 125,000 to 249,999.\n\n"
            "Chandler has ranked in the top 10 of the center's annual survey every year since 2022, ranging from "
            "second place in 2023 and 2028 to tenth place in 2022.\n")
    rec = extract_text(text)
    streaks = {a.year: a.streak for a in rec.awards if a.city == "Chandler"}
    assert streaks[2034] == 13
    assert streaks[2023] is None and streaks[2028] is None
    assert sorted(a.year for a in rec.inferred_awards) == [y for y in range(2024, 2034) if y != 2028]
