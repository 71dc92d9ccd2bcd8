"""Awards: ranked lists, prose placings, ties, brackets, streaks, inferred wins, and what is not a win."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg import EXAMPLES_DIR
from kg.extract import extract_file, extract_text
from kg.extract.categories import find_categories, format_range
from kg.extract.ranks import find_ranks, number_value, ordinal_value
from kg.extract.streaks import find_streaks


def _awards(text: str) -> list[tuple]:
    rec = extract_text(text)
    return [(a.city, a.award, a.year, a.rank, a.category, a.streak, a.tie) for a in rec.awards]


def _inferred(text: str) -> list[tuple]:
    return [(a.city, a.award, a.year) for a in extract_text(text).inferred_awards]


# -- parsers ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, ranks", [
    ("Long Beach has moved up to sixth place among the nation's largest cities", [(6, False)]),
    ("The city placed 7th in 2013 and finished 9th in that same category in both 2012 and 2011.",
     [(7, False), (9, False)]),
    ("Corpus Christi has been ranked the most digitally advanced city in the U.S.", [(1, False)]),
    ("Virginia Beach was one of five cities knotted at sixth.", [(6, True)]),
    ("Los Angeles shares the No. 2 spot; Philadelphia took first.", [(2, True), (1, False)]),
    ("Roanoke, Va., came out on top, while Macon, Ga., tied Cape Coral, Fla., for seventh", [(1, False), (7, True)]),
    ("El Paso finished in a tie for fourth place among cities with 500,000 or more residents", [(4, True)]),
    ("Winston-Salem tied with Salt Lake City for fifth in the center's 2015 Digital Cities Survey", [(5, True)]),
    ("The city was honored for the first time in 2019.", []),
    ("It is the city's second national prize; Arlington is the first Texas city to be certified", []),
])
def test_ranks_in_real_sentences(sentence: str, ranks: list[tuple[int, bool]]):
    got = [(r.rank, r.tie) for r in find_ranks(sentence) if r.kind != "member"]
    assert got == ranks


@pytest.mark.parametrize("text, value", [
    ("the 250,000-and-over population category", "250,000 or more"),
    ("Cities with more than 250,000 residents", "250,000 or more"),
    ("counties with a population of one million or more", "1,000,000 or more"),
    ("with 1 million or more residents", "1,000,000 or more"),
    ("cities with fewer than 75,000 residents", "less than 75,000"),
    ("Marietta, Ga. (up to 75,000)", "less than 75,000"),
    ("the up-to-150,000 category", "less than 150,000"),
    ("In the 125,000-to-250,000 population bracket", "125,000-249,999"),
    ("Cities with 75,000 to 125,000 residents", "75,000-124,999"),
    ("among counties with 150,000 to 249,999 people", "150,000-249,999"),
    ("San Diego topped this year's 500,000-or-more category", "500,000 or more"),
    ("top-ranked mid-sized cities", "mid-sized"),
])
def test_category_normalisation(text: str, value: str):
    assert [c.value for c in find_categories(text) if c.value][0] == value


def test_money_and_plain_numbers_are_not_brackets():
    assert find_categories("identified more than $7 million in savings") == ()
    assert find_categories("Corpus Christi's population was estimated at 286,462 in 2008.") == ()


@pytest.mark.parametrize("text, length", [
    ("for the fifth year in a row", 5), ("the fourth consecutive year", 4), ("17 consecutive years", 17),
    ("its fourth straight year on the list", 4), ("Four Years Running", 4), ("the 14th consecutive year", 14),
])
def test_streaks(text: str, length: int):
    assert [s.length for s in find_streaks(text)] == [length]


@pytest.mark.parametrize("text", ["won its category four times", "six of the last seven years",
                                  "the 15th anniversary edition", "the 24th annual survey", "Now in its 18th year"])
def test_counts_and_anniversaries_are_not_streaks(text: str):
    assert find_streaks(text) == []


def test_every_year_since():
    (s,) = find_streaks("placed in the top 10 every year since the survey began in 2003", year=2018)
    assert (s.length, s.since) == (16, 2003)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=99))
def test_digit_ordinals_round_trip(n: int):
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    assert ordinal_value(f"{n}{suffix}") == n
    assert [r.rank for r in find_ranks(f"Denton finished {n}{suffix} in its group.")] == [n]


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1000, max_value=5_000_000), st.integers(min_value=1000, max_value=5_000_000))
def test_brackets_round_trip(lo: int, hi: int):
    assert [c.value for c in find_categories(f"cities of {lo:,} or more")] == [format_range(lo, None)]
    assert [c.value for c in find_categories(f"cities with fewer than {hi:,} residents")] == [format_range(None, hi)]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_parsers_never_raise(text: str):
    find_ranks(text)
    find_categories(text)
    find_streaks(text, year=2020)
    number_value(text)
    ordinal_value(text)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["Tampa, Fla.", " placed ", "first", " and ", "(tie)", " No. 2 ", "Miami",
                                 "\n", " in 2019", " 250,000 or more", " Digital Cities Survey", ", ", "."]),
                max_size=25).map("".join))
def test_award_extraction_never_raises(text: str):
    rec = extract_text(text)
    for a in rec.awards:
        assert a.rank is None or a.rank >= 1


# -- documents -----------------------------------------------------------------------

def test_baton_rouge_seed():
    rec = extract_file(EXAMPLES_DIR / "baton-rouge-2019-digital-cities.txt")
    got = {(a.city, a.year, a.rank, a.category, a.streak) for a in rec.awards}
    assert got == {("Baton Rouge", 2019, 5, "mid-sized", 5), ("Norfolk", 2019, None, "mid-sized", None),
                   ("Cape Coral", 2019, None, "mid-sized", None), ("Pasadena", 2019, None, "mid-sized", None)}
    assert {a.award for a in rec.awards} == {"Digital Cities Survey"}
    assert sorted(a.year for a in rec.inferred_awards) == [2015, 2016, 2017, 2018]
    assert rec.inferred_awards[0].why == "fifth year in a row in 2019"
    assert all(a.evidence and a.evidence.sentence for a in rec.awards)


def test_ranked_list_with_category_headings_and_ties():
    text = ("Cities with more than 250,000 residents\n1st – Honolulu, Hawaii\n"
            "2nd (tie) – Chicago, Ill.; New York City, N.Y.; Seattle, Wash.\n\n"
            "Cities with 125,000 to 250,000 residents\n1st – Plano, Texas\n"
            "10th (tie) – Ft. Wayne, Ind.; Lincoln, Neb.\n"
            "\nThe 2001 Digital Cities Survey winners.")
    got = _awards(text)
    assert ("Honolulu", "Digital Cities Survey", 2001, 1, "250,000 or more", None, False) in got
    assert ("New York", "Digital Cities Survey", 2001, 2, "250,000 or more", None, True) in got
    assert ("Fort Wayne", "Digital Cities Survey", 2001, 10, "125,000-249,999", None, True) in got
    assert len(got) == 7


def test_inline_numbered_lists():
    text = ("Posted December 6, 2004\n\nThe 2004 Top 10 Digital Cities rankings follow.\n\n75,000-124,999\n"
            "1. (tie) Denton, Texas, and Ogden, Utah  2. Pueblo, Colo.  3. Santa Monica, Calif.\n\n250,000 or more\n"
            "No. 1 Virginia Beach, Va. | No. 2 Tucson, Ariz. | "
            "No. 10 (tie) Colorado Springs, Colo., and Corpus Christi, Texas")
    got = {(c, r, cat, tie) for c, _a, _y, r, cat, _s, tie in _awards(text)}
    assert ("Denton", 1, "75,000-124,999", True) in got and ("Ogden", 1, "75,000-124,999", True) in got
    assert ("Pueblo", 2, "75,000-124,999", False) in got
    assert ("Corpus Christi", 10, "250,000 or more", True) in got


def test_finalists_and_venue_and_dateline_are_not_winners():
    text = ("SACRAMENTO, Calif., Sept. 19, 2023 – The Center for Digital Government (CDG) today named the winners "
            "of its seventh annual Government Experience Awards. Winners will be honored in Denver.\n\n"
            "Overall County Government Experience\n1st Place – Stafford County, Va.\n"
            "5th Place (tie) – Dutchess County, N.Y.\n5th Place (tie) – Prince William County, Va.\n"
            "Finalists: Albemarle County, Va.; Durham County, N.C.\n")
    got = _awards(text)
    assert {a[0] for a in got} == {"Stafford County", "Dutchess County", "Prince William County"}
    assert ("Dutchess County", "Government Experience Awards", 2023, 5, "Overall County Government Experience",
            None, True) in got


def test_negated_and_earlier_year_mentions():
    text = ("DURHAM, N.C. — Dec. 12, 2002 — Honolulu and Tampa, Fla., tied for the top spot among cities of more "
            "than 250,000 in the Digital Cities Survey. Charlotte and Atlanta, both on the large-city list in 2001, "
            "did not make the 2002 rankings. New York did not make the list.")
    got = _awards(text)
    assert ("Charlotte", "Digital Cities Survey", 2001, None, "250,000 or more", None, False) in got
    assert not [a for a in got if a[0] in ("Charlotte", "Atlanta") and a[2] == 2002]
    assert not [a for a in got if a[0] == "New York"]
    assert ("Tampa", "Digital Cities Survey", 2002, 1, "250,000 or more", None, True) in got


def test_two_streaks_and_founding_year():
    text = ("LONG BEACH, CA – Nov. 18, 2024 – The City of Long Beach has placed first in its population category in "
            "the Digital Cities Survey for the fourth consecutive year. Since the survey began in 2001, no city had "
            "held first place four years straight. The 2024 result also makes Long Beach a Top 10 Digital City for "
            "the 14th consecutive year.\n\nLong Beach competes in the 250,000 to 499,999 population category.\n\n"
            "Eriksen separately accepted the 2024 SoCal CIO Large Enterprise ORBIE Award.")
    assert _awards(text) == [("Long Beach", "Digital Cities Survey", 2024, 1, "250,000-499,999", 14, False)]
    assert sorted(y for _c, _a, y in _inferred(text)) == list(range(2011, 2024))


def test_streak_years_stated_explicitly_are_awards_not_inferred():
    text = ("LOUISVILLE, Ky. — Nov. 4, 2015 — For the fifth year in a row, Louisville Metro Government has landed on "
            "the Center for Digital Government's list of top digital cities, finishing in a tie for second place "
            "among U.S. cities with 250,000 or more people. Los Angeles shares the No. 2 spot; Philadelphia took "
            "first.\nLouisville won the top spot in the same population category in 2012.")
    got = _awards(text)
    assert ("Louisville", "Digital Cities Survey", 2015, 2, "250,000 or more", 5, True) in got
    assert ("Los Angeles", "Digital Cities Survey", 2015, 2, "250,000 or more", None, True) in got
    assert ("Philadelphia", "Digital Cities Survey", 2015, 1, "250,000 or more", None, False) in got
    assert ("Louisville", "Digital Cities Survey", 2012, 1, "250,000 or more", None, False) in got
    assert sorted(y for _c, _a, y in _inferred(text)) == [2011, 2013, 2014]


def test_certification_levels_city_by_city():
    text = ("NEW YORK, N.Y. — April 24, 2019\n\nSeven Cities Earn 2019 What Works Cities Certification\n\n"
            "This year's class: Arlington, Texas; Kansas City, Mo.; and Philadelphia, Pa. Kansas City moved up to "
            "Gold after being certified at Silver in 2018. Arlington was certified at the Silver level.")
    got = {(c, y, cat) for c, _a, y, _r, cat, _s, _t in _awards(text)}
    assert got == {("Arlington", 2019, "Silver"), ("Kansas City", 2019, "Gold"), ("Philadelphia", 2019, None),
                   ("Kansas City", 2018, "Silver")}


def test_categories_of_one_city_and_people_awards():
    text = ("LAFAYETTE, La. – April 4, 2019 – Lafayette picked up two Smart 50 Awards at the Smart Cities Connect "
            "Conference & Expo in Denver, Colo. Lafayette shared the stage with honorees, among them Las Vegas and "
            "Dubai.\n\nLafayette was recognized in two categories:\n\nCommunity Engagement – A sensor network.\n\n"
            "Urban Infrastructure – Lafayette's second award of the night came in this category.\n")
    got = [(c, cat) for c, _a, _y, _r, cat, _s, _t in _awards(text)]
    assert got == [("Lafayette", "Community Engagement"), ("Lafayette", "Urban Infrastructure"),
                   ("Las Vegas", None), ("Dubai", None)]


def test_previous_year_rank_relative_to_this_year():
    text = ("DURHAM, N.C. – November 10, 2016 – One year after placing eighth in the same population category, the "
            "City of Durham has taken first place among cities of 125,000 to 249,999 residents in the 2016 Digital "
            "Cities Survey. Other first-place finishers in 2016 were Los Angeles; Virginia Beach, Va.; "
            "and Tamarac, Fla.")
    got = _awards(text)
    assert ("Durham", "Digital Cities Survey", 2015, 8, "125,000-249,999", None, False) in got
    assert ("Durham", "Digital Cities Survey", 2016, 1, "125,000-249,999", None, False) in got
    assert ("Tamarac", "Digital Cities Survey", 2016, 1, None, None, False) in got


def test_unknown_award_keeps_its_written_name():
    got = _awards("SPRINGFIELD, Ill. — March 3, 2021 — Springfield has won the 2021 Excellence in Open Data Award "
                  "from the Midwest Data Alliance.")
    assert got == [("Springfield", "Excellence in Open Data Award", 2021, None, None, None, False)]


def test_no_award_without_a_signal():
    assert _awards("Louisville has also been selected as a 2013 Code for America partner city.") == []
    assert _awards("The City-Parish recently received a $700,000 federal grant.") == []


def test_dev_award_tuples_match_gold(dev_gold, dev_records):
    for g in dev_gold:
        rec = dev_records[g["id"]]
        got = sorted((a.city, a.award, a.year, a.rank, a.category, a.streak) for a in rec.awards)
        want = sorted((a["city"], a["award"], a["year"], a["rank"], a["category"], a["streak"]) for a in g["awards"])
        assert got == want, g["id"]
        assert sorted(a.year for a in rec.inferred_awards) == sorted(a["year"] for a in g["inferred_awards"]), g["id"]


def test_small_towns_relative_clause_and_survey_year_before_publication():
    text = ("# Wellesley Named a Top Digital Town\n\n*Posted March 3, 2022*\n\n"
            "WELLESLEY, Mass. — The Town of Wellesley earned the No. 5 spot among municipalities with fewer than "
            "30,000 residents in the 2021 Digital Cities Survey.\n\nOther small towns recognized included Brookline, "
            "Mass.; Hanover, N.H.; and St. Paul, Minn., which came in 2nd in the 250,000-499,999 category.\n")
    rec = extract_text(text)
    assert ("Hanover", "NH") in [(c.name, c.state) for c in rec.cities]
    got = {(a.city, a.year, a.rank, a.category) for a in rec.awards}
    assert got == {("Wellesley", 2021, 5, "less than 30,000"), ("Brookline", 2021, None, "less than 30,000"),
                   ("Hanover", 2021, None, "less than 30,000"), ("St. Paul", 2021, 2, "250,000-499,999")}


def test_top_ten_finish_streak_and_last_year():
    text = ("CARY, N.C. (Nov. 10, 2021) – The Town of Cary ranked No. 3 in the 125,000-249,999 population category "
            "of the 2021 Digital Cities Survey, its ninth consecutive top-10 finish. Cary placed sixth last year.\n"
            "Cary was also a finalist for the 2021 Government Experience Awards.")
    got = _awards(text)
    assert got == [("Cary", "Digital Cities Survey", 2021, 3, "125,000-249,999", 9, False),
                   ("Cary", "Digital Cities Survey", 2020, 6, "125,000-249,999", None, False)]
    assert sorted(y for _c, _a, y in _inferred(text)) == list(range(2013, 2020))


def test_rankings_that_are_not_awards():
    text = ("AUSTIN, Texas – Nov. 8, 2022 – Austin placed third in the Digital Cities Survey. The city ranked third "
            "in population growth among large cities last year, and Dallas ranked first for job growth.")
    assert [(a.city, a.year, a.rank) for a in extract_text(text).awards] == [("Austin", 2022, 3)]
