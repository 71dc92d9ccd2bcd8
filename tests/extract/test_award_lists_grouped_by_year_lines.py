"""A list grouped under year lines ("The Top7 of 2019" / places / "The Top7 of 2018" / places) gives each
group its own year, and a table whose two columns ran together ("Chicago, Illinois, USA Taoyuan, Taiwan")
gives both places."""

from __future__ import annotations

from kg.extract import extract_text

PAGE = ("The Top7 Intelligent Communities of the Year\n\n"
        "ICF selects a smaller group of honorees to be its Top7 Intelligent Communities of the Year.\n\n"
        "The Top7 of 2019\n\n"
        "Abbotsford, British Columbia, Canada\n"
        "Chicago, Illinois, USA Taoyuan, Taiwan\n"
        "Hudson, Ohio, USA Westerville, Ohio, USA\n\n"
        "The Top7 of 2018\n\n"
        "Espoo, Finland\n"
        "Ipswich, Queensland, Australia\n")


def test_each_group_takes_the_year_of_its_line():
    wins = {(a.city, a.year) for a in extract_text(PAGE).awards if a.award == "Top7 Intelligent Communities"}
    assert {("Abbotsford", 2019), ("Chicago", 2019), ("Hudson", 2019), ("Espoo", 2018), ("Ipswich", 2018)} <= wins
    assert ("Espoo", 2019) not in wins


def test_columns_run_together_give_both_places():
    wins = {a.city for a in extract_text(PAGE).awards}
    assert {"Taoyuan", "Westerville"} <= wins
