"""Winners named in one line with their countries ('Amman, Jordan; Bogotá, Colombia; Paterson, New
Jersey, USA'), an edition named as a span of years, and the announcer's dateline, which wins nothing."""

from __future__ import annotations

from kg.extract import extract_text

TEXT = ("Bloomberg Philanthropies Announces 4 Winners of the Global Mayors Challenge\n\n"
        "The Winning Cities Receiving $1 Million and Multi-Year Technical Support are Amman, Jordan; Bogotá, "
        "Colombia; Paterson, New Jersey, USA; and Wellington, New Zealand\n\n"
        "New York, NY – Bloomberg Philanthropies today announced the four winning cities of the 2021-2022 "
        "Global Mayors Challenge, the fifth edition of the worldwide innovation competition.\n")


def test_a_winners_line_with_countries_gives_every_city():
    wins = {a.city for a in extract_text(TEXT).awards}
    assert wins == {"Amman", "Bogotá", "Paterson", "Wellington"}


def test_a_span_of_years_fixes_no_edition():
    assert {a.year for a in extract_text(TEXT).awards} == {None}


def test_a_span_of_years_is_no_population_bracket():
    assert {a.category for a in extract_text(TEXT).awards} == {None}


def test_a_mixed_case_dateline_is_where_the_news_comes_from_not_a_winner():
    record = extract_text(TEXT)
    assert "New York" not in {a.city for a in record.awards}


def test_these_include_lists_the_winners_the_sentence_before_announced():
    text = ("This year the Smart 50 Awards program honors exceptional work.\n\nSeveral communities in our network "
            "are among the Smart 50 award winners. These include: Austin, Kansas City, Park City in Utah, and "
            "Washington, D.C.\n")
    assert {a.city for a in extract_text(text).awards} == {"Austin", "Kansas City", "Park City", "Washington"}


def test_these_include_after_a_sentence_without_winners_gives_nothing():
    text = ("The Smart 50 Awards program honors exceptional work.\n\nOur network has grown this year. "
            "These include: Austin, Kansas City and Park City in Utah.\n")
    assert extract_text(text).awards == []


def test_a_list_split_by_region_stays_one_list():
    text = ("Results for America today announced the 4 new Certified What Works Cities are: Alexandria, VA; "
            "Port St. Lucie, FL; and Rock Hill, SC from the U.S. and Bogotá, Colombia; and Recife, Brazil from "
            "Latin America.\n")
    assert {a.city for a in extract_text(text).awards} == {"Alexandria", "Port St. Lucie", "Rock Hill", "Bogotá",
                                                          "Recife"}


def test_winners_are_as_follows_and_a_west_virginia_written_wv():
    text = ("Nine cities have won the Bloomberg Philanthropies U.S. Mayors Challenge.\n\nThe winning jurisdictions "
            "are as follows: Denver; Durham, N.C.; Huntington, W.V.; and South Bend, Ind.\n")
    wins = {a.city for a in extract_text(text).awards}
    assert wins == {"Denver", "Durham", "Huntington", "South Bend"}
    assert ("Huntington", "WV") in {(c.name, c.state) for c in extract_text(text).cities}


def test_winners_after_a_participial_aside_and_cities_with_their_province():
    text = ("April 22, 2019: The Smart Cities Council announced the winners of its annual Smart Cities Readiness "
            "Challenge. The winning communities, selected from a pool of more than 100 applications, are: "
            "Baltimore; Edmonton, Alberta; Montgomery, AL; Racine, WI and the first regional entity.\n")
    assert {a.city for a in extract_text(text).awards} == {"Baltimore", "Edmonton", "Montgomery", "Racine"}


def test_a_possessive_award_name_a_grand_prize_winner_and_an_unknown_name_in_a_list():
    text = ("Bloomberg Philanthropies has announced its winners of the 2014 Mayors’ Challenge competition.\n\n"
            "The grand-prize winner (Barcelona) will receive 5 million Euros. The remaining four winners (Athens, "
            "Kirklees, Stockholm and Warsaw) will each receive 1 million Euros.\n")
    wins = {a.city: (a.award, a.year, a.category) for a in extract_text(text).awards}
    assert wins == {"Barcelona": ("Mayors Challenge", 2014, "grand prize"), "Athens": ("Mayors Challenge", 2014, None),
                    "Stockholm": ("Mayors Challenge", 2014, None), "Warsaw": ("Mayors Challenge", 2014, None)}


def test_mayors_of_two_cities_awarded_together_win_for_their_cities():
    text = ("ORLANDO, Fla., June 14, 2012 -- Mayor Greg Fischer of Louisville (KY) and Mayor Geraldine Muoio of West "
            "Palm Beach (FL), have been awarded first place honors in the 2012 City Livability Awards Program.\n")
    wins = {(a.city, a.year, a.rank) for a in extract_text(text).awards}
    assert wins == {("Louisville", 2012, 1), ("West Palm Beach", 2012, 1)}


def test_the_city_of_a_gathering_where_winners_are_announced_wins_nothing():
    text = ("At CityLab Detroit, Mayor Michael Bloomberg announced the nine winners of the Bloomberg Philanthropies "
            "U.S. Mayors Challenge. The winning cities are Denver; Durham, N.C.; and Fort Collins, Colo.\n")
    assert {a.city for a in extract_text(text).awards} == {"Denver", "Durham", "Fort Collins"}


def test_they_were_takes_the_year_of_the_winners_sentence_before_it():
    text = ("The League offers cities the annual City of Excellence Award.\n\n2024 Winners\n\nCongratulations to the "
            "2024 City of Excellence Award winners. They were Owatonna, Minn.; Shakopee, Minn.; and Mankato, Minn.\n")
    assert {(a.city, a.year) for a in extract_text(text).awards} >= {("Owatonna", 2024), ("Mankato", 2024)}


def test_a_numbered_ranking_title_keeps_its_number():
    text = ("New York City was named one of the 100 Best Communities for Young People by America's Promise "
            "Alliance in 2008.\n")
    assert {(a.city, a.award) for a in extract_text(text).awards} == {
        ("New York", "100 Best Communities for Young People")}


def test_a_dateline_in_parentheses_names_no_winner():
    from kg.extract import extract_text

    text = ("The Intelligent Community Forum Names the Global Top7 Intelligent Communities of 2023\n\n"
            "(New York, NY, USA & Durham Region, ON, Canada – June 20, 2023) – In an announcement today, the "
            "Intelligent Community Forum (ICF) named the Top7 Intelligent Communities of 2023.\n\n"
            "In alphabetical order, the Top7 Intelligent Communities of 2023 are:\n\n"
            "Coral Gables, Florida, USA\nHilliard, Ohio, USA\n")
    winners = {a.city for a in extract_text(text).awards}
    assert {"Coral Gables", "Hilliard"} <= winners and "New York" not in winners
