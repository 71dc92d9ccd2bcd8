"""Awards no list knows, read from how the page frames them: a coined name with what it gives ("SunReady
designees", "the TreeScore® index"), a ranking titled with a hyphenated superlative ("Best-Managed Cities"),
a status earned without an article ("earned Bike Ready status"); a known organisation's ranking is not an
award named for the organisation."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.award_names import written_awards


def _names(text: str) -> list[str]:
    return [n for _a, _b, n in written_awards(text)]


def test_coined_names_with_what_they_give_or_publish():
    assert _names("The latest SunReady designees are all over the country.") == ["SunReady"]
    assert _names("The Land Trust released its 2014 TreeScore® index of the largest cities.") == ["TreeScore"]
    assert _names("Ten communities earned Bike Ready status this year.") == ["Bike Ready"]
    assert _names("Top 50 Best-Managed Cities in America") == ["Best-Managed Cities"]
    assert _names("according to the WalletHub ranking") == []


def test_a_coined_designation_s_designees_win_it():
    text = ("WASHINGTON (May 4, 2017) - SunReady today announced its newest designees.\n\n"
            "The latest SunReady designees include Tucson, Ariz., and Madison, Wis.\n")
    got = {(a.city, a.award, a.year) for a in extract_text(text).awards}
    assert {("Tucson", "SunReady", 2017), ("Madison", "SunReady", 2017)} <= got


def test_a_capitalised_name_before_a_contest_noun_in_lower_case():
    assert _names("It earned a top spot in the center's 2012 Best of the Site contest.") == ["Best of the Site"]
    assert _names("according to the seventh annual Best of the Site competition") == ["Best of the Site"]
    assert _names("Boston placed third in the 2019 Smart Towns survey.") == ["Smart Towns Survey"]
    assert _names("at the National League of Cities contest") == []  # a known organisation's


def test_a_named_award_is_not_a_category_written_as_an_award():
    # "the Transportation Infrastructure award" is mostly a category of a bigger program
    assert _names("Miami-Dade County won the Transportation Infrastructure award.") == []


def test_a_survey_that_ranks_kinds_of_places_is_an_award_a_data_survey_is_not():
    assert _names("Boston placed third in the 2019 Digital Towns Survey.") == ["Digital Towns Survey"]
    assert _names("according to the American Community Survey") == []


def test_a_name_with_its_initials_and_a_designation_without_an_article():
    assert _names("honored 61 towns with prestigious Bike Ready Town (BRT) awards") == ["Bike Ready Town"]
    assert _names("the National League of Cities (NLC) awards") == []  # a known organisation's
    assert _names("were honored with the League's prestigious Bike Ready Town designation") == ["Bike Ready Town"]
    # without an article a certification is mostly a building's
    assert _names("6,200 commercial buildings earned Power Saver certification") == []


def test_communities_honoured_with_an_unknown_designation_listed_under_its_levels_win_it():
    text = ("WASHINGTON, D.C. (May 1, 2008) - Eleven communities were honored with the League's prestigious Bike "
            "Ready Town designation.\n\nThe new Bike Ready Towns are:\n\nSilver\nDurango, Colorado\n"
            "Minneapolis, Minnesota\n\nBronze\nArcata, California\nOxford, Mississippi\n")
    got = {(a.city, a.award, a.year, a.category) for a in extract_text(text).awards}
    assert ("Durango", "Bike Ready Town", 2008, "Silver") in got
    assert ("Oxford", "Bike Ready Town", 2008, "Bronze") in got


def test_a_quoted_certification_an_organisation_gives_and_a_coined_list_of_communities():
    # a known organisation's own certification is its honour
    assert _names('Sixteen cities earned "What Works Cities" certification last week') == ["What Works Cities"]
    assert _names("the Forum today named the world’s Bright21 Communities of 2018.") == ["Bright21 Communities"]
    assert _names("The Bright21 of 2015") == ["Bright21"]  # a coined list, dated


def test_the_award_whose_winners_a_page_announces_is_its_award_named_once():
    text = ("After a week of public voting, Civic Data Insights today announced the winners of the third annual "
            "Civic Data North America Awards (CDNAA).\n\n"
            "This year's winners by category are as follows:\n"
            "Administration\n"
            "Houston, TX — Homestead Exemption Audit Program\n"
            "Civic Engagement\n"
            "Albuquerque, NM — Digital Voice Channel\n")
    got = {(a.city, a.award, a.category) for a in extract_text(text).awards}
    assert ("Houston", "Civic Data North America Awards", "Administration") in got
    assert ("Albuquerque", "Civic Data North America Awards", "Civic Engagement") in got


def test_an_unknown_survey_named_for_the_states_it_grades_gives_their_grades():
    text = ("Published August 30, 2012\nThe 2012 Digital Commonwealth States Survey graded every state. Michigan "
            "and Utah earned an A, while Ohio received a B+ grade in the Digital Commonwealth States Survey.")
    got = {(a.city, a.category) for a in extract_text(text).awards}
    assert {("Michigan", "A"), ("Utah", "A"), ("Ohio", "B+")} <= got


def test_a_top_list_named_for_what_it_ranks_and_a_survey_whose_results_are_in():
    assert _names("the Center’s Top 10 Wired Towns for the 125,000-249,999 population category") == ["Wired Towns"]
    text = ("The 2016 Wired Towns Survey results are in. The first-place winners in three population categories "
            "are: Durham, N.C.; Roanoke, Va.; and Tamarac, Fla.")
    got = {(a.city, a.award, a.rank) for a in extract_text(text).awards}
    assert {("Durham", "Wired Towns Survey", 1), ("Tamarac", "Wired Towns Survey", 1)} <= got


def test_initials_after_a_name_for_the_places_it_makes_and_a_program_that_recognised():
    assert _names("announced its five new Walk Wise Communities (WWC) and recognized") == ["Walk Wise Communities"]
    assert _names("The Walk Wise Communities program recognized U.S. cities for") == ["Walk Wise Communities"]
    # a place or an organisation with its initials is no award
    assert _names("Los Angeles County (LAC) said") == []
    assert _names("The California State Association of Counties (CSAC) announced") == []


def test_rankings_titled_with_their_edition_or_a_value_word_and_the_best_cities_for_business():
    assert _names("announced America’s Best Small Cities for 2018, and El Paso made the top 5.") == [
        "America's Best Small Cities"]
    assert _names("The magazine names its 10 Best Value Cities of 2011") == ["Best Value Cities"]
    assert _names("returned to the magazine's rankings of the best cities for business") == [
        "Best Cities for Business"]
    assert _names("the 10 Best Places of Europe") == []


def test_a_quoted_title_a_place_is_named_to_or_as():
    assert _names('It was named one of the country\'s "Great Streets in America" by the Planning Association.') == [
        "Great Streets in America"]
    assert _names("Tulsa was selected as a “Honor Guard City” this year") == ["Honor Guard City"]
    assert _names('He was named to the "Board of Directors"') == []


def test_an_organisation_announcing_the_winners_of_its_own_awards_names_them():
    assert _names("Garden Pride announced the 2010 winners of its community awards during") == ["Garden Pride Awards"]
    assert _names("Garden Pride Announces Winning Cities") == ["Garden Pride Awards"]
    assert _names("The City of Boston announced the winners of its neighborhood awards") == []


def test_a_dated_name_before_its_winners():
    assert _names("The 2020 Citizen Experience winners include:") == ["Citizen Experience"]
    assert _names("the 2020 Boston winners") == []
    # a tier of an award, with its award noun, is read whole elsewhere
    assert "Grand Plaque" not in _names("the 2020 Gold Medal Grand Plaque winners")
