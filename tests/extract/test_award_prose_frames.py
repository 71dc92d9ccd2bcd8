"""Prose frames of a win that real releases use: "is the recipient of the ...", "is one of the 2014 Smart21
Communities", and a placing "down from third in 2016" that dates the earlier placing, not this one."""

from __future__ import annotations

from kg.extract import extract_text


def _wins(text: str) -> set[tuple]:
    return {(a.city, a.award, a.year, a.rank) for a in extract_text(text).awards}


def test_the_recipient_of_a_written_award():
    text = "Kirkland, Wash., is the recipient of the 2020 Excellence in Open Data Award from the Sunlight Foundation."
    assert ("Kirkland", "Excellence in Open Data Award", 2020, None) in _wins(text)


def test_one_of_a_named_group_of_honourees():
    text = "Dayton, Ohio, is one of the 2014 Smart21 Communities, the Intelligent Community Forum announced."
    assert ("Dayton", "Smart21 Communities", 2014, None) in _wins(text)


def test_one_of_a_count_of_places_to_receive_an_award():
    assert ("Austin", "Digital Cities Survey", 2019, None) in _wins(
        "Austin was one of the 10 cities to receive the 2019 Digital Cities Survey award.")
    assert ("Austin", "Tree City USA Growth Award", 2019, None) in _wins(
        "Austin was one of only five cities nationwide to earn the 2019 Tree City USA Growth Award.")
    assert _wins("Boise hopes to be one of the cities to receive the 2019 Tree City USA Growth Award.") == set()


def test_one_of_the_largest_cities_is_no_win():
    assert _wins("Dayton, Ohio, is one of the largest cities in the state.") == set()


def test_a_year_stated_for_the_earlier_placing_is_not_this_ones():
    wins = _wins("Minneapolis ranked ninth in the Digital Cities Survey, down from third in 2016.")
    dcs = "Digital Cities Survey"
    assert wins == {("Minneapolis", dcs, None, 9), ("Minneapolis", dcs, 2016, 3)}


def test_an_award_named_short_takes_the_fuller_name_the_page_writes():
    text = ("Sutter County and 13 others were named as the 2023 CSAC Challenge Award winners.\n"
            "The 2023 Challenge Award recipients include the following:\n"
            "— Los Angeles County: GIS Empowers LA County Vote Center Placement\n")
    names = {a.award for a in extract_text(text).awards}
    assert names == {"CSAC Challenge Award"}


def test_a_headline_verb_before_a_written_award_is_no_part_of_it():
    from kg.extract.award_names import written_awards

    found = [n for _a, _b, n in written_awards("Georgia Trend Recognize Georgia County Excellence Award")]
    assert found == ["Georgia County Excellence Award"]


def test_places_that_applied_compete_hope_or_are_finalists_win_nothing():
    for text in ("Boise, Idaho, has applied for the 2021 What Works Cities Certification.",
                 "Tacoma, Wash., was nominated for the 2019 All-America City Award.",
                 "Omaha, Neb., hopes to join the 2020 Smart 50 Awards winners next year.",
                 "Reno, Nev., was one of 10 finalists for the 2015 Digital Cities Survey's top spot.",
                 "Lakewood, Colo., will compete for the 2023 All-America City Award in Denver in June."):
        assert extract_text(text).awards == [], text


def test_last_years_winners_in_a_later_clause_count_back_from_the_stated_year():
    text = "Applications for the 2022 Smart 50 Awards are due March 1; last year's winners included Austin, Texas."
    assert _wins(text) == {("Austin", "Smart 50 Awards", 2021, None)}


def test_a_level_moved_up_from_keeps_its_year_to_itself():
    wins = {(a.city, a.year, a.category) for a in extract_text(
        "Salt Lake City received a Gold-level Bicycle Friendly Community designation, up from Silver in 2015.").awards}
    assert wins == {("Salt Lake City", None, "Gold"), ("Salt Lake City", 2015, "Silver")}


def test_places_selected_for_prizes_worth_money_win():
    text = ("Chicago won the $5 million grand prize in the 2013 Mayors Challenge. Houston, Philadelphia, and "
            "Santa Monica, Calif., were selected for the $1 million runner-up prizes.")
    assert {"Houston", "Philadelphia", "Santa Monica"} <= {a.city for a in extract_text(text).awards}


def test_a_place_that_qualified_for_a_designation_holds_it_and_its_streak():
    text = ("Date: April 18, 2024\n\n"
            "The Village of Elburn, Ill., has qualified for Tree City USA for the 25th consecutive year.")
    record = extract_text(text)
    assert {(a.city, a.award, a.year, a.streak) for a in record.awards} == {("Elburn", "Tree City USA", 2024, 25)}
    assert len(record.inferred_awards) == 24


def test_a_team_that_qualified_for_a_final_wins_nothing():
    assert _wins("The Ames High School team qualified for the state finals in Des Moines, Iowa.") == set()
