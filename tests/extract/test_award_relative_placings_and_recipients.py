"""Awards: earlier placings (climbs, "up from", "when" clauses), who "the city" is, and short award names."""

from __future__ import annotations

import pytest

from kg.extract import extract_text


def _record(text: str):
    return extract_text(text)


def _wins(text: str) -> dict[tuple[str, int], tuple]:
    return {(a.city, a.year): (a.rank, a.category, a.streak) for a in _record(text).awards}


_DCS = ("Published Oct. 3, 2019\nSALEM, Ore. – The City of Salem has been ranked third among cities with "
        "populations of 125,000 to 249,999 in the 2019 Digital Cities Survey. {}")


@pytest.mark.parametrize("sentence, before", [
    ("It is the fourth straight year Salem has made the top 10 of its bracket, and a three-place jump from 2018, "
     "when the city came in sixth.", 6),
    ("This marks the fourth straight year Salem has landed in the top 10, a two-spot climb from 2018, "
     "when it placed fifth.", 5),
])
def test_a_streak_before_a_when_clause_belongs_to_this_years_win(sentence, before):
    rec = _record(_DCS.format(sentence))
    got = {(a.city, a.year): (a.rank, a.category, a.streak) for a in rec.awards}
    assert got[("Salem", 2019)] == (3, "125,000-249,999", 4)
    assert got[("Salem", 2018)] == (before, "125,000-249,999", None)
    assert sorted(i.year for i in rec.inferred_awards) == [2016, 2017]


def test_a_spot_climb_from_a_year_states_that_years_rank():
    got = _wins(_DCS.format("Salem also finished fifth in 2017 and has climbed since.").replace(
        "in the 2019 Digital Cities Survey.", "in the 2019 Digital Cities Survey, a two-spot climb from 2018."))
    assert got[("Salem", 2018)][0] == 5


@pytest.mark.parametrize("sentence", [
    "The city moved up from eighth place in the same category last year.",
    "The city improved from eighth in the same bracket a year earlier.",
    "Salem climbed from eighth place the year before.",
    "The city rose from No. 8 last year.",
])
def test_a_standalone_up_from_is_last_years_placing(sentence):
    got = _wins(_DCS.format(sentence))
    assert got[("Salem", 2019)][:2] == (3, "125,000-249,999")
    assert got[("Salem", 2018)] == (8, "125,000-249,999", None)


def test_up_from_with_a_stated_year():
    got = _wins(_DCS.format("The city moved up from eighth place in 2017."))
    assert got[("Salem", 2017)][0] == 8
    assert ("Salem", 2018) not in got


def test_climbed_from_to_is_still_the_placing_now():
    got = _wins("Published Oct. 3, 2019\nSALEM, Ore. – In the 2019 Digital Cities Survey, Salem climbed from ninth "
                "to fourth among cities with populations of 125,000 to 249,999.")
    assert got[("Salem", 2019)][0] == 4


_TWO = ("Published Nov. 9, 2023\nTEMPE, Ariz. — Two neighbors made the national rankings.\n\n"
        "Tempe finished fourth among cities with 125,000 to 249,999 residents in the 2023 Digital Cities Survey, "
        "and Gilbert placed second among cities of 250,000 to 499,999.\n\n{}\n")


@pytest.mark.parametrize("para", [
    "Gilbert has reason to celebrate. The city placed seventh in the same category in 2022.",
    "As for Gilbert, it is a big jump. The city was ranked seventh in 2022.",
])
def test_the_city_is_the_place_its_paragraph_is_about(para):
    got = _wins(_TWO.format(para))
    assert got[("Gilbert", 2022)][:2] == (7, "250,000-499,999")
    assert ("Tempe", 2022) not in got


def test_the_city_is_the_main_place_when_the_paragraph_names_two():
    got = _wins(_TWO.format("Both Gilbert and Tempe were honored at the summit. The city placed ninth in 2022."))
    assert ("Gilbert", 2022) not in got


def test_a_fact_box_row_gives_rank_bracket_and_an_earlier_placing_in_brackets():
    got = _wins("Published Nov. 9, 2023\nTEMPE, Ariz. — Two neighbors made the 2023 Digital Cities Survey.\n\n"
                "Where they ranked\n\nTempe, Ariz.: 4th, 125,000–249,999 population (9th in 2022)\n\n"
                "Gilbert, Ariz.: 2nd, 250,000–499,999 population (No. 5 last year)\n")
    assert got[("Tempe", 2023)][:2] == (4, "125,000-249,999")
    assert got[("Tempe", 2022)][:2] == (9, "125,000-249,999")
    assert got[("Gilbert", 2023)][:2] == (2, "250,000-499,999")
    assert got[("Gilbert", 2022)][:2] == (5, "250,000-499,999")


def test_a_county_named_without_county_keeps_its_placing():
    got = _wins("Published July 20, 2021\nThe Rowan County Board of Commissioners announced the results. "
                "Rowan placed 6th among counties with populations of 50,000 to 149,999 in the 2021 Digital Counties "
                "Survey, conducted by the Center for Digital Government.")
    assert got[("Rowan County", 2021)][:2] == (6, "50,000-149,999")


def test_a_bare_county_stem_that_is_not_a_placing_subject_is_no_recipient():
    got = _wins("Published July 20, 2021\nRowan County placed 6th among counties with populations of 50,000 to "
                "149,999 in the 2021 Digital Counties Survey. Rowan residents use the portal daily.")
    assert set(got) == {("Rowan County", 2021)}


@pytest.mark.parametrize("sentence", [
    "NACo gave the county a 2020 Achievement Award in the Parks and Recreation category for its trail finder.",
    "The National Association of Counties presented the county with one of its 2020 Achievement Awards in the "
    "Parks and Recreation category.",
    "NACo has awarded Rowan County a 2020 Achievement Award in the Parks and Recreation category.",
])
def test_an_award_written_short_given_by_its_organiser(sentence):
    rec = _record("Published Aug. 4, 2020\nSALISBURY, N.C. — Rowan County picked up national honors this year. "
                  + sentence)
    got = {(a.city, a.award, a.year): a.category for a in rec.awards}
    assert got == {("Rowan County", "NACo Achievement Awards", 2020): "Parks and Recreation"}


def test_a_short_award_name_without_its_organiser_giving_it_is_no_award():
    rec = _record("Published Aug. 4, 2020\nSALISBURY, N.C. — Rowan County gave its staff an Achievement Award "
                  "for outstanding service.")
    assert not [a for a in rec.awards if a.award == "NACo Achievement Awards"]


def test_the_old_award_name_folds_onto_the_canonical_one():
    from kg.rdf.names import canonical_award

    assert canonical_award("Achievement Awards") == "NACo Achievement Awards"
    assert canonical_award("NACo Achievement Award") == "NACo Achievement Awards"


def test_after_placing_last_year_is_last_years_placing():
    got = _wins(_DCS.format("The city moved into the top three after placing seventh last year."))
    assert got[("Salem", 2018)][0] == 7
    assert got[("Salem", 2019)][:2] == (3, "125,000-249,999")


def test_a_counted_plural_stands_for_the_places_the_sentence_before_named():
    from kg.extract import extract_text

    text = ("July 2, 2031 - Kern County, Calif.; Polk County, Fla.; and Lee County, Fla. swept the 2031 Digital "
            "Counties Survey. The three counties took first place in their respective population categories.")
    assert {(a.city, a.rank) for a in extract_text(text).awards} == {
        ("Kern County", 1), ("Polk County", 1), ("Lee County", 1)}


def test_a_counted_plural_that_does_not_match_the_places_named_is_left_alone():
    from kg.extract import extract_text

    text = ("July 2, 2031 - Kern County, Calif. and Polk County, Fla. swept the 2031 Digital Counties Survey. "
            "The three counties took first place in their respective population categories.")
    # "the three counties" is not these two: their first places are not read (the linker may still read the
    # sweep itself as a win, with no placing)
    assert all(a.rank is None and a.category is None for a in extract_text(text).awards)


def test_the_place_an_official_serves_or_a_headquarters_stands_in_wins_nothing():
    from kg.extract import extract_text

    text = ("May 2, 2031 – Eugene, Ore., earned What Works Cities certification, said the foundation's founder "
            "and three-term Mayor of Tulsa. The forum named its winners from its Boise headquarters.")
    assert {a.city for a in extract_text(text).awards} == {"Eugene"}


def test_placings_in_parentheses_earning_an_ordinal_and_a_category_won_by():
    text = ("Seven CA Counties Receive Awards Following the Annual Digital Counties Survey\n\n"
            "Five of California's award-winning counties were in the survey's largest category, 500,000 or more "
            "population.\n\nOther large counties receiving recognition include, Sacramento County (3rd), County of "
            "Alameda (7th), and County of Ventura (10th).\n\nThe smaller counties receiving awards were Sonoma County "
            "earning 3rd in the 250,000-499,999 population category.\n\nThe smallest population category, under "
            "150,000 population, was won by Nevada County, Calif.\n")
    wins = {a.city: (a.rank, a.category) for a in extract_text(text).awards}
    assert wins["Sacramento County"] == (3, "500,000 or more")
    assert wins["Ventura County"] == (10, "500,000 or more")
    assert wins["Sonoma County"] == (3, "250,000-499,999")
    assert wins["Nevada County"][0] == 1


def test_a_county_named_without_county_previously_ranked():
    text = ("CONCORD – Cabarrus County ranked sixth on the 2016 Digital Counties Survey in its population category."
            "\n\nCabarrus previously ranked eighth in 2012 and 2013.\n")
    got = {(a.year, a.rank) for a in extract_text(text).awards}
    assert {(2012, 8), (2013, 8)} <= got


def test_a_page_that_ranks_places_with_a_bare_number_after_them():
    text = ("New York topped the 12th annual Innovation Cities Index on Tuesday.\n\n"
            "Rising Singapore (5) saw off a resurgent Paris (6). Dallas (13), Houston (17) and Austin (34) shone for "
            "the Lone Star State.\n")
    ranks = {a.city: a.rank for a in extract_text(text).awards}
    assert ranks == {"New York": 1, "Singapore": 5, "Paris": 6, "Dallas": 13, "Houston": 17, "Austin": 34}


def test_one_number_in_parentheses_is_no_ranking():
    text = ("Springfield won the 2020 All-America City Award.\n\nThe city's parks (12) and libraries (3) were "
            "cited, as was Riverton (5).\n")
    assert {a.city for a in extract_text(text).awards} == {"Springfield"}


def test_the_places_a_first_place_is_followed_by_take_the_next_ranks():
    from kg.extract import extract_text

    text = ("June 23, 2019\n\nIn the Digital Cities Survey, Honolulu, Hawaii, took first, followed by Fresno, "
            "Calif., and Madison, Wis.")
    assert {(a.city, a.rank) for a in extract_text(text).awards} == {("Honolulu", 1), ("Fresno", 2), ("Madison", 3)}


def test_places_named_as_those_ahead_take_no_placing_and_the_anaphor_keeps_it():
    from kg.extract import extract_text

    text = ("Honolulu wins Digital Cities award\n\nJune 23, 2019\n\nHonolulu placed first in the 250,000 or more "
            "category of the 2019 Digital Cities Survey. Last year, the city placed third, behind Fresno and Madison.")
    wins = {(a.city, a.year, a.rank) for a in extract_text(text).awards}
    assert wins == {("Honolulu", 2019, 1), ("Honolulu", 2018, 3)}
