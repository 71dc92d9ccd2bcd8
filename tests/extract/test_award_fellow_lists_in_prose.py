"""Prose that introduces a list of winning places: every place in the list wins."""

from __future__ import annotations

import pytest

from kg.extract import extract_text


def _wins(text: str) -> dict[str, tuple]:
    return {a.city: (a.award, a.year, a.category) for a in extract_text(text).awards}


@pytest.mark.parametrize("text", [
    "Sept. 2, 2031 – The Readiness Challenge winners were named. The winning communities are: Eugene, OR; Ames, "
    "IA; Bend, OR; and Tulsa, Okla.",
    "Sept. 2, 2031 – This year, the What Works Cities Certification recognizes Eugene, OR; Ames, IA; Bend, OR; "
    "and Tulsa, OK.",
    "Sept. 2, 2031 – Keene won the All-America City Award. Keene was joined in the winners' circle by Eugene, "
    "Oregon; Ames, Iowa; Bend, Oregon; and Tulsa, Oklahoma.",
])
def test_a_lead_in_phrase_gives_the_award_to_each_place_it_lists(text):
    assert {"Eugene", "Ames", "Bend", "Tulsa"} <= set(_wins(text))


def test_a_level_phrase_gives_its_level_to_the_places_after_it():
    text = ("May 5, 2031 – The Walk Friendly Community designations include Gold-level recognition for Eugene, OR, "
            "and Ames, IA. Bronze-level designations were given to Bend, OR.")
    assert {c: w[2] for c, w in _wins(text).items()} == {"Eugene": "Gold", "Ames": "Gold", "Bend": "Bronze"}


def test_finalists_listed_the_same_way_win_nothing():
    text = ("Sept. 2, 2031 – Tulsa, Okla., won the All-America City Award. The finalist communities were Eugene, "
            "Oregon; and Ames, Iowa.")
    assert set(_wins(text)) == {"Tulsa"}


def test_the_prize_went_to_a_place_two_years_ago():
    text = ("March 16, 2031 – Eugene, Ore., won the Lee Kuan Yew World City Prize. Two years ago the prize went to "
            "the city of Tulsa, but Eugene was nominated again.")
    assert {(a.city, a.year) for a in extract_text(text).awards} == {("Eugene", 2031), ("Tulsa", 2029)}


def test_a_county_with_its_state_written_without_a_comma_keeps_the_list_going():
    text = ("June 2, 2031 – The All-America City Award winning communities were Ames Iowa, Kern County "
            "California, Eugene Oregon, and Tulsa Oklahoma.")
    assert {"Ames", "Kern County", "Eugene", "Tulsa"} <= set(_wins(text))


def test_renewals_as_a_level_give_the_level_to_the_group_before():
    text = ("The League of American Bicyclists named 13 more cities to its Bicycle Friendly Community list.\n\n"
            "Renewals were made for Ann Arbor, MI and Bend, OR as silver level and Milwaukee, WI as a bronze.\n")
    wins = {(a.city, a.category) for a in extract_text(text).awards}
    assert {("Ann Arbor", "Silver"), ("Bend", "Silver"), ("Milwaukee", "Bronze")} <= wins


def test_as_a_gold_sponsor_is_no_level():
    text = ("The League of American Bicyclists named 13 more cities to its Bicycle Friendly Community list.\n\n"
            "Renewals were announced at a dinner where Acme Bikes of Boise, Idaho, signed on as a gold sponsor.\n")
    assert "Boise" not in {a.city for a in extract_text(text).awards}


def test_top_rankings_in_their_respective_categories_is_first_place_for_each():
    text = ("2013 Digital Counties Survey Winners Announced\n\nMontgomery County, Md.; Chesterfield County, Va.; and "
            "Charles County, Md. made it a clean sweep for the East Coast in the 2013 Digital Counties Survey.\n\n"
            "The three counties earned top rankings in their respective population categories.\n")
    wins = {(a.city, a.year, a.rank) for a in extract_text(text).awards}
    assert wins == {("Montgomery County", 2013, 1), ("Chesterfield County", 2013, 1), ("Charles County", 2013, 1)}


def test_certifications_went_to_a_group_that_all_earned_one_level_but_the_exceptions():
    text = ("Results for America announced seven new What Works Cities Certification winners this week. "
            "Internationally, the certifications went to Buenos Aires and Cordoba, Argentina; Montevideo, Uruguay; "
            "and Fortaleza, Brazil. Of the group, all of them earned silver, except for Buenos Aires and Fortaleza, "
            "both of which earned gold.\n")
    wins = {a.city: a.category for a in extract_text(text).awards}
    assert wins == {"Buenos Aires": "Gold", "Cordoba": "Silver", "Montevideo": "Silver", "Fortaleza": "Gold"}


def test_a_dated_cities_include_list_and_a_tier_communities_moved_into():
    text = ("TAMPA, Fla., May 22 -- Ten U.S. communities were named 1993 All-America Cities at an awards banquet.\n\n"
            "The 1993 All-America Cities include:  Oakland, Calif.; Wray, Colo.; Washington, N.C.; and Laredo, "
            "Texas.\n\nThis round of Bicycle Friendly Communities saw four communities move into the Gold tier: "
            "Austin, TX, San Luis Obispo and Santa Cruz, CA, and Tempe, AZ.\n")
    got = {(a.city, a.award, a.category) for a in extract_text(text).awards}
    assert {("Oakland", "All-America City Award", None), ("Washington", "All-America City Award", None),
            ("Laredo", "All-America City Award", None)} <= got
    assert ("Tempe", "Bicycle Friendly Community", "Gold") in got


def test_an_awards_holders_each_with_its_year_in_parentheses():
    from kg.extract import extract_text

    text = ('Since 2030, the Commission rewards green cities in the competition "Green Capital Award". '
            "The Green Capitals to date are: Tulsa, Okla. (2030), Ames, Iowa (2031) and Salem, Ore. and Eugene, "
            "Ore. (both 2032). Applicants such as Boise, Idaho (2033) must wait.")
    assert {(a.city, a.award, a.year) for a in extract_text(text).awards} == {
        ("Tulsa", "Green Capital Award", 2030), ("Ames", "Green Capital Award", 2031),
        ("Salem", "Green Capital Award", 2032), ("Eugene", "Green Capital Award", 2032)}


def test_winning_entries_in_a_list_of_places_win_the_award_the_page_announces():
    text = ("Bloomberg Philanthropies today announced the winners of the 2023 Public Art Challenge.\n\n"
            "Winning projects in Atlanta, Baltimore, Honolulu and Salt Lake City address public health and equity.")
    got = _wins(text)
    assert set(got) == {"Atlanta", "Baltimore", "Honolulu", "Salt Lake City"}
    assert {v[:2] for v in got.values()} == {("Public Art Challenge", 2023)}


def test_places_that_won_a_grant_of_the_challenge_the_page_announces_won_the_challenge():
    text = ("The Smart Cities Council opened its 2018 Readiness Challenge to counties.\n\n"
            "Tulsa, OK; Ames, IA; and Salem, OR each won a grant in 2017, the program's first year.")
    got = _wins(text)
    assert {c: v[:2] for c, v in got.items()} == {c: ("Smart Cities Readiness Challenge", 2017)
                                                  for c in ("Tulsa", "Ames", "Salem")}


def test_a_grant_that_is_no_contest_s_wins_nothing():
    assert _wins("Tulsa, Okla., won a federal grant in 2017 to repave its roads.") == {}


def test_a_level_s_honorees_named_after_it_take_that_level():
    text = ("Nov. 2, 2031 – The League named its fall Bicycle Friendly Communities. Three received Gold awards: "
            "Eugene, OR; Ames, IA; and Bend, OR, as well as repeat Gold honorees Tulsa, Okla., and Salem, Ore.")
    assert {c: w[2] for c, w in _wins(text).items()} == {
        "Eugene": "Gold", "Ames": "Gold", "Bend": "Gold", "Tulsa": "Gold", "Salem": "Gold"}


def test_a_list_of_places_in_no_particular_order_after_its_title():
    text = ("Nov. 19, 2031 – The magazine's 30th annual list of The Ten Best Places To Live In America came out "
            "today. This year's Ten Best Places (in no particular order) are: Boise, Tampa, Oakland's Bay Area, "
            "Reno, and Omaha.")
    assert {"Boise", "Tampa", "Oakland", "Reno", "Omaha"} <= set(_wins(text))


def test_winners_counted_then_named_between_dashes():
    text = ("June 9, 2031 – Ten communities have been named All-America Cities. Six of the winners--Kenai, Alaska; "
            "Delta, Colo.; Rockford, Ill.; and Billings, Mont.--are member cities of the League.")
    assert {"Kenai", "Delta", "Rockford", "Billings"} <= set(_wins(text))


def test_the_rest_of_a_ranked_list_wins_unranked():
    text = ("Best Town To Live? Outside Mag Publishes 2031 List\n\n"
            "Outside Magazine's 20 Best Towns in America\n\n"
            "  1. Boise, Idaho\n"
            "  2. Tacoma, Wash.\n\n"
            "As for the rest … Oxford, Miss., Corvallis, Ore., and Brattleboro, Vt.\n")
    wins = {a.city: (a.year, a.rank) for a in extract_text(text).awards}
    assert wins["Boise"] == (2031, 1)
    assert wins["Oxford"] == wins["Corvallis"] == wins["Brattleboro"] == (2031, None)


def test_entries_with_what_each_will_do_between_semicolons():
    text = ("June 1, 2031 – The Public Art Challenge winners were announced. Selected from 230 applications, the "
            "winning cities are Gary, Indiana, which will turn a vacant building into an arts hub; Tulsa, which "
            "will commission murals on its levees; and Bend, Oregon, which is planning light installations.")
    assert {"Gary", "Tulsa", "Bend"} <= set(_wins(text))


def test_an_award_given_to_places_after_an_aside():
    text = ("June 1, 2031 – Six towns have won a national award. The Purple Flag award - similar to the Blue Flag "
            "scheme for beaches - has been given to Bournemouth, Bristol, Halifax and Oxford.")
    assert {"Bournemouth", "Bristol", "Halifax", "Oxford"} <= set(_wins(text))
