"""A ranking named in lower case by its superlative ("a new ranking of Ohio's safest cities"), the towns of a
prose run of placings ("Hudson in second place, Solon in third"), and a town written "the town of X"."""

from __future__ import annotations

from kg.extract import extract_text


def _wins(text: str) -> set[tuple]:
    return {(a.city, a.award, a.year, a.rank) for a in extract_text(text).awards}


def test_a_lower_case_superlative_ranking_is_the_page_s_honour_and_its_run_of_placings_ranks_towns():
    text = (" date 2021-03-02 Summit County towns led a new ranking of Ohio's safest cities published by a "
            "home security group.\n\nFive towns made the top 10: Hudson in second place, Solon in third, Twinsburg "
            "in fourth, Macedonia in sixth and Stow in ninth. The town of Aurora placed first.")
    wins = _wins(text)
    assert {("Hudson", "Safest Cities", 2021, 2), ("Solon", "Safest Cities", 2021, 3),
            ("Twinsburg", "Safest Cities", 2021, 4), ("Stow", "Safest Cities", 2021, 9)} <= wins
    assert ("Aurora", "Safest Cities", 2021, 1) in wins


def test_one_of_the_safest_cities_describes_and_ranks_nothing():
    text = " date 2021-03-02 Hudson, Ohio, is one of the safest cities in the region, the police chief said."
    assert not _wins(text)


def test_a_list_of_the_country_s_safest_small_towns_names_the_ranking():
    from kg.extract.award_names import written_awards

    found = [n for _a, _b, n in written_awards("Two towns made a list of the country's 10 safest small towns.")]
    assert found == ["Safest Small Towns"]


def test_the_intro_of_a_top_list_names_its_ranking():
    text = ("The top 5 best places for 2018 are:\n1. Austin, Texas\n2. Colorado Springs, Colorado\n"
            "3. Denver, Colorado\n4. Des Moines, Iowa\n5. Fayetteville, Arkansas\n")
    wins = {(a.city, a.award, a.rank) for a in extract_text(text).awards}
    assert {("Austin", "Best Places", 1), ("Denver", "Best Places", 3), ("Fayetteville", "Best Places", 5)} <= wins


def test_a_ranking_titled_with_its_scope_and_edition_dates_its_list():
    text = ("The 10 best places to live in America in 2016\n\nMONEY's annual list ranks communities.\n\n"
            "10. Naperville, Ill.\n\nNaperville's charm doesn't come cheap.\n\n9. Beaverton, Ore.\n\n"
            "Beaverton's prime selling points are its schools.\n")
    wins = {(a.city, a.year, a.rank) for a in extract_text(text).awards}
    assert {("Naperville", 2016, 10), ("Beaverton", 2016, 9)} <= wins
