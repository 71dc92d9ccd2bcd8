"""Unlisted series named the ways pages write them: a quoted designation whose closing mark follows a stray space
('named a “Digital Equity Pathfinder ”'), a head that says it honours the places listed under it ("... is thrilled
to honor this year's Digital Equity Pathfinders!"), a ranking owned by its edition's year ("2016’s Best-Run
Cities in America"), which dates it, and a coined name quoted before "rankings" ('the latest "PlayScore"
rankings'), the one award the page names and so its award; a giver certifying places ("X is recognizing nine
cities with certifications") names the certification for itself; a series named short ("Among Leading Harbor Towns")
and with its noun ("the annual Harbor Towns Survey") is named twice, as are its plural and singular forms; a title
may start with "All" ("named All America Cities"); a sentence that defines a name as a competition names it
("Britain in Bloom is a horticultural competition"), and so does a program whose levels places reach ("the Platinum
level of the Walk Friendly Communities program")."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.award_names import written_awards


def test_a_quoted_designation_with_a_space_before_its_closing_mark():
    text = "Being named a “Digital Equity Pathfinder ” has been a coveted honor since 2016."
    assert [n for _a, _b, n in written_awards(text)] == ["Digital Equity Pathfinder"]


def test_a_head_that_honours_the_places_listed_under_it():
    text = ("The Broadband Access Network is thrilled to honor this year's Digital Equity Pathfinders!\n\n"
            "City of Austin, TX\n\nCity of Boston, MA\n\nCuyahoga County, OH\n\nCity of Provo, UT\n\n"
            "2022 saw a record number of submissions. Being named a “Digital Equity Pathfinder” is a coveted honor.")
    wins = {(a.city, a.year) for a in extract_text(text).awards}
    assert {("Austin", 2022), ("Boston", 2022), ("Cuyahoga County", 2022), ("Provo", 2022)} <= wins


def test_a_ranking_owned_by_its_year_is_that_year_s():
    text = ("Analysts looked at 150 towns and their upkeep for 2016’s Best-Kept Towns in America.\n\n"
            "Top 5 Best-Kept Towns in America\n1 Boise, ID\n2 Nampa, ID\n3 Provo, UT\n4 Missoula, MT\n"
            "5 Fargo, ND\n")
    assert (text.index("Best-Kept"), text.index(" in America"), "Best-Kept Towns") in written_awards(text)
    wins = {(a.city, a.award, a.year, a.rank) for a in extract_text(text).awards}
    assert {("Boise", "Best-Kept Towns", 2016, 1), ("Fargo", "Best-Kept Towns", 2016, 5)} <= wins


_QUOTED_COINED = ("A reporter looks at the latest \"PlayScore\" rankings released by the Trust for Play Spaces (TPS), "
                  "which ranks the fifty largest cities by their playgrounds.\n"
                  "\"Here is this year's Top 5, which differs from last year,\" she notes:\n"
                  "- 1. Minneapolis\n- 2. New York\n- 3. Boston (tie)\n- 3. Sacramento\n- 5. San Francisco\n")


def test_a_quoted_coined_ranking_named_once_is_the_page_s_award():
    assert [n for _a, _b, n in written_awards(_QUOTED_COINED)] == ["PlayScore"]
    wins = {(a.city, a.award, a.rank) for a in extract_text(_QUOTED_COINED).awards}
    assert {("Minneapolis", "PlayScore", 1), ("Boston", "PlayScore", 3), ("Sacramento", "PlayScore", 3),
            ("San Francisco", "PlayScore", 5)} <= wins


def test_a_giver_certifying_places_names_its_certification():
    text = ("Data Smart Towns , the foundation-funded initiative to help U.S. towns with their data practices, is "
            "announcing its first certifications.\n\nAt the Mayors' Winter Meeting, Data Smart Towns is "
            "recognizing nine cities with certifications. One city, Tulsa, achieved a gold rating. The others, "
            "Omaha and Boise, achieved a silver rating.")
    assert [n for _a, _b, n in written_awards(text)] == ["Data Smart Towns Certification"] * 2
    wins = {(a.city, a.award, a.category) for a in extract_text(text).awards}
    assert {("Tulsa", "Data Smart Towns Certification", "Gold"),
            ("Omaha", "Data Smart Towns Certification", "Silver")} <= wins


def test_a_series_named_short_in_the_headline_and_with_its_noun_below_is_one():
    text = ("Lakeside, Hilltop, And Riverside Among Leading Harbor Towns\n\n"
            "The Harbor Institute (THI) has honored a number of Oregon towns for their clean waters this year.\n\n"
            "The THI’s annual Harbor Towns Survey ranks towns by the state of their waterfronts. And, this year, the "
            "towns of Lakeside and Hilltop received high rankings in their respective categories.\n\n"
            "For towns with a population of 50,000 or more, Lakeside, Oregon took the #3 spot.\n")
    assert ("Lakeside", "Harbor Towns Survey", 3, "50,000 or more") in {
        (a.city, a.award, a.rank, a.category) for a in extract_text(text).awards}


def test_a_title_whose_name_starts_with_all():
    from kg.extract.award_names import find_titles
    text = "Ten towns have been named All Harbor Cities in the annual competition sponsored by the Harbor League."
    assert [t for _a, _b, t in find_titles(text)] == ["All Harbor City"]
    assert find_titles("Ten towns were named All Cities of the region.") == []


def test_a_sentence_that_defines_a_name_as_a_competition_names_the_page_s_award():
    text = ("Harbor in Bloom\nFrom the encyclopedia\n"
            "Harbor in Bloom is a horticultural competition in the United Kingdom. It was first held in 1963.\n"
            "[edit] Winners\n[edit] 2005\n- Large City: Cardiff\n- City: Derry\n- Town: Hexham\n"
            "- Small Town: Garstang\n")
    wins = {(a.city, a.award, a.year, a.category) for a in extract_text(text).awards}
    assert {("Cardiff", "Harbor in Bloom", 2005, "Large City"), ("Hexham", "Harbor in Bloom", 2005, "Town")} <= wins


def test_plural_and_singular_forms_of_a_series_share_its_key():
    from kg.extract.awards import _series_key, _without_noun
    assert _series_key("Hiking Friendly Communities") == _series_key("Hiking Friendly Community")
    assert _without_noun("Hiking Friendly Community Award") == _without_noun("Hiking Friendly Communities")


def test_a_program_whose_levels_places_reach_is_an_honour():
    from kg.extract.award_names import recognition_programs
    text = ("Lakeside and Hilltop were enshrined into the Platinum level of the Trail Friendly Towns program, "
            "joining three other towns.")
    assert [n for _a, _b, n in recognition_programs(text)] == ["Trail Friendly Towns"]
