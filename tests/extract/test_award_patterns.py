"""Awards: general patterns from fresh releases (lists with one category, document numbers, past placings)."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.categories import named_category
from kg.extract.ranks import find_ranks


def _awards(text: str) -> set[tuple]:
    return {(a.city, a.award, a.year, a.rank, a.category, a.streak) for a in extract_text(text).awards}


def _inferred(text: str) -> set[tuple]:
    return {(a.city, a.award, a.year) for a in extract_text(text).inferred_awards}


def test_document_numbers_are_not_ranks():
    assert find_ranks("Ordinance No. 14 amends the parking code") == ()
    assert find_ranks("Item #6 - Resolution No. 21-09 approves a lease") == ()
    assert [r.rank for r in find_ranks("Reno was No. 3 in the survey")] == [3]


def test_an_annual_event_s_number_is_not_a_rank():
    assert find_ranks("The awards will be presented at the 69th Annual Conference of Mayors in Detroit.") == ()
    assert [r.rank for r in find_ranks("Tulsa placed 3rd at the annual conference")] == [3]


def test_a_time_of_day_is_not_a_rank():
    text = "The Foundation will present the Tree City USA flag to City of Springfield officials at 3:30 p.m., Thursday."
    assert find_ranks(text) == ()
    assert find_ranks("A reception follows at 10 a.m. in City Hall") == ()
    assert [r.rank for r in find_ranks("Tulsa came in at 7 overall")] == [7]


def test_agenda_items_naming_neighbours_win_nothing():
    text = ("City of Sparks, Nev. -- COUNCIL NOTES\nPosted: 03/02/2021\n\n"
            "* Item 2 - The city was recognized as a 2020 Digital Cities Survey winner, ranking 6th among cities "
            "of 125,000-249,999 population.\n"
            "* 5b. Resolution No. 21-04 - mutual aid agreement with Washoe County for snow removal.\n"
            "* 5c. Ordinance No. 19 - joint sewer agreement with Carson City, Nev.\n")
    got = _awards(text)
    assert not any(a[0] in ("Washoe County", "Carson City") for a in got)
    assert ("Sparks", "Digital Cities Survey", 2020, 6, "125,000-249,999", None) in got


def test_city_and_county_of_in_a_ranked_list_row():
    text = ("The 2014 Digital Cities Survey winners are:\n\n250,000 or More Population Category\n"
            "1st   Raleigh, N.C.\n2nd   City and County of Denver, Colo.\n3rd   Town of Cary, N.C.\n")
    got = _awards(text)
    assert ("Denver", "Digital Cities Survey", 2014, 2, "250,000 or more", None) in got
    assert ("Cary", "Digital Cities Survey", 2014, 3, "250,000 or more", None) in got


def test_category_named_in_words():
    assert named_category("placed third in the open data category of the Best of the Web awards")[2] == \
        "open data"
    assert named_category("was honoured in the Public Safety category")[2] == "Public Safety"
    for text in ("finished fifth in the same population category", "ranked 2nd in the 75,000-124,999 category",
                 "came in first in the mid-sized city category", "placed in the top ten of its category"):
        assert named_category(text) is None


def test_award_without_rank_takes_the_category_of_its_sentence():
    text = ("Posted on: June 2, 2021\n\nThe City of Reno, Nev., has been named a 2021 Smart 50 Award honoree in "
            "the Energy category, Smart Cities Connect announced.\n\nThe City of Reno's website took third place "
            "in the accessibility category of the Center for Digital Government's 2021 Best of the Web awards.")
    got = _awards(text)
    assert ("Reno", "Smart 50 Awards", 2021, None, "Energy", None) in got
    assert ("Reno", "Best of the Web", 2021, 3, "accessibility", None) in got


def test_list_takes_the_category_prose_states_for_one_of_its_rows():
    text = ("# Ann Arbor leads 2020 Government Experience Awards\n\nOctober 2, 2020\n\n"
            "Ann Arbor, Mich., took first place in the Overall City Government Experience category, ahead of "
            "Provo, Utah. Last year's first-place finisher, Lawrence, Kan., fell to third.\n\n"
            "| Rank | City |\n|---|---|\n| 1 | Ann Arbor, Mich. |\n| 2 | Provo, Utah |\n| 3 | Lawrence, Kan. |\n"
            "| 4 | Ames, Iowa |\n")
    got = _awards(text)
    cat = "Overall City Government Experience"
    for city, rank in (("Ann Arbor", 1), ("Provo", 2), ("Lawrence", 3), ("Ames", 4)):
        assert (city, "Government Experience Awards", 2020, rank, cat, None) in got
    assert ("Lawrence", "Government Experience Awards", 2019, 1, cat, None) in got


def test_sentence_introducing_a_list_names_its_category():
    text = ("Posted on: Sept. 30, 2020\n\nThe Center for Digital Government ranked these cities in the "
            "Overall City Government Experience category of its 2020 Government Experience Awards:\n\n"
            "1st Place – Ann Arbor, Mich.\n2nd Place – Provo, Utah\n")
    got = _awards(text)
    assert ("Provo", "Government Experience Awards", 2020, 2, "Overall City Government Experience", None) in got


def test_earlier_placings_in_the_same_bracket():
    text = ("Posted December 1, 2021\n\nOgden, Utah, placed sixth among cities with 75,000 to 124,999 residents in the "
            "2021 Digital Cities Survey. Ogden placed fourth in 2019 and fifth in 2018 in the same population "
            "category. Provo ranked ninth among cities of 250,000 or more.")
    got = _awards(text)
    assert ("Ogden", "Digital Cities Survey", 2019, 4, "75,000-124,999", None) in got
    assert ("Ogden", "Digital Cities Survey", 2018, 5, "75,000-124,999", None) in got


def test_up_from_an_earlier_rank_is_last_years_placing():
    text = ("Posted November 20, 2020\n\nBoulder, Colo., ranked third among cities of 75,000 to 124,999 "
            "residents in the 2020 Digital Cities Survey, up from eighth in the same category a year ago.\n\n"
            "Provo, Utah, finished sixth, up from ninth place in 2018, among cities of 75,000 to 124,999.")
    got = _awards(text)
    assert ("Boulder", "Digital Cities Survey", 2020, 3, "75,000-124,999", None) in got
    assert ("Boulder", "Digital Cities Survey", 2019, 8, "75,000-124,999", None) in got
    assert ("Provo", "Digital Cities Survey", 2020, 6, "75,000-124,999", None) in got
    assert ("Provo", "Digital Cities Survey", 2018, 9, "75,000-124,999", None) in got
    assert not any(a[3] in (8, 9) and a[2] == 2020 for a in got)


def test_pronoun_and_possessive_placings_of_the_release_subject():
    text = ("Washoe County Ranks 5th in Digital Counties Survey\n\nPosted on: 08/02/2021\n\n"
            "Washoe County placed 5th in the 250,000-499,999 population category of the 2021 Digital Counties "
            "Survey. Its highest finish came in 2017, when it ranked 2nd in the same category.")
    got = _awards(text)
    assert ("Washoe County", "Digital Counties Survey", 2017, 2, "250,000-499,999", None) in got

    text = ("Reno Named a 2020 Smart 50 Honoree\n\nPosted on: May 5, 2020\n\n"
            "The City of Reno, Nev., has been selected for a 2020 Smart 50 Award in the Public Safety category. "
            "The honor follows the city's sixth-place finish in the Overall City Government Experience category "
            "of the Center for Digital Government's 2019 Government Experience Awards.")
    got = _awards(text)
    assert ("Reno", "Smart 50 Awards", 2020, None, "Public Safety", None) in got
    assert ("Reno", "Government Experience Awards", 2019, 6, "Overall City Government Experience", None) in got
    assert not any(a[1] == "Smart 50 Awards" and a[2] == 2019 for a in got)


def test_streak_in_a_sentence_of_its_own_about_a_named_winner():
    text = ("Posted Nov. 4, 2015\n\nOmaha, Neb., and Boise, Idaho, finished first in their population categories "
            "in the 2015 Digital Cities Survey. Boise kept its top spot for the third straight year.\n\n"
            "250,000 or more\n1st Omaha, Neb.\n\n125,000-249,999\n1st Boise, Idaho\n")
    got = _awards(text)
    assert ("Boise", "Digital Cities Survey", 2015, 1, "125,000-249,999", 3) in got
    assert ("Omaha", "Digital Cities Survey", 2015, 1, "250,000 or more", None) in got
    assert _inferred(text) == {("Boise", "Digital Cities Survey", 2013), ("Boise", "Digital Cities Survey", 2014)}


def test_certification_class_with_levels_in_relative_clauses():
    text = ("Posted May 9, 2022\n\nThe City of Durham, N.C., has earned Gold-level What Works Cities Certification. "
            "This year's class also includes Mesa, Ariz., which reached Platinum; Tulsa, Okla., and Lincoln, Neb., "
            "which were certified at the Bronze level; and Dayton, Ohio.")
    got = _awards(text)
    wwc = "What Works Cities Certification"
    assert ("Durham", wwc, 2022, None, "Gold", None) in got
    assert ("Mesa", wwc, 2022, None, "Platinum", None) in got
    assert ("Tulsa", wwc, 2022, None, "Bronze", None) in got
    assert ("Lincoln", wwc, 2022, None, "Bronze", None) in got
    assert ("Dayton", wwc, 2022, None, None, None) in got


def test_headline_streak_whose_win_is_stated_later():
    text = ("FOR IMMEDIATE RELEASE: March 3, 2016\n\n"
            "Fargo Named a Bicycle Friendly Community for Third Straight Year\n\n"
            "FARGO, N.D. – The League of American Bicyclists today named the City of Fargo, N.D., a Bicycle "
            "Friendly Community. Fargo was also named a Bicycle Friendly Community in 2015 and in 2014.")
    got = _awards(text)
    assert ("Fargo", "Bicycle Friendly Community", 2016, None, None, 3) in got
    assert _inferred(text) == set()
