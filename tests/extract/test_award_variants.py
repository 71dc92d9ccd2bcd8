"""Awards as press releases generally write them: list formats, news phrasing, moves, unknown award names.

Sentences here use invented combinations of real place names, so the extractor is tested on shapes,
not on the development documents' wording.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import extract_text


def _awards(text: str) -> set[tuple]:
    return {(a.city, a.award, a.year, a.rank, a.category) for a in extract_text(text).awards}


def _by_city(text: str) -> dict[str, tuple]:
    return {(a.city, a.year): (a.award, a.rank, a.category, a.streak) for a in extract_text(text).awards}


# -- ranked lists ---------------------------------------------------------------------

def test_bare_ordinal_lists_under_bracket_headings():
    text = ("2019 Digital Cities Survey Winners Announced\n\n"
            "The Center for Digital Government today announced the winners.\n\n"
            "500,000 or more population category:\n1st Springfield, Ill.\n2nd Albany, N.Y.\n2nd Salem, Ore.\n"
            "5th Boise, Idaho\n\n250,000-499,999 population category:\n1. Tulsa, Okla.\n2. Omaha, Neb.\n\n"
            "Up to 75,000 population category:\nFirst place: Dublin, Ohio\nSecond place: Marana, Ariz.\n")
    got = _awards(text)
    dcs = "Digital Cities Survey"
    assert got == {("Springfield", dcs, 2019, 1, "500,000 or more"), ("Albany", dcs, 2019, 2, "500,000 or more"),
                   ("Salem", dcs, 2019, 2, "500,000 or more"), ("Boise", dcs, 2019, 5, "500,000 or more"),
                   ("Tulsa", dcs, 2019, 1, "250,000-499,999"), ("Omaha", dcs, 2019, 2, "250,000-499,999"),
                   ("Dublin", dcs, 2019, 1, "less than 75,000"), ("Marana", dcs, 2019, 2, "less than 75,000")}
    ties = {a.city for a in extract_text(text).awards if a.tie}
    assert ties == {"Albany", "Salem"}


@pytest.mark.parametrize("rows", [
    "1 | Norfolk, Va. | 242,000\n2 | Durham, N.C. | 228,000\n",
    "No. 1 – Norfolk, Va.\nNo. 2 – Durham, N.C.\n",
    "#1 Norfolk, Va.\n#2 Durham, N.C.\n",
    "1) Norfolk, Va.\n2) Durham, N.C.\n",
])
def test_table_rows_and_numbered_items(rows):
    text = "Digital Cities Survey 2017 results\n\n125,000-249,999 population category\n" + rows
    assert _awards(text) == {("Norfolk", "Digital Cities Survey", 2017, 1, "125,000-249,999"),
                             ("Durham", "Digital Cities Survey", 2017, 2, "125,000-249,999")}


def test_ordinal_lines_that_are_not_lists():
    text = ("Tulsa wins Digital Cities Survey\nTULSA, Okla. (Nov. 2, 2018) – Tulsa won.\n"
            "2nd Street in Tulsa reopens next week.\n1 | budget item for Omaha, Neb.\n"
            "1. The city opened a data portal with Wichita, Kan.\n")
    assert {(a.city, a.rank) for a in extract_text(text).awards} == {("Tulsa", None)}


# -- news phrasing ----------------------------------------------------------------------

def test_copula_placings_between_brackets_and_last_year():
    text = ("Salem ranks fifth among big digital cities\nPosted Nov. 8, 2013\n"
            "Salem, Ore., placed fifth among cities with 250,000 or more residents in the Digital Cities Survey "
            "released Wednesday. Albany, N.Y., was seventh in the group for cities between 125,000 and 249,999 "
            "people. Dover, Del., which made the list last year, did not place in 2013.")
    got = _by_city(text)
    assert got[("Salem", 2013)][1:3] == (5, "250,000 or more")
    assert got[("Albany", 2013)][1:3] == (7, "125,000-249,999")
    assert got[("Dover", 2012)][1:3] == (None, None)
    assert ("Dover", 2013) not in got


@pytest.mark.parametrize("move, prior", [
    ("up two spots from 2015", (2015, 9)),
    ("down one spot from last year", (2015, 6)),
    ("up three places from the previous year", (2015, 10)),
])
def test_moves_state_last_years_rank(move, prior):
    text = ("Springfield climbs in survey\nPublished November 7, 2016\n"
            "Springfield, Ill., ranked No. 7 in the 125,000 - 249,999 population category of the Center for "
            f"Digital Government's annual Digital Cities Survey, {move}.")
    got = _by_city(text)
    assert got[("Springfield", 2016)][1:3] == (7, "125,000-249,999")
    assert got[("Springfield", prior[0])][1:3] == (prior[1], "125,000-249,999")


def test_elliptical_and_relative_ranks():
    text = ("Fairfax County Tops Digital Counties Survey\nFAIRFAX, Va. (Nov. 3, 2017) – Fairfax County, Va., ranked "
            "first in the 500,000 or more population category of the Digital Counties Survey, with Montgomery "
            "County, Md., second and Wake County, N.C., third.")
    got = {(a.city, a.rank, a.category) for a in extract_text(text).awards}
    assert got == {("Fairfax County", 1, "500,000 or more"), ("Montgomery County", 2, "500,000 or more"),
                   ("Wake County", 3, "500,000 or more")}
    text = ("Springfield Takes First in Digital Cities Survey\nSPRINGFIELD, Ill. (Nov. 3, 2017) – Springfield, Ill., "
            "took first place in the 125,000-249,999 category, followed by Albany, N.Y. Other top finishers in the "
            "125,000 to 249,999 category included Tulsa, Okla., which finished third, and Salem, Ore.")
    got = {(a.city, a.rank, a.category) for a in extract_text(text).awards}
    assert got == {("Springfield", 1, "125,000-249,999"), ("Albany", 2, "125,000-249,999"),
                   ("Tulsa", 3, "125,000-249,999"), ("Salem", None, "125,000-249,999")}


# -- certification levels and prize titles ------------------------------------------------

def test_certification_levels_for_groups_and_earlier_years():
    text = ("Springfield Earns Gold Certification\nSPRINGFIELD, Ill. (Sept. 4, 2019) – Springfield has earned What "
            "Works Cities Certification. Springfield joins Boston, Mass.; Kansas City, Mo.; and Seattle, Wash., as "
            "the only cities to reach Gold this year. Austin, Texas, and Charlotte, N.C., were certified at the "
            "Silver level. Springfield was first certified at the Silver level in 2018.")
    wwc = "What Works Cities Certification"
    assert _awards(text) == {("Springfield", wwc, 2019, None, "Gold"), ("Boston", wwc, 2019, None, "Gold"),
                             ("Kansas City", wwc, 2019, None, "Gold"), ("Seattle", wwc, 2019, None, "Gold"),
                             ("Austin", wwc, 2019, None, "Silver"), ("Charlotte", wwc, 2019, None, "Silver"),
                             ("Springfield", wwc, 2018, None, "Silver")}


def test_competition_titles_are_categories():
    text = ("Foundation Names Champion Cities\nNEW YORK (Oct. 24, 2018) – The Acme Foundation today announced the "
            "35 Champion Cities selected to test their ideas in the 2018 U.S. Mayors Challenge. Among the Champion "
            "Cities are Springfield, Ill.; Albany, N.Y.; and Salem, Ore.")
    assert _awards(text) == {(c, "Mayors Challenge", 2018, None, "Champion City")
                             for c in ("Springfield", "Albany", "Salem")}


# -- award names no list knows ---------------------------------------------------------------

def test_unlisted_award_named_to_a_list_with_co_honourees():
    text = ("Springfield Named a Bright21 Community for Second Straight Year\n"
            "SPRINGFIELD, Ill. (Jan. 5, 2014) – The Global Civic Forum today named the City of Springfield to its "
            "Bright21 Communities of 2014, a list of 21 communities worldwide that lead in broadband. Springfield "
            "was also on the 2013 list. Springfield joins Arlington County, Va., and Dayton, Ohio, as the only "
            "U.S. communities on this year's list, alongside Lyon and Osaka.")
    rec = extract_text(text)
    got = {(a.city, a.award, a.year, a.streak) for a in rec.awards}
    b21 = "Bright21 Communities"
    assert got == {("Springfield", b21, 2014, 2), ("Springfield", b21, 2013, None),
                   ("Arlington County", b21, 2014, None), ("Dayton", b21, 2014, None), ("Lyon", b21, 2014, None),
                   ("Osaka", b21, 2014, None)}
    assert rec.inferred_awards == []
    assert {(c.name, c.state) for c in rec.cities} >= {("Lyon", None), ("Osaka", None)}


@pytest.mark.parametrize("sentence", [
    "Dayton was named to the Board of Directors of the Civic Forum.",
    "Tulsa Earns Gold Certification",
])
def test_generic_words_are_not_award_names(sentence):
    assert all(a.award not in ("Board of Directors", "Gold Certification", "Tulsa Earns Gold Certification")
               for a in extract_text(sentence).awards)


def test_html_and_markdown_tables_under_header_rows():
    from kg.extract.document import html_to_text, markdown_to_text

    html = ("<h1>2019 Digital Cities Survey Winners</h1><p>Posted on November 4, 2019 by Staff</p>"
            "<h3>500,000 or more population category:</h3><table><tr><th>Rank</th><th>City</th></tr>"
            "<tr><td>1st</td><td>Springfield, Ill.</td></tr><tr><td>2nd</td><td>Albany, N.Y.</td></tr></table>")
    assert _awards(html_to_text(html)) == {("Springfield", "Digital Cities Survey", 2019, 1, "500,000 or more"),
                                           ("Albany", "Digital Cities Survey", 2019, 2, "500,000 or more")}
    md = ("# 2018 Digital Cities Survey Winners\n\n| Rank | City | Category |\n|---|---|---|\n"
          "| 1 | Springfield, Ill. | 500,000 or more |\n| 2 | Albany, N.Y. | 125,000-249,999 |\n")
    assert _awards(markdown_to_text(md)) == {("Springfield", "Digital Cities Survey", 2018, 1, "500,000 or more"),
                                             ("Albany", "Digital Cities Survey", 2018, 2, "125,000-249,999")}


@pytest.mark.parametrize("sentence, want", [
    ("Mesa, Ariz., clinched second place in the 250,000-499,999 population category of the 2019 Digital Cities "
     "Survey, trailing only Virginia Beach, Va.", {("Mesa", 2), ("Virginia Beach", 1)}),
    ("Boise, Idaho, captured the top spot among cities with 125,000-249,999 residents in the 2019 Digital Cities "
     "Survey.", {("Boise", 1)}),
    ("Sioux Falls, S.D., came in at No. 6 in the 125,000 to 249,999 population category in the 2019 Digital Cities "
     "Survey.", {("Sioux Falls", 6)}),
    ("Tacoma, Wash., and Spokane, Wash., tied for fifth in the 2019 Digital Cities Survey.",
     {("Tacoma", 5), ("Spokane", 5)}),
    ("In the 2019 Digital Cities Survey, Aurora, Ill., wound up fourth and Naperville, Ill., was ninth.",
     {("Aurora", 4), ("Naperville", 9)}),
    ("Reno, Nev., earned a 2019 Excellence in Technology Award from the Public Technology Institute.",
     {("Reno", None)}),
])
def test_placing_verbs(sentence, want):
    assert {(a.city, a.rank) for a in extract_text(sentence).awards if a.year == 2019} == want


@pytest.mark.parametrize("sentence, want", [
    ("In 2019, Springfield, Ill., was selected as one of 25 Champion Cities in the Bloomberg Philanthropies Mayors "
     "Challenge.", {("Springfield", "Mayors Challenge", 2019, None, "Champion City")}),
    ("Springfield, Ill., was a finalist in the 2019 Mayors Challenge; Albany, N.Y., won the $1 million grand prize.",
     {("Albany", "Mayors Challenge", 2019, None, "grand prize")}),  # a prize tier is a category
    ("The City of Springfield, Ill., received the 2019 Digital Equity Honor from the National League of Cities.",
     {("Springfield", "Digital Equity Honor", 2019, None, None)}),
    ("Springfield, Ill., has been designated a 2019 Bicycle Friendly Community at the Gold level by the League of "
     "American Bicyclists.", {("Springfield", "Bicycle Friendly Community", 2019, None, "Gold")}),
])
def test_finalists_titles_and_honours(sentence, want):
    assert _awards(sentence) == want


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([
    "1st", "2nd (tie)", "No. 3", "#4", "5.", "1 |", "|", "Springfield, Ill.", "Lake County, Md.", "Hampton Roads",
    "Digital Cities Survey", "Bright21 Communities of 2014", "named", "to its", "up two spots from 2015",
    "followed by", "trailing only", "Gold", "among the Champion Cities are", "which finished third, and",
    "250,000 or more population category:", "between 125,000 and 249,999", "\n", ", ", "; ", ". ", "2019",
    "last year", "did not place", "alongside", "joins", "Posted on", "November 4, 2021",
]), max_size=30))
def test_award_extraction_never_raises(parts):
    extract_text(" ".join(parts))


def test_announced_dated_list_with_members_and_a_relative_clause_year():
    text = ("Global Civic Forum Names 2014 Bright21 Communities\nNEW YORK (Jan. 22, 2014) — The Global Civic Forum "
            "today announced its Bright21 Communities of 2014, a list of 21 communities worldwide that use broadband "
            "to build prosperity. The list includes Columbus, Ohio; Arlington County, Va.; Taipei; and Stockholm.\n\n"
            "Columbus, which was also named to the 2013 list, is the only U.S. city to make the list for a second "
            "straight year.")
    got = {(a.city, a.year, a.streak) for a in extract_text(text).awards if a.award == "Bright21 Communities"}
    assert got == {("Columbus", 2014, 2), ("Columbus", 2013, None), ("Arlington County", 2014, None),
                   ("Taipei", 2014, None), ("Stockholm", 2014, None)}


@pytest.mark.parametrize("sentence, want", [
    ("Springfield, Ill., along with Albany, N.Y., and Salem, Ore., was named a 2019 Digital City by the Center for "
     "Digital Government.", {("Springfield", None), ("Albany", None), ("Salem", None)}),
    ("Springfield, Ill., moved from ninth to fourth in the 2019 Digital Cities Survey.", {("Springfield", 4)}),
    ("Springfield, Ill., earned an honorable mention in the 2019 Digital Cities Survey.", set()),
    ("Springfield, Ill., was No. 2 in the 2019 Digital Cities Survey, behind only Albany, N.Y.",
     {("Springfield", 2), ("Albany", 1)}),
])
def test_joined_groups_moves_and_mentions(sentence, want):
    assert {(a.city, a.rank) for a in extract_text(sentence).awards if a.year == 2019} == want


def test_moved_from_to_states_last_years_rank():
    got = _by_city("Springfield, Ill., moved from ninth to fourth in the 2019 Digital Cities Survey.")
    assert got[("Springfield", 2018)][1] == 9


@pytest.mark.parametrize("sentence, want", [
    ("In the 2019 Digital Cities Survey, first place went to Springfield, Ill.; second to Albany, N.Y.; and third to "
     "Salem, Ore.", {("Springfield", 1), ("Albany", 2), ("Salem", 3)}),
    ("The top-ranked cities in the 250,000-499,999 category of the 2019 Digital Cities Survey were: 1. Tulsa, Okla.; "
     "2. Omaha, Neb.; 3. Wichita, Kan.", {("Tulsa", 1), ("Omaha", 2), ("Wichita", 3)}),
    ("Springfield, Ill., took the top prize in the 2019 Digital Cities Survey, with Albany, N.Y., and Salem, Ore., "
     "taking second and third.", {("Springfield", 1), ("Albany", 2), ("Salem", 3)}),
    ("Springfield, Ill., is the top-ranked city in the 125,000-249,999 population category of the 2019 Digital "
     "Cities Survey.", {("Springfield", 1)}),
])
def test_rank_orders_in_prose(sentence, want):
    assert {(a.city, a.rank) for a in extract_text(sentence).awards if a.year == 2019} == want


def test_headline_streak_with_body_placings():
    text = ("Springfield Named Among Top Digital Cities for Fifth Straight Year\n"
            "Posted on November 9, 2021 by Office of Communications\n\n"
            "SPRINGFIELD, Mo. – The City of Springfield has again been recognized by the Center for Digital "
            "Government, ranking sixth in the 125,000-249,999 population category of the 2021 Digital Cities Survey. "
            "The city ranked eighth in 2020.\n\nThe survey, now in its 21st year, recognizes cities using technology. "
            "Winners will be honored at a ceremony in Washington, D.C., on Nov. 18, 2021.\n")
    rec = extract_text(text)
    assert rec.date == "2021-11-09"
    got = {(a.city, a.year, a.rank, a.category, a.streak) for a in rec.awards}
    assert got == {("Springfield", 2021, 6, "125,000-249,999", 5), ("Springfield", 2020, 8, "125,000-249,999", None)}
    assert sorted(a.year for a in rec.inferred_awards) == [2017, 2018, 2019]


def test_a_listed_award_next_to_known_ones():
    text = ("Springfield Named a Bright21 Community\nSPRINGFIELD, Ill. (Jan. 5, 2014) – The Global Civic Forum today "
            "named the City of Springfield to its Bright21 Communities of 2014, a list of 21 communities worldwide. "
            "Springfield earned What Works Cities Certification at the Silver level in 2018 and What Works Cities "
            "Certification at the Gold level in 2019.")
    assert {(a.award, a.year, a.category) for a in extract_text(text).awards} == {
        ("Bright21 Communities", 2014, None), ("What Works Cities Certification", 2018, "Silver"),
        ("What Works Cities Certification", 2019, "Gold")}


def test_unranked_winner_list_lines():
    text = ("Smart Cities Connect Announces 2022 Smart 50 Award Winners\nDENVER, Colo. (May 10, 2022) – Smart Cities "
            "Connect today announced the winners of the 2022 Smart 50 Awards.\n\nThis year's honorees include:\n"
            "City of Springfield, Ill. – Smart Streetlight Network\n• Albany, N.Y. – Digital Twin for Stormwater\n"
            "Miami-Dade County, Fla. – Transit On-Demand\n\nThe winners will be recognized at the conference in "
            "Denver.\n")
    got = {(a.city, a.award, a.year) for a in extract_text(text).awards}
    assert got == {("Springfield", "Smart 50 Awards", 2022), ("Albany", "Smart 50 Awards", 2022),
                   ("Miami-Dade County", "Smart 50 Awards", 2022)}


def test_medals_are_categories():
    text = ("Springfield Wins Gold in Digital Equity Challenge\nSPRINGFIELD, Ill. (March 3, 2021) – The City of "
            "Springfield won gold in the 2021 Digital Equity Challenge, organized by the National League of Cities. "
            "Albany, N.Y., took silver and Salem, Ore., took bronze.")
    assert _awards(text) == {("Springfield", "Digital Equity Challenge", 2021, None, "Gold"),
                             ("Albany", "Digital Equity Challenge", 2021, None, "Silver"),
                             ("Salem", "Digital Equity Challenge", 2021, None, "Bronze")}


@pytest.mark.parametrize("sentence, want", [
    ("Springfield, Ill., was first in the state to adopt open data and placed third in the 2019 Digital Cities "
     "Survey.", {("Springfield", 3, None)}),
    ("Springfield, Ill., among the Fastest Growing Cities in the U.S., placed third in the 2019 Digital Cities "
     "Survey.", {("Springfield", 3, None)}),
    ("Springfield, Ill., placed in the top 10 of the 2019 Digital Cities Survey, coming in at number seven.",
     {("Springfield", 7, None)}),
])
def test_ordinals_and_titles_that_are_not_placings(sentence, want):
    assert {(a.city, a.rank, a.category) for a in extract_text(sentence).awards} == want


def test_section_headings_name_the_award_of_their_lists():
    text = ("2019 Digital Government Survey Winners\nPosted on November 4, 2019 by Staff\n\n"
            "The Center announced the winners of the 2019 Digital Cities Survey and 2019 Digital Counties Survey.\n\n"
            "Digital Cities Survey 2019\n500,000 or more population category:\n1st Springfield, Ill.\n"
            "2nd Albany, N.Y.\n\nDigital Counties Survey 2019\n500,000 or more population category:\n"
            "1st Fairfax County, Va.\n2nd King County, Wash.\n")
    assert {(a.city, a.award, a.rank) for a in extract_text(text).awards} == {
        ("Springfield", "Digital Cities Survey", 1), ("Albany", "Digital Cities Survey", 2),
        ("Fairfax County", "Digital Counties Survey", 1), ("King County", "Digital Counties Survey", 2)}


@pytest.mark.parametrize("sentence, want", [
    ("Springfield, Ill., took first place in the 2019 Digital Cities Survey, followed by Albany, N.Y.; Salem, Ore.; "
     "and Tulsa, Okla.", [("Albany", 2), ("Salem", 3), ("Springfield", 1), ("Tulsa", 4)]),
    ("Springfield, Ill., took first place in the 2019 Digital Cities Survey, followed closely by Albany, N.Y., in "
     "second and Salem, Ore., in third.", [("Albany", 2), ("Salem", 3), ("Springfield", 1)]),
])
def test_followed_by_lists(sentence, want):
    assert sorted((a.city, a.rank) for a in extract_text(sentence).awards) == want


@pytest.mark.parametrize("sentence, want", [
    ("In the 2019 Digital Cities Survey, the Twin Cities suburb of Eagan placed fifth in the 30,000-74,999 category.",
     {("Eagan", 5)}),
    ("Naperville, Ill., a suburb of Chicago, placed fifth in the 2019 Digital Cities Survey.", {("Naperville", 5)}),
])
def test_descriptors_and_region_suburbs(sentence, want):
    assert {(a.city, a.rank) for a in extract_text(sentence).awards} == want


def test_related_story_headlines_are_not_this_pages_wins():
    text = ("2016 Digital Counties Survey Winners Announced\nPosted on July 14, 2016 by Staff\n\n"
            "Dakota County, Minn., placed first in the 250,000-499,999 category of the 2016 Digital Counties Survey."
            "\n\nRelated\n\nMontgomery County ranked first in 2015 Digital Counties Survey\n")
    assert {(a.city, a.year) for a in extract_text(text).awards} == {("Dakota County", 2016)}


def test_relative_clause_year_stays_in_its_clause():
    text = ("Three North Carolina cities ranked in Digital Cities Survey\nPublished November 9, 2019\n\n"
            "Durham came in sixth and Greensboro eighth among cities with 250,000 to 499,999 residents in the 2019 "
            "Digital Cities Survey. Cary, which ranked third last year, took first place among cities with 125,000 "
            "to 249,999 residents.")
    got = {(a.city, a.year): (a.rank, a.category) for a in extract_text(text).awards}
    assert got[("Cary", 2019)] == (1, "125,000-249,999")
    assert got[("Cary", 2018)][0] == 3
    assert got[("Durham", 2019)] == (6, "250,000-499,999") and got[("Greensboro", 2019)] == (8, "250,000-499,999")


def test_title_list_lines():
    text = ("Foundation Names Champion Cities\nNEW YORK (Oct. 24, 2018) – The Acme Foundation today announced the 35 "
            "Champion Cities selected in the 2018 U.S. Mayors Challenge.\n\nThe Champion Cities are:\n"
            "Springfield, Ill.\nAlbany, N.Y.\n")
    assert _awards(text) == {("Springfield", "Mayors Challenge", 2018, None, "Champion City"),
                             ("Albany", "Mayors Challenge", 2018, None, "Champion City")}


def test_each_recipient_with_its_own_year():
    text = ("Past winners of the Digital Cities Survey include Springfield, Ill. (2015), Albany, N.Y. (2016, 2017) and "
            "Salem, Ore. (2018).")
    assert sorted((a.city, a.year) for a in extract_text(text).awards) == [
        ("Albany", 2016), ("Albany", 2017), ("Salem", 2018), ("Springfield", 2015)]


@pytest.mark.parametrize("who, award", [("Springfield, Ill.", "Digital Cities Survey"),
                                        ("Wake County, N.C.", "Digital Counties Survey")])
def test_the_centers_annual_survey_is_the_recipients_survey(who, award):
    text = (f"Published July 7, 2016\n{who}, ranked No. 7 in the 500,000-999,999 population category of the Center "
            "for Digital Government's annual survey.")
    assert [(a.award, a.year, a.rank) for a in extract_text(text).awards] == [(award, 2016, 7)]


@pytest.mark.parametrize("sentence, want", [
    ("Springfield, Ill., finished second in the 2019 Digital Cities Survey, behind Albany, N.Y.",
     {("Springfield", 2), ("Albany", 1)}),
    ("Springfield, Ill., finished fifth in the 2019 Digital Cities Survey, behind Albany, N.Y.", {("Springfield", 5)}),
])
def test_behind_names_the_winner_only_for_second_place(sentence, want):
    assert {(a.city, a.rank) for a in extract_text(sentence).awards} == want


def test_back_referring_streak_goes_to_the_winner_not_the_dateline_city():
    from kg.extract import extract_text

    text = ("PINEVILLE, Fla., Nov. 17, 2022 – Lake County has placed second among counties with populations of "
            "1,000,000 or more in the 2022 Digital Counties Survey. It is the county's seventh consecutive "
            "appearance in the top 10.\n")
    rec = extract_text(text)
    (win,) = [a for a in rec.awards if a.year == 2022]
    assert (win.city, win.rank, win.streak) == ("Lake County", 2, 7)
    assert sorted(i.year for i in rec.inferred_awards) == list(range(2016, 2022))


def test_program_recognition_is_not_an_award():
    from kg.extract import extract_text

    text = ("SALEM, Ore. – Salem ranked second among cities with 125,000 to 249,999 residents in the 2022 "
            "Digital Cities Survey. The city was recognized for its Smart City Hub, a data platform.\n")
    assert {a.award for a in extract_text(text).awards} == {"Digital Cities Survey"}


def test_usa_written_with_dots_and_a_comma_is_the_same_award():
    from kg.extract import extract_text

    text = "April 24, 2031 - The Village of Morton Grove has once again been named a Tree City, U.S.A. this year."
    assert {a.award for a in extract_text(text).awards} == {"Tree City USA"}


def test_a_singular_possessive_mayors_challenge_is_the_mayors_challenge():
    from kg.extract import extract_text

    text = ("September 17, 2031\nWinning cities were released as part of the foundation's Mayor's Challenge. "
            "Winners included Tulsa, Okla.; Ames, Iowa; and Salem, Ore.")
    assert {(a.city, a.award) for a in extract_text(text).awards} == {
        ("Tulsa", "Mayors Challenge"), ("Ames", "Mayors Challenge"), ("Salem", "Mayors Challenge")}


def test_the_national_association_of_counties_achievement_awards_written_out_are_naco_awards():
    from kg.extract import extract_text

    text = ("July 2, 2031. Polk County won more 2031 National Association of Counties Achievement Awards than any "
            "other county in the country.")
    assert {(a.city, a.award, a.year) for a in extract_text(text).awards} == {
        ("Polk County", "NACo Achievement Awards", 2031)}


def test_leed_for_cities_written_out_is_leed_for_cities():
    from kg.extract import extract_text

    text = ("The U.S. Green Building Council has named Tulsa, Okla., the first city to receive the Leadership in "
            "Energy and Environmental Design (LEED) for Cities Platinum award.")
    assert {(a.city, a.award, a.category) for a in extract_text(text).awards} == {
        ("Tulsa", "LEED for Cities", "Platinum")}


def test_the_innovation_cities_program_names_the_innovation_cities_index():
    from kg.extract import extract_text

    text = ("date 2031-10-15 The 3 Most Innovative Cities\n\nHow does your city rank?\n\n2thinknow Innovation Cities™ "
            "Program: www.innovation-cities.com\n\n3. Portland, OR\n\nSource: 2thinknow\n\n2. Pittsburgh, PA\n\n"
            "Source: 2thinknow\n")
    assert {(a.city, a.award, a.rank) for a in extract_text(text).awards} == {
        ("Portland", "Innovation Cities Index", 3), ("Pittsburgh", "Innovation Cities Index", 2)}


def test_bee_city_usa_and_greenstep_cities_are_known_certifications():
    from kg.extract import extract_text

    text = ("Bee City USA April 2018 E-News\n"
            "A special welcome to the cities certified so far in 2018: Mount Holly and Highlands, North Carolina; "
            "Mountain Home, Idaho; Salisbury, Maryland.")
    wins = {(a.city, a.award, a.year) for a in extract_text(text).awards}
    assert {("Mount Holly", "Bee City USA", 2018), ("Salisbury", "Bee City USA", 2018)} <= wins
    text = ("(June 15, 2016 – St. Paul, Minn.) The League of Minnesota Cities recognized 49 member cities for "
            "completing steps in the GreenStep Cities initiative. The cities recognized for Step One completion "
            "in 2015-2016 are Aitkin, Albert Lea, Arden Hills, Barnum, Belle Plaine, Big Lake, Cologne, Faribault, "
            "Fergus Falls, Golden Valley, Hastings.")
    wins = {(a.city, a.award) for a in extract_text(text).awards}
    assert ("Albert Lea", "GreenStep Cities") in wins
