"""Surveys named as a ranking ("the 2020 ranking of Digital Cities", "the No. 1 digital county"), a
superlative with a hyphen ("the best-run city"), a bracket given by both bounds in words, and award
holders written with their country before the year; a counted ranking with an aside in parentheses ("the 10 best
places (out of the 300 biggest metro areas) to live"), over a list whose place the page wrapped onto two lines."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.award_names import written_awards


def _wins(text: str) -> set[tuple]:
    return {(a.city, a.award, a.year, a.rank, a.category) for a in extract_text(text).awards}


def test_a_ranking_of_digital_cities_is_the_survey():
    text = ("The City of Sugar Land recently topped the list of cities ranging in populations from 75,000-124,999 "
            "in the 2020 ranking of Digital Cities by the Center for Digital Government (CDG).")
    assert ("Sugar Land", "Digital Cities Survey", 2020, 1, "75,000-124,999") in _wins(text)


def test_the_no_1_digital_county_with_its_bracket_in_words():
    text = ("Westchester County has been ranked the No. 1 digital county in the United States.\n"
            "The recognition applies to counties with more than 500,000 but fewer than 1 million residents.\n"
            "The distinction was awarded by the Center for Digital Government and the National Association of "
            "Counties.")
    assert ("Westchester County", "Digital Counties Survey", None, 1, "500,000-999,999") in _wins(text)


def test_the_best_run_city_is_first():
    text = " date 2025-06-17\n\nProvo, Utah, ranks as the best-run city in the U.S., according to the WalletHub study."
    assert ("Provo", "Best-Run Cities", 2025, 1, None) in _wins(text)


def test_holders_written_with_their_country_each_take_their_year():
    text = ("The title of European Green Capital is awarded every year. Stockholm, Sweden won the inaugural "
            "title, followed by Hamburg, Germany (2011); Nantes, France (2013); Copenhagen, Denmark (2014); "
            "and Nijmegen, Netherlands (2018).")
    wins = {(c, y) for c, a, y, _r, _k in _wins(text) if a == "European Green Capital"}
    assert {("Hamburg", 2011), ("Nantes", 2013), ("Copenhagen", 2014), ("Nijmegen", 2018)} <= wins


def test_a_list_named_top_digital_cities_is_the_survey():
    text = ("The Center for Digital Government named its Top Digital Cities in America for 2009 and Norfolk was "
            "named the number one city in its category (125,000 - 249,999 population).")
    assert {a.award for a in extract_text(text).awards} == {"Digital Cities Survey"}


def test_top_places_to_live_counted_or_placed_is_the_best_places_to_live():
    text = (" date 2019-09-10\n\nSalem, Ore. has been named the top place to live in the country. Here are the top 5 "
            "places to live, according to the annual ranking:\n\n  1. Salem, Ore.\n\n  2. Tulsa, Okla.\n\n"
            "  3. Omaha, Neb.\n\n  4. Dayton, Ohio\n\n  5. Boise, Idaho\n")
    got = _wins(text)
    assert {(c, r) for c, _a, _y, r, _cat in got} == {("Salem", 1), ("Tulsa", 2), ("Omaha", 3), ("Dayton", 4),
                                                      ("Boise", 5)}
    assert {a for _c, a, _y, _r, _cat in got} == {"Best Places to Live"}


def test_one_of_the_top_places_to_live_names_no_ranking():
    from kg.extract.award_names import written_awards

    assert written_awards("Boulder is one of the top places to live in the state.") == ()
    assert [n for _a, _b, n in written_awards("Top 10 cities to retire:")] == ["Best Cities to Retire"]


def test_a_ranking_s_length_is_not_part_of_its_name():
    assert [n for _a, _b, n in written_awards("U.S. News ranked the 250 Best Places To Live in 2025.")] == \
        ["Best Places to Live"]
    assert [n for _a, _b, n in written_awards("named one of the 100 Best Communities for Young People")] == \
        ["100 Best Communities for Young People"]  # a known series whose name holds its count


_ASIDE = ("Metro Musts\n\nJune 30, 1996\n\nHere, according to Money magazine's 10th annual survey, are the 10 best "
          "places (out of the 300 biggest U.S. metropolitan areas) to live in America:\n\n1. Madison, Wis.\n\n"
          "2. Punta Gorda, Fla.\n\n3. Ft. Myers/Cape\n\nCoral, Fla.\n\n4. Gainesville, Fla.\n")


def test_a_counted_ranking_with_an_aside_in_parentheses_names_its_list():
    assert [n for _a, _b, n in written_awards(_ASIDE.split("\n\n")[2])] == ["Best Places to Live"]
    wins = _wins(_ASIDE)
    assert {("Madison", "Best Places to Live", 1996, 1, None), ("Punta Gorda", "Best Places to Live", 1996, 2, None)} \
        <= wins


def test_the_end_of_a_wrapped_place_is_no_category_of_the_rows_after_it():
    assert ("Gainesville", "Best Places to Live", 1996, 4, None) in _wins(_ASIDE)
