"""Awards read from the page's layout: the places that open the items under a winners' head."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.layout import blocks, scopes


def _wins(text: str) -> dict[str, tuple]:
    return {a.city: (a.award, a.year, a.rank, a.category) for a in extract_text(text).awards}


def test_first_place_winners_include_gives_rank_one_and_each_bullet_its_bracket():
    text = ("Nov. 6, 2030 – The Center for Digital Government announced the winners of the Digital Cities "
            "Survey.\n\nThis year's first-place winners in each population category include:\n"
            "  • City of Tulsa, Okla. (500,000 or more population category):\n"
            "Tulsa built a permit portal and a new open data site for residents and businesses alike.\n"
            "  • City of Boise, Idaho (125,000-249,999 population category):\n"
            "Boise rebuilt its website around the tasks residents come to do most often every day.\n")
    wins = _wins(text)
    assert wins["Tulsa"] == ("Digital Cities Survey", 2030, 1, "500,000 or more")
    assert wins["Boise"] == ("Digital Cities Survey", 2030, 1, "125,000-249,999")


def test_states_and_counties_written_as_governments_win_a_ranked_heading():
    text = ("Sept. 2, 2031 – The Government Experience Awards winners were announced today.\n\n"
            "Overall State Government Experience Winners:\n\n1st Place – State of Oregon\n\n"
            "2nd Place – Commonwealth of Kentucky\n\nFinalists\n\nState of Idaho\n\nState of Maine\n\n"
            "State of Ohio\n\nOverall County Government Experience Winners:\n\n1st Place – County of Kern, CA\n")
    wins = _wins(text)
    assert wins["Oregon"] == ("Government Experience Awards", 2031, 1, "Overall State Government Experience")
    assert wins["Kentucky"][2:] == (2, "Overall State Government Experience")
    assert "Idaho" not in wins and "Maine" not in wins  # finalists win nothing
    assert wins["Kern County"][2:] == (1, "Overall County Government Experience")


def test_level_headings_above_their_places_give_each_place_its_level():
    text = ("The League of American Bicyclists named new Bicycle Friendly Communities this week. "
            "Cities added for the first time:\nGold\nEugene, Ore.\nSilver\nAmes, Iowa\nBend, Ore.\n"
            "Bronze\nLogan, Utah\n")
    wins = _wins(text)
    assert {c: w[3] for c, w in wins.items()} == {"Eugene": "Gold", "Ames": "Silver", "Bend": "Silver",
                                                  "Logan": "Bronze"}


def test_a_sentence_right_above_bullets_introduces_them():
    text = ("Arbor Day Foundation news\n\nThis spring, four communities are marking 40 years as a Tree City USA.\n"
            "  • Keene, New Hampshire\n  • Salina, Kansas\n  • Eugene, Oregon\n  • Ames, Iowa\n")
    assert set(_wins(text)) == {"Keene", "Salina", "Eugene", "Ames"}
    assert {w[0] for w in _wins(text).values()} == {"Tree City USA"}


def test_a_semicolon_list_of_places_after_a_lead_in_all_win():
    text = ("Congratulations to the 2033 Playful City USA communities!\n"
            "We are proud of our partner sites recognised this year:\n"
            "Ames, Iowa; Bend, Ore.; Keene, N.H.; Salina, Kan.\n")
    wins = _wins(text)
    assert set(wins) == {"Ames", "Bend", "Keene", "Salina"}
    assert {w[1] for w in wins.values()} == {2033}


def test_paragraphs_opening_with_places_under_a_winners_heading_take_the_prize_tier():
    text = ("The Mayors Challenge named its winners at a summit in Detroit.\n\nMayors Challenge winners\n\n"
            "Eugene, Ore., will test sensors that warn residents of smoke from wildfires.\n\n"
            "Ames, Iowa, will pay landlords to insulate homes rented to low-income families.\n")
    wins = _wins(text)
    assert wins["Eugene"][0] == "Mayors Challenge" and wins["Eugene"][3] == "winner"
    assert wins["Ames"][3] == "winner"


def test_a_headline_above_a_dateline_makes_no_list():
    text = ("Tulsa Takes First Place in 2030 Digital Cities Survey\n\n"
            "ROCKVILLE, Md. – Tulsa, Okla., took first place in the 2030 Digital Cities Survey.\n\n"
            "OMAHA, Neb. – The survey is run by the Center for Digital Government every year.\n")
    assert set(_wins(text)) == {"Tulsa"}


def test_a_place_followed_by_its_state_name_is_one_recipient():
    text = ("Other area winners:\n• Loudoun County, Virginia: No. 3 in the 2030 Digital Counties Survey\n"
            "• Howard County, Maryland: No. 5 in the 2030 Digital Counties Survey\n")
    assert set(_wins(text)) == {"Loudoun County", "Howard County"}


def test_layout_kinds_and_scopes():
    text = "Winners include:\n1st – Tulsa\n2nd (tie) – Omaha\nFinalists\nAmes\nBend\nKeene\n"
    assert [b.kind for b in blocks(text)] == ["intro", "item", "item", "heading", "item", "item", "item"]
    assert [len(s.members) for s in scopes(text)] == [2, 3]


def test_an_items_level_after_a_dash_is_its_category():
    text = ("Here are the new Bicycle Friendly Communities:\n\nEugene, OR — Gold\nAmes, IA — Bronze\n"
            "Bend, OR — Bronze\n\nThese received an honorable mention:\n\nLogan, UT\nKeene, NH\n")
    wins = _wins(text)
    assert {c: w[3] for c, w in wins.items()} == {"Eugene": "Gold", "Ames": "Bronze", "Bend": "Bronze"}


def test_unmarked_lines_right_under_a_lead_in_are_all_its_items():
    text = ("The All-America City Award winners for 2031 are (in alphabetical order):\n"
            "_ Eugene, Oregon\n_ Ames, Iowa\n")
    assert set(_wins(text)) == {"Eugene", "Ames"}


def test_winners_by_category_entries_with_a_dash_take_the_category_above_them():
    text = ("The Regional Smart Cities Awards were announced today. This year's winners by category are as "
            "follows:\nCivic Engagement\nEugene, OR — Eugene 311: A Voice Channel For Every Resident\n"
            "Smart Water (Tie)\nAmes, IA — River Gauges Shared With Neighbouring Towns\n"
            "Bend, OR — Leak Detection Across The Whole Network\n")
    wins = {a.city: a.category for a in extract_text(text).awards}
    assert wins == {"Eugene": "Civic Engagement", "Ames": "Smart Water", "Bend": "Smart Water"}


def test_a_contact_name_is_no_category():
    text = ("Winners include:\n\nEugene, OR — Gold\n\nMedia Contact\n\nJane Roe\n\nCommunications Manager\n\n"
            "City of Ames\n")
    assert {a.category for a in extract_text(text).awards} <= {"Gold", None}


def test_a_garbled_row_does_not_end_a_ranked_list():
    text = ("2030 Digital Cities Survey\n\nTop ranking cities with a population of 125,000-249,999:\n"
            "1st Ames, IA\nP2nd lano, TX\n3rd Bend, OR\n")
    wins = {a.city: (a.rank, a.category) for a in extract_text(text).awards}
    assert wins["Bend"] == (3, "125,000-249,999")


def test_a_members_bracket_after_its_state():
    text = ("July 21, 2031 – The Digital Counties Survey winners were announced.\n\n"
            "This year's first-place winners include:\n"
            "Kern County, Calif. (500,000 or more population category): The county opened a data portal for all.\n"
            "Polk County, Fla. (250,000-499,999 population category): The county rebuilt its permit system.\n")
    cats = {a.city: (a.rank, a.category) for a in extract_text(text).awards}
    assert cats == {"Kern County": (1, "500,000 or more"), "Polk County": (1, "250,000-499,999")}


def test_a_list_of_states_reads_every_state():
    text = "Digital States Survey 2031\n\nStates earning an A include:\n• Utah, Ohio, Georgia\n"
    assert {"Utah", "Ohio", "Georgia"} <= set(_wins(text))


def test_a_worst_of_ranked_list_wins_nothing():
    text = ("July 1, 2031 – WalletHub ranked the Best-Run Cities of 2031.\n\nTop three best-run cities:\n\n"
            "  1. Eugene, Oregon\n  2. Tulsa, Oklahoma\n\nTop three worst-run cities:\n\n"
            "  1. Omaha, Nebraska\n  2. Boise, Idaho\n")
    assert {(a.city, a.rank) for a in extract_text(text).awards} == {("Eugene", 1), ("Tulsa", 2)}


def test_a_ranking_named_with_a_qualifier_is_still_the_ranking():
    text = "Best-Run US Cities\n- Eugene, Ore.\n- Tulsa, Okla.\n"
    assert {(a.city, a.award) for a in extract_text(text).awards} == {("Eugene", "Best-Run Cities"),
                                                                    ("Tulsa", "Best-Run Cities")}


def test_a_head_that_is_only_a_level_gives_it_to_the_places_under_it():
    text = ("The League of American Cyclists has announced its latest round of Bicycle Friendly Communities.\n\n"
            "Silver:\nThe Villages, FL\n\nBronze:\nAkron, OH\nEdina, MN\n\n"
            "Renewal Awards\n\nBronze > Silver:\nArvada, CO\n")
    wins = _wins(text)
    assert {c: w[3] for c, w in wins.items()} == {"The Villages": "Silver", "Akron": "Bronze", "Edina": "Bronze",
                                                  "Arvada": "Silver"}
    assert {w[0] for w in wins.values()} == {"Bicycle Friendly Community"}


def test_a_level_head_names_no_award_without_one_on_the_page():
    text = "Our sponsors\n\nGold:\nAkron, OH\nEdina, MN\n"
    assert _wins(text) == {}


def test_a_level_winners_head_with_its_colon_gives_its_level_and_double_dash_bullets_are_items():
    text = ("Eight Cities Honored with NLC Awards for Municipal Excellence\n\n"
            "Eight cities will receive the National League of Cities' 2009 Awards for Municipal Excellence.\n\n"
            "Gold winners:\n-- Slidell, La.\n-- Savannah, Ga.\n\nSilver winners:\n-- Estes Park, Colo.\n\n"
            '"These Awards for Municipal Excellence cities have improved the quality of life," he said.\n')
    wins = _wins(text)
    assert wins == {"Slidell": ("Awards for Municipal Excellence", 2009, None, "Gold"),
                    "Savannah": ("Awards for Municipal Excellence", 2009, None, "Gold"),
                    "Estes Park": ("Awards for Municipal Excellence", 2009, None, "Silver")}


def test_a_place_heading_under_a_category_heading_under_a_winners_announcement():
    text = ("2020 NACo Achievement Award Winners\n\n"
            "NACo is pleased to announce the winners for the 2020 Achievement Awards.\n\n"
            "2020 Achievement Award Best in Category winners\n\n"
            "Arts, Culture and Historic Preservation\n\n"
            "San Bernardino County, Calif.\n\n"
            "Old West Days: Broadening Myths and Legends\n\n"
            "The focus of the museum's Old West Days is for visitors to experience a traditional era anew.\n")
    assert _wins(text) == {"San Bernardino County": ("NACo Achievement Awards", 2020, None,
                                                     "Arts, Culture and Historic Preservation")}


def test_a_table_s_column_names_are_no_category():
    text = ("“A place on the ENERGY STAR Top Cities list shows a city’s commitment to saving energy,” said EPA "
            "official Jane Roe.\n"
            "To make the yearly list, EPA counts the certified buildings in each metro area. This year’s Top Cities "
            "are:\n"
            "Rank    Metro Area        Building Count\n"
            "6           San Francisco              378\n"
            "7            Chicago                         339\n"
            "8            Phoenix                         300\n")
    assert {(a.city, a.rank, a.category) for a in extract_text(text).awards} == {
        ("San Francisco", 6, None), ("Chicago", 7, None), ("Phoenix", 8, None)}


def test_a_place_heading_with_nothing_under_it_wins_nothing():
    text = ("Congratulations to the Best of the Web Awards 2006 Winners:\n\nState Portal Category:\n"
            "1st Place: Michigan\n2nd Place: Maine\n\nRhode Island\n")
    assert "Rhode Island" not in _wins(text)


def test_paragraphs_under_a_winners_head_open_with_their_winner_after_a_lead_phrase():
    text = ("NACo is pleased to announce the winners for the 2023 Achievement Awards.\n\n"
            "Best in Category Winners\n\n"
            "In 2022, Fulton County's Department of Arts and Culture developed a concept that introduced fashion "
            "and arts education to residents.\n\n"
            "Palm Beach County Youth Services Department, in partnership with local schools, built a mentoring "
            "program for young residents.\n")
    wins = _wins(text)
    assert set(wins) == {"Fulton County", "Palm Beach County"}
    assert {w[0] for w in wins.values()} == {"NACo Achievement Awards"}


def test_one_entry_labelled_with_its_place_under_a_first_place_lead_in():
    text = ("Nov. 14, 2019 - The Center for Digital Government announced the winners of the 2019 Digital Cities "
            "Survey.\n\nThis year's first-place winners include:\n\n"
            "San Diego, Calif.: San Diego's citizen-centric focus is evident in its website and mobile apps.\n")
    assert _wins(text) == {"San Diego": ("Digital Cities Survey", 2019, 1, None)}


def test_newly_gold_cities_take_the_level_the_lead_in_gives_them():
    text = ("What Works Cities awards Certification at three levels: Silver, Gold and Platinum.\n"
            "Here are data highlights from the two newly Gold cities:\n"
            "- Boulder, Colorado, is preventing eviction with legal services and rental assistance.\n"
            "- Tempe, Arizona, is tracking its housing outcomes with a public dashboard for residents.\n")
    wins = _wins(text)
    assert {c: (w[0], w[3]) for c, w in wins.items()} == {
        "Boulder": ("What Works Cities Certification", "Gold"), "Tempe": ("What Works Cities Certification", "Gold")}


def test_a_name_we_do_not_know_between_semicolons_does_not_end_a_labelled_run():
    text = ("The Intelligent Community Forum announced its Smart21 Communities.\n\nThe cities selected are:\n\n"
            "CANADA: Burlington, Ontario; Nunavut; Sudbury, Ontario; Waterloo, Ontario\n")
    assert set(_wins(text)) == {"Burlington", "Sudbury", "Waterloo"}


def test_sibling_category_heads_under_a_winners_head_all_list_winners():
    text = ("The Public Technology Institute announced today the winners of the 2023 PTI Solutions Awards.\n"
            "2023 PTI Solutions Award Winners\n"
            "Information Technology:\nCity of Dallas (pop. over 250,000)\n"
            "Geospatial Information Systems:\nRoanoke County, Va. (pop. 50,000-249,000)\n"
            "Public Safety, Emergency Management, and Community Resiliency:\nDurham County, N.C. (pop. over 250,000)\n")
    wins = _wins(text)
    assert set(wins) == {"Dallas", "Roanoke County", "Durham County"}
    # each recipient's population note is its size; the head it is listed under is the category it won in
    assert wins["Roanoke County"][3] == "Geospatial Information Systems"


def test_bullets_run_into_one_line_are_items_of_the_last_sentence_before_them():
    text = ("SACRAMENTO, Calif. Nov. 3, 2011 – The Center for Digital Government today announced the top-ranked "
            "cities in the Digital Cities Survey. The survey was open to all U.S. cities. The first-place winners in "
            "each of the four population classifications are: • City and County of Honolulu, Hawaii (250,000 or more "
            "population) • City of Olathe, Kan. (125,000 – 249,999 population) • City of Eden Prairie, Minn. "
            "(30,000 – 74,999 population)\n")
    wins = _wins(text)
    assert wins == {"Honolulu": ("Digital Cities Survey", 2011, 1, "250,000 or more"),
                    "Olathe": ("Digital Cities Survey", 2011, 1, "125,000-249,999"),
                    "Eden Prairie": ("Digital Cities Survey", 2011, 1, "30,000-74,999")}


def test_ranked_town_rows_under_category_heads_of_a_written_contest():
    text = ("The Association’s Annual Town Report Contest recognizes outstanding reports.\n"
            "The following are winners of the Annual Town Report Contest.\n"
            "Awards presented on January 19, 2024\n"
            "Category 1 (population 30,001-plus)\n1st place: Andover\n2nd place: Shrewsbury\n3rd place: Natick\n")
    wins = {c: (w[0], w[2], w[3]) for c, w in _wins(text).items()}
    assert wins == {"Andover": ("Town Report Contest", 1, "30,001 or more"),
                    "Shrewsbury": ("Town Report Contest", 2, "30,001 or more"),
                    "Natick": ("Town Report Contest", 3, "30,001 or more")}


def test_bullets_that_lead_with_their_quoted_category_then_the_winner():
    text = ("Nice, Copenhagen and Barcelona have triumphed at the Eurocities Awards 2021.\n\n"
            "The awards were selected by a panel of expert judges across three categories:\n\n"
            "  • For ‘planning public spaces’ Copenhagen won with its Cloudburst initiative.\n"
            "  • For ‘from farm to fork’ Barcelona won with its urban food system initiative.\n")
    wins = {c: w[3] for c, w in _wins(text).items()}
    assert wins["Copenhagen"] == "planning public spaces" and wins["Barcelona"] == "from farm to fork"


def test_places_under_a_finalists_heading_win_nothing_whatever_the_lines_between():
    text = ("The All-America City Award recognizes communities.\n\nAnnouncing This Years' Finalists! These 20 "
            "communities get the chance to be named an All-America City!\n\n2019 Finalists\n\n"
            "Click here for more information about the 2019 All-America City Awards.\n\n"
            "2019 All-America City Award Finalists\n\nin alphabetical order by city\n\nBattle Creek, Michigan\n"
            "Battle Creek is addressing its community needs by developing programs for children.\n\n"
            "Clinton, North Carolina\nClinton is improving its downtown with residents.\n")
    assert _wins(text) == {}


def test_a_listing_grouped_under_state_headings():
    text = ("There are more than 3,400 Tree Cities USA.\nThe following is a partial listing of Tree Cities USA. "
            "To be a Tree City, the community must meet four standards:\n- The community must have a tree board.\n\n"
            "States\nAlabama\n- Abbeville, Alabama\n - Alabaster, Alabama\n\nAlaska\nArizona\n- Avondale, Arizona\n")
    wins = _wins(text)
    assert set(wins) == {"Abbeville", "Alabaster", "Avondale"}
    assert {w[0] for w in wins.values()} == {"Tree City USA"}


def test_a_ranking_title_names_the_award_of_its_numbered_list():
    text = ("Best Places to Live (USA) 2006\n\nEvery year Money Magazine ranks the “Best Places to Live” in America. "
            "This year, Fort Collins, Colorado takes the top spot.\n\n1. Fort Collins, CO\n2. Naperville, IL\n"
            "3. Sugar Land, TX\n")
    wins = _wins(text)
    assert wins["Naperville"] == ("Best Places to Live", 2006, 2, None)
    assert wins["Sugar Land"] == ("Best Places to Live", 2006, 3, None)


def test_a_level_worded_with_level_is_the_metal_alone():
    from kg.extract import extract_text

    text = ("May 4, 2031\n\nMore Walk Friendly Communities\n\nThe center has announced another set of Walk "
            "Friendly Communities, recognized for their work to improve walking.\n\n"
            "Gold Level\nEugene, OR\nTulsa, OK\n\nSilver Level\nAmes, IA\nBoise, ID\n")
    assert {(a.city, a.category) for a in extract_text(text).awards} == {
        ("Eugene", "Gold"), ("Tulsa", "Gold"), ("Ames", "Silver"), ("Boise", "Silver")}


def test_a_member_with_its_count_is_no_heading_for_the_members_after_it():
    from kg.extract import extract_text

    text = ("June 3, 2031\n\nThese Playful City USA communities were honored this year, with the number of years "
            "each has been honored:\n\nAmes: 3\n\nWaldport: 1\n\nEugene: 9\n\nTulsa: 5\n")
    assert {a.category for a in extract_text(text).awards} <= {None}


def test_level_lines_right_under_a_lead_in_sentence_are_heads_of_the_places_under_them():
    from kg.extract import extract_text

    text = ("May 4, 2031\n\nThe center is pleased to announce new Walk Friendly Communities.\n\n"
            "The center recognizes these communities for their commitment to walking:\n"
            "Gold Level\n\nEugene, OR\nTulsa, OK\n\nSilver Level\n\nAmes, IA (Up from Bronze)\nBoise, ID\n\n"
            "Bronze Level\n\nSalem, OR\n")
    assert {(a.city, a.category) for a in extract_text(text).awards} == {
        ("Eugene", "Gold"), ("Tulsa", "Gold"), ("Ames", "Silver"), ("Boise", "Silver"), ("Salem", "Bronze")}


def test_an_items_bracket_after_its_placing_is_its_category():
    from kg.extract import extract_text

    text = ("December 2031\n\nA No. 1 winner was chosen in each population category of the 2031 Digital Cities "
            "Survey:\n\n  • Tulsa, Okla., 1st place, 250,000-499,999 population category\n"
            "  • Ames, Iowa, 1st place, up to 75,000 population category\n")
    assert {(a.city, a.rank, a.category) for a in extract_text(text).awards} == {
        ("Tulsa", 1, "250,000-499,999"), ("Ames", 1, "less than 75,000")}


def test_a_ranked_list_drawn_with_bullets_under_a_category_head():
    from kg.extract import extract_text

    text = ("Posted on: September 18, 2031\n\nThe Center announced the winners of the 2031 Government Experience "
            "Awards.\n\nOverall County Government Experience Winners:\n\n  • 1st Place: Dane County, WI\n"
            "  • 2nd Place: Polk County, IA\n  • 2nd Place: Lane County, OR\n  • Finalist: Linn County, IA\n")
    assert {(a.city, a.rank, a.category) for a in extract_text(text).awards} == {
        ("Dane County", 1, "Overall County Government Experience"),
        ("Polk County", 2, "Overall County Government Experience"),
        ("Lane County", 2, "Overall County Government Experience")}

