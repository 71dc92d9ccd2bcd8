"""Awards: certification levels, list headings against prose brackets, and what a placing is."""

from __future__ import annotations

from kg.extract import extract_text


def _wins(text: str) -> dict[tuple[str, int], tuple]:
    return {(a.city, a.year): (a.rank, a.category, a.streak) for a in extract_text(text).awards}


def test_a_year_the_earlier_placing_runs_into_is_not_the_streaks_year():
    text = ("Published October 4, 2023\nBOISE, Idaho – Boise placed fourth among cities with 125,000 to 249,999 "
            "residents in the 2023 Digital Cities Survey. That is a jump from the city's ninth-place showing "
            "in the same bracket in 2022 and the fourth straight year that Boise has been ranked among the top "
            "10 in its category.")
    rec = extract_text(text)
    got = {(a.city, a.year): (a.rank, a.streak) for a in rec.awards}
    assert got == {("Boise", 2023): (4, 4), ("Boise", 2022): (9, None)}
    assert sorted(i.year for i in rec.inferred_awards) == [2020, 2021]


def test_an_earlier_certification_level_we_received_keeps_its_own_level():
    text = ("Posted May 2, 2023\nSpokane earned Platinum What Works Cities Certification this spring. It builds "
            "on the Gold certification we received in 2020, and makes Spokane one of a handful of "
            "Platinum-certified cities.")
    got = _wins(text)
    assert got[("Spokane", 2020)][1] == "Gold"
    assert got[("Spokane", 2023)][1] == "Platinum"


def test_the_heading_above_a_row_beats_the_prose_bracket_of_another_recipient():
    text = ("2018 Digital Counties Survey Results\n\n"
            "Published July 9, 2018\nKing County, Wash., placed first among the largest counties for the third "
            "straight year, while Pima County, Ariz., led the 500,000-999,999 group.\n\n"
            "1,000,000 or more population:\n1st King County, Wash.\n2nd Cook County, Ill.\n\n"
            "500,000-999,999 population:\n1st Pima County, Ariz.\n2nd Polk County, Fla.\n")
    got = _wins(text)
    assert got[("King County", 2018)] == (1, "1,000,000 or more", 3)
    assert got[("Cook County", 2018)][1] == "1,000,000 or more"
    assert got[("Pima County", 2018)][:2] == (1, "500,000-999,999")


def test_a_list_heading_wins_over_a_wrong_prose_bracket():
    text = ("2019 Digital Cities Survey Winners\n\nPublished Nov. 5, 2019\n"
            "Reno, Nev., finished first in the 125,000-249,999 category this year.\n\n"
            "250,000-499,999 population category:\n1st Reno, Nev.\n2nd Tulsa, Okla.\n")
    assert _wins(text)[("Reno", 2019)][:2] == (1, "250,000-499,999")


def test_placed_with_a_count_of_things_is_not_a_placing():
    text = ("Published June 1, 2021\nThe City of Durham has been named a 2021 Smart 50 Award honoree. Crews "
            "placed 120 solar trash compactors downtown. Working with Duke University, the City placed 35 air monitors "
            "along Main Street.")
    assert [(a.city, a.rank) for a in extract_text(text).awards] == [("Durham", None)]


def test_a_bare_number_placing_still_counts():
    text = "Published Nov. 2, 2020\nOmaha ranked 4 in the nation in the 2020 Digital Cities Survey."
    assert _wins(text)[("Omaha", 2020)][0] == 4


def test_a_category_stated_for_the_honoured_project_goes_to_its_owners_win():
    text = ("Published March 3, 2023\nThe City of Fort Collins has been named a 2023 Smart 50 Award honoree for "
            "its LightPath fiber utility. LightPath was recognized in the Digital Equity category.")
    assert _wins(text)[("Fort Collins", 2023)][1] == "Digital Equity"


def test_a_generic_project_subject_takes_the_main_award_and_a_place_subject_is_left_alone():
    text = ("Published March 3, 2023\nThe City of Fort Collins has been named a 2023 Smart 50 Award honoree. "
            "The fiber project was honored in the Digital Equity category.")
    assert _wins(text)[("Fort Collins", 2023)][1] == "Digital Equity"
    other = ("Published March 3, 2023\nThe City of Fort Collins has been named a 2023 Smart 50 Award honoree. "
             "Greenbelt Trail was honored in the Parks category.")
    assert _wins(other)[("Fort Collins", 2023)][1] is None


def test_a_level_written_in_lower_case_is_the_certification_level():
    from kg.extract import extract_text

    text = ("May 2, 2031 – Three cities, Eugene, Ore., Ames, Iowa, and Bend, Ore., achieved What Works Cities "
            "certification at the gold level.")
    assert {(a.city, a.category) for a in extract_text(text).awards} == {
        ("Eugene", "Gold"), ("Ames", "Gold"), ("Bend", "Gold")}


def test_moving_up_from_a_level_is_that_years_win_at_the_old_level():
    from kg.extract import extract_text

    text = ("May 2, 2031 – Two cities – Eugene, OR; and Ames, IA – achieved What Works Cities certification at "
            "the gold level, moving up from silver in 2029.")
    wins = {(a.city, a.year, a.category) for a in extract_text(text).awards}
    assert wins == {("Eugene", 2031, "Gold"), ("Ames", 2031, "Gold"), ("Eugene", 2029, "Silver"),
                    ("Ames", 2029, "Silver")}


def test_their_respective_categories_name_no_shared_bracket():
    from kg.extract import extract_text

    text = ("Nov. 2, 2031 – Results for the 2031 Digital Counties Survey are in. Kern County, Calif.; and Polk "
            "County, Fla., took first place in their respective population categories.\n\n"
            "500,000 or more population category:\n\n1st Kern County, CA\n2nd Lee County, FL\n")
    cats = {a.city: a.category for a in extract_text(text).awards}
    assert cats["Polk County"] is None and cats["Kern County"] == "500,000 or more"


def test_a_level_written_onto_the_awards_name_is_its_level():
    from kg.extract import extract_text

    text = ("May 2, 2031 – Eugene, Ore., has achieved LEED Platinum, the Green Building Council said. "
            "The free hugs did not make Tulsa, Okla., a platinum Walk Friendly Community.")
    cats = {(a.city, a.award): a.category for a in extract_text(text).awards}
    assert cats[("Eugene", "LEED for Cities")] == "Platinum"


def test_with_a_level_after_a_list_gives_the_list_that_level():
    from kg.extract import extract_text

    text = ("May 5, 2031 – Included among the designated Walk Friendly Communities are Eugene, Oregon, and Tulsa, "
            "Oklahoma, with Platinum-level designations for their work.")
    assert {(a.city, a.category) for a in extract_text(text).awards} == {("Eugene", "Platinum"),
                                                                        ("Tulsa", "Platinum")}


def test_a_one_word_heading_is_a_category_only_as_a_level():
    from kg.extract import extract_text

    text = ("The LEED for Cities program certified new cities this month.\n\nGreen winners\n\n"
            "Eugene, Ore., is the seventh city to achieve LEED Platinum.\n\n"
            "Tulsa, Okla., achieved LEED Gold for its water work.\n")
    assert {(a.city, a.category) for a in extract_text(text).awards} == {("Eugene", "Platinum"), ("Tulsa", "Gold")}


def test_winning_in_a_named_category_gives_that_category():
    from kg.extract import extract_text

    text = ("June 2, 2031 – IDC named the Smart Cities North America Awards winners. Tulsa, Okla., has won in the "
            "Smart Water category for its river gauges.")
    assert [(a.city, a.category) for a in extract_text(text).awards] == [("Tulsa", "Smart Water")]


def test_first_places_of_a_bracketed_survey_named_together_share_no_bracket():
    text = ("Nov. 8, 2012 - In this year's Digital Cities Survey, four cities took top honors: Louisville, Ky.; Salt "
            "Lake City; Ann Arbor, Mich.; and Marana, Ariz.\n\nFor cities of 250,000 or more in population, "
            "Louisville, Ky., took the top ranking in this year's survey.\n")
    cats = {a.city: (a.rank, a.category) for a in extract_text(text).awards}
    assert cats == {"Louisville": (1, "250,000 or more"), "Salt Lake City": (1, None), "Ann Arbor": (1, None),
                    "Marana": (1, None)}


def test_a_lower_case_level_before_certification_and_a_category_won_as_an_award():
    text = ("Chicago and San Jose, CA both have achieved LEED for Cities platinum certification, according to an "
            "announcement from the mayor.\n\nIDC has named the winners of its 2020 Smart Cities North America "
            "Awards.\n\n  • Miami-Dade County won the Transportation Infrastructure award this year.\n")
    got = {a.city: a.category for a in extract_text(text).awards}
    assert got["Chicago"] == "Platinum" and got["San Jose"] == "Platinum"
    assert got["Miami-Dade County"] == "Transportation Infrastructure"


def test_first_places_in_each_respective_category_take_the_brackets_in_the_order_listed():
    text = ("June 30, 2004 - The 2004 Digital Counties Survey grouped counties into four population categories: "
            "500,000 or more; 250,000-499,999; 150,000-249,999; and less than 150,000.\n\nFirst-place honors in "
            "each respective population category go to San Diego County, Calif.; Johnson County, Kan.; Roanoke "
            "County, Va.; and Charles County, Md.\n")
    got = {a.city: (a.rank, a.category) for a in extract_text(text).awards}
    assert got == {"San Diego County": (1, "500,000 or more"), "Johnson County": (1, "250,000-499,999"),
                   "Roanoke County": (1, "150,000-249,999"), "Charles County": (1, "less than 150,000")}


def test_a_group_with_a_level_certification_after_it():
    text = ("What Works Cities certified 16 cities in 2021, reports Teale: \"Austin, Texas; Chattanooga, Tennessee; "
            "and Gilbert, Arizona with gold certification. Meanwhile, Baton Rouge, Louisiana; and Irving, Texas, "
            "all received silver certification,\" reports Teale.\n")
    got = {a.city: a.category for a in extract_text(text).awards}
    assert got["Austin"] == "Gold" and got["Gilbert"] == "Gold" and got["Irving"] == "Silver"


def test_a_sentence_naming_one_tier_of_a_tiered_prize_gives_it_when_the_page_names_both():
    from kg.extract import extract_text

    both = ("June 2, 2031 - Of the 35 champion cities of the 2031 Mayors Challenge, two were selected as winners: "
            "Eugene, Oregon and Tulsa, Oklahoma.")
    assert {(a.city, a.category) for a in extract_text(both).awards} >= {("Eugene", "winner"), ("Tulsa", "winner")}
    one = "June 2, 2031 - Eugene, Oregon and Tulsa, Oklahoma were named winners of the 2031 Mayors Challenge."
    assert {a.category for a in extract_text(one).awards} == {None}


def test_unranked_winners_named_before_any_bracket_take_none_stated_later():
    text = ("November 8, 2031\nCities took the top honors in the 2031 Digital Cities Survey. Ohio winners included: "
            "Akron, Dayton, Toledo and Parma. The survey chose finalists in four population categories: fewer than "
            "75,000 residents, 75,000-124,999, 125,000-249,999 and more than 250,000 residents. Parma won first "
            "place in the population category of fewer than 75,000 residents.")
    got = _wins(text)
    assert got[("Akron", 2031)][1] is None and got[("Toledo", 2031)][1] is None
    assert got[("Parma", 2031)][:2] == (1, "less than 75,000")


def test_the_top_winners_in_each_category_are_each_first():
    text = ("July 13, 2031\nThe Center announced the winners of its 2031 Digital Counties Survey. The top winners in "
            "each of the four population categories came from two states: Polk County, Iowa; Linn County, Iowa; "
            "Lane County, Ore.; and Marion County, Ore. Officials at Linn County praised the staff.")
    got = _wins(text)
    assert {got[(c, 2031)][0] for c in ("Polk County", "Linn County", "Lane County", "Marion County")} == {1}


def test_among_the_top_ranked_cities_is_no_placing():
    text = "Nov. 18, 2031\nTulsa, Okla., is among the top-ranked cities in the 2031 Digital Cities Survey."
    assert _wins(text)[("Tulsa", 2031)][0] is None


def test_the_smallest_category_on_a_page_that_states_it_in_numbers_is_that_bracket():
    text = ("Digital Cities 2025: Up to 75,000 Population Category\n\n"
            "The winning cities in this year's survey are maturing their data programs.\n\n"
            "1st Tamarac, Fla.\n\n"
            "Tamarac is setting a high bar among smaller U.S. cities, earning first place in the smallest population "
            "category. The city built a resident-first ecosystem.\n")
    assert {(a.city, a.category) for a in extract_text(text).awards} == {("Tamarac", "less than 75,000")}
