"""A number after most places of a list is their score, not their rank ("Dayton, Ohio (100)" on an index
where many places share a perfect score); the head that says which score they earned gives it to them as
their category ("scored 100 on the 2019 HRC MEI"); an index written short or misspelled by its publisher is
still the series ("HRC MEI", "Municipality Equality Index"), and a head saying its places scored on an unlisted
index names its winners; a ranking of cities with the most certified
buildings is the EPA's ENERGY STAR Top Cities; the year a series was inaugurated is no win's year."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.award_context import years_in
from kg.extract.awards import _ranks_in_parentheses


def _wins(text: str) -> set[tuple]:
    return {(a.city, a.award, a.year, a.rank, a.category) for a in extract_text(text).awards}


_SCORED_LIST = ("The Human Rights Campaign rates hundreds of cities each year on their policies.\n\n"
                "These cities scored 100 on the 2019 HRC MEI. Their scores from the previous index are in "
                "parentheses, and cities without one were not rated before.\n\n"
                "Dayton, Ohio (100)\n\n"
                "Madison, Wis. (100)\n\n"
                "Tempe, Ariz. (94)\n\n"
                "Orlando, Fla. (100)\n\n"
                "Providence, R.I. (88)\n")


def test_a_shared_number_after_listed_places_is_a_score_and_the_head_s_score_their_category():
    wins = _wins(_SCORED_LIST)
    assert {("Dayton", "Municipal Equality Index", 2019, None, "100"),
            ("Tempe", "Municipal Equality Index", 2019, None, "100"),
            ("Providence", "Municipal Equality Index", 2019, None, "100")} <= wins
    assert not any(r for _c, _a, _y, r, _k in wins)


def test_numbers_after_places_are_ranks_when_nearly_all_differ():
    assert _ranks_in_parentheses(["3", "11", "7", "1"])
    assert _ranks_in_parentheses(["2", "2", "5", "9"])  # a tie among placings
    assert not _ranks_in_parentheses(["100", "100", "94", "100", "88"])
    assert not _ranks_in_parentheses(["4", "9"])  # two are too few to tell


def test_the_index_written_short_or_misspelled_is_the_series():
    assert {a for _c, a, *_ in _wins("Tucson earned a perfect score on the 2018 Human Rights Campaign MEI.")} \
        == {"Municipal Equality Index"}
    assert {a for _c, a, *_ in _wins("Tucson earned a perfect score on the Municipality Equality Index "
                                     "in 2018.")} == {"Municipal Equality Index"}


def test_a_ranking_of_cities_with_the_most_certified_buildings_is_energy_star_top_cities():
    text = ("The EPA published its yearly list of the top 25 U.S. cities with the most commercial Energy Star "
            "building certifications earned in 2016. Denver, Colo., took first place with 310 certified "
            "buildings.")
    assert {a for _c, a, *_ in _wins(text)} == {"ENERGY STAR Top Cities"}


def test_the_year_a_series_was_inaugurated_is_no_win_s_year():
    assert years_in("The index, inaugurated in 2012, gave Tucson a perfect score.") == []
    assert [y for _p, y in years_in("The award, introduced in 2005 and won by Tucson in 2018.")] == [2018]


def test_a_head_saying_its_places_scored_on_an_unlisted_index_names_winners():
    text = _SCORED_LIST.replace("The Human Rights Campaign rates hundreds of cities each year on their policies.",
                                "Each year, the Harbor Trust issues the Harbor Health Index, a scorecard on cities.")
    text = text.replace("the 2019 HRC MEI", "the 2019 HT HHI")
    assert {("Dayton", "Harbor Health Index", 2019, None, "100"),
            ("Providence", "Harbor Health Index", 2019, None, "100")} <= _wins(text)
