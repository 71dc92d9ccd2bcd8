"""Award years follow the conventions: stated, or fixed by the document's own date; otherwise null."""

from __future__ import annotations

from kg.extract import extract_text


def _years(text: str) -> dict[str, int | None]:
    return {a.city: a.year for a in extract_text(text).awards}


def test_an_undated_page_with_no_stated_year_gives_no_year():
    text = ("Olympia, Wash., placed first in the Digital Cities Survey. The survey began in 2001, "
            "and the city launched its open data portal in 2017 and its 311 app in 2017.")
    assert _years(text) == {"Olympia": None}


def test_the_year_written_on_the_awards_title_is_the_edition_of_an_undated_list():
    text = ("Digital Cities Survey 2014 Winners\n\n"
            "Cities with more than 250,000 residents\n1st – Tulsa, Okla.\n2nd – Omaha, Neb.\n")
    assert _years(text) == {"Tulsa": 2014, "Omaha": 2014}


def test_a_related_story_line_does_not_date_the_page():
    text = ("Digital Cities Survey | 2009 Results\n\n"
            "Cities with more than 250,000 residents\n1st – Tulsa, Okla.\n2nd – Omaha, Neb.\n\n"
            "Related stories: 2010 Digital Cities results | What makes a digital city?\n")
    assert _years(text) == {"Tulsa": 2009, "Omaha": 2009}


def test_two_editions_named_on_an_undated_page_fix_neither():
    text = ("Aurora, Colo., placed third in the 2015 Digital Cities Survey. "
            "Boise, Idaho, was praised in the 2016 Digital Cities Survey report.")
    years = _years(text)
    assert years.get("Aurora") == 2015  # stated next to its own signal
    assert set(years.values()) <= {2015, 2016, None}


def test_a_dated_release_fixes_this_years_edition():
    text = "Nov. 6, 2019 – The City of Tulsa, Okla., placed first in the Digital Cities Survey."
    assert _years(text) == {"Tulsa": 2019}


def test_an_undated_pages_lead_states_the_edition_year():
    text = ("The foundation has announced seven cities certified through the program for 2031. "
            "Eugene, Ore., was certified at the gold level by What Works Cities.")
    assert _years(text) == {"Eugene": 2031}


def test_an_undated_lead_without_a_year_leaves_it_null():
    text = ("The foundation announced new What Works Cities certifications. Eugene, Ore., was certified at the "
            "gold level. The program launched in 2017 and grew in 2019.")
    assert _years(text) == {"Eugene": None}


def test_a_year_in_a_contrasting_clause_is_not_the_wins():
    text = ("Eugene won the Lee Kuan Yew World City Prize in 2031. Two years ago the prize went to the city of "
            "Tulsa, Okla., but Eugene received a special nomination for 2031.")
    assert _years(text).get("Tulsa") == 2029


def test_previous_winners_named_in_passing_keep_no_year():
    text = ("Colombian city wins LKY prize\n\nMedellín has been named a 2016 recipient of the Lee Kuan Yew World City "
            "Prize, said the Urban Redevelopment Authority on Wednesday, 16 March.\n\nMedellín is the fourth "
            "recipient of the accolade, after previous winners Suzhou in China, Spain’s Bilbao and New York City.\n")
    years = {a.city: a.year for a in extract_text(text).awards}
    assert years == {"Medellín": 2016, "Suzhou": None, "Bilbao": None, "New York": None}


def test_an_edition_year_written_possessive_dates_an_undated_pages_list():
    from kg.extract import extract_text

    text = ("WalletHub conducted an in-depth analysis of 2031’s Best-Run Cities in America.\n\n"
            "Its analysts compared 150 of the largest cities across six key dimensions.\n\n"
            "Here are the top three:\n\n1. Boise, ID\n2. Nampa, ID\n3. Provo, UT\n")
    assert {(a.city, a.year, a.rank) for a in extract_text(text).awards} == {
        ("Boise", 2031, 1), ("Nampa", 2031, 2), ("Provo", 2031, 3)}


def test_an_edition_named_by_a_generic_noun_dates_an_undated_pages_grades():
    # "the 2016 survey" is the only edition the page names: the grades it lists are that edition's
    text = ("How Digital is Your State?\nThe outlook suggested by the 2016 survey is strong. "
            "States with a solid A grade in the Digital States Survey are Michigan, Ohio and Utah.")
    assert set(_years(text).values()) == {2016}


def test_two_editions_named_by_generic_nouns_date_nothing():
    text = ("The 2014 survey was hard; the 2016 survey was harder. "
            "States with a solid A grade in the Digital States Survey are Michigan, Ohio and Utah.")
    assert set(_years(text).values()) == {None}


def test_a_shouted_link_below_the_list_does_not_date_an_undated_page():
    # the page's chrome below the list ("CURRENT BICYCLE FRIENDLY COMMUNITIES 2014") is a link, not the edition
    text = ("Bike Friendly\n\nThe League of American Bicyclists has announced its latest round of Bicycle "
            "Friendly Communities.\n\nSilver:\nThe Villages, FL\n\nBronze:\nAkron, OH\nChula Vista, CA\n\n"
            "CURRENT BICYCLE FRIENDLY COMMUNITIES 2014\n\nLeave a Reply\n")
    assert set(_years(text).values()) == {None}


def test_wins_from_before_1980_are_years_too():
    text = ("June 20, 2009 - Phoenix won the 2009 All-America City Award on Saturday. Phoenix previously won "
            "the All-America City Award in 1950, 1958, 1980 and 1989.")
    assert sorted(a.year for a in extract_text(text).awards) == [1950, 1958, 1980, 1989, 2009]


def test_an_awards_abbreviation_and_claimed_wins():
    text = ("The city of Wichita was named an All-America City last night following a weekend of competition in "
            "Denver, CO. This is the fifth time the city has claimed this national recognition.\n\n"
            "Wichita previously claimed the AAC honor in 1961, 1993, 1999 and 2009.")
    wins = {(a.city, a.year) for a in extract_text(text).awards}
    assert {("Wichita", 1961), ("Wichita", 1993), ("Wichita", 1999), ("Wichita", 2009)} <= wins
    assert not any(city == "Denver" for city, _y in wins)  # where the competition was held


def test_a_year_that_marks_a_streak_dates_the_win_it_reports():
    text = ("date 2017-04-24 The Village of Morton Grove is proud to announce that it has once again been named "
            "as a Tree City, U.S.A. by the Arbor Day Foundation.\n\n"
            "2016 marks the 16th consecutive year that the Village has earned this honor.")
    rec = extract_text(text)
    assert [(a.city, a.year, a.streak) for a in rec.awards] == [("Morton Grove", 2016, 16)]
    assert sorted(a.year for a in rec.inferred_awards) == list(range(2001, 2016))


def test_a_page_dating_several_earlier_editions_fixes_no_year():
    text = ("Digital States Program\n\nThe newly expanded program builds on the 2012 Digital States Survey.\n\n"
            "Since the last biennial survey in 2018, grades improved. Arizona moved up to an A- designation.\n"
            "Since the last biennial survey in 2016, grades improved. Georgia moved up to A designation.")
    assert set(_years(text).values()) == {None}


def test_one_earlier_edition_compared_with_leaves_the_named_one():
    text = ("The 2018 Digital States Survey gave Georgia a letter grade of A. Georgia’s letter grade of A is an "
            "improvement from the last survey in 2016.")
    assert _years(text).get("Georgia") == 2018


def test_an_edition_a_page_compares_with_does_not_date_it():
    text = ("Naperville again named one of 'Best Places to Live' by Money magazine\n\n"
            "The magazine released its annual list Monday with Naperville coming in third. This year's list was "
            "similar to the 2006 rankings, when the magazine chose America's best small cities.")
    assert _years(text).get("Naperville") is None


def test_an_undated_page_takes_the_year_of_the_event_that_announced_the_winners():
    text = ("Tulsa, Okla., and Salem, Ore., won the Municipal Innovation Award. The winners were announced at "
            "the National League of Cities Summit 2019 in San Antonio.")
    assert _years(text) == {"Tulsa": 2019, "Salem": 2019}
    dated = ("Tulsa, Okla., and Salem, Ore., won the Municipal Innovation Award. The winners were honored during "
             "the 2018 City Summit in Houston.")
    assert _years(dated) == {"Tulsa": 2018, "Salem": 2018}


def test_two_announcing_events_fix_no_year():
    text = ("Tulsa, Okla., won the Municipal Innovation Award. It was presented at the City Summit 2018, and "
            "the next winners will be announced at the City Summit 2019.")
    assert _years(text) == {"Tulsa": None}


def test_an_undated_page_takes_the_year_of_a_dated_announcement_or_round():
    on_a_day = ("The Bicycle Friendly Communities list grows.\n\nOn June 10, 2015, the League of American Bicyclists "
                "announced new Bicycle Friendly Communities: Boise, Idaho, and Memphis, Tenn. reached Silver.")
    assert _years(on_a_day) == {"Boise": 2015, "Memphis": 2015}
    a_round = ("The League honored 61 towns with Bicycle Friendly Community awards. Of those winners, two received "
               "Gold awards, the highest recognition of the fall 2018 BFC class: Aspen, Colo., and Oakland, Calif.")
    assert _years(a_round) == {"Aspen": 2018, "Oakland": 2018}


def test_an_undated_page_that_names_its_list_by_year_is_dated_by_it():
    text = ("New York City returned to Fortune magazine's rankings of the best cities for business and tops the "
            "1997 list released Monday. In North America, Denver is No. 2 for the second year.")
    wins = {(a.city, a.year) for a in extract_text(text).awards}
    assert ("New York City", 1997) in wins or ("New York", 1997) in wins


def test_an_undated_page_takes_the_year_of_the_round_it_says_drew_its_entries():
    lead = "Tulsa, Okla., and Salem, Ore., won the Digital Inclusion Leader Award.\n\n"
    text = lead + "2019 brought the most nominations yet, from towns in 30 states. The program began in 2012."
    assert _years(text) == {"Tulsa": 2019, "Salem": 2019}
    # a year that only says how the program grew dates nothing
    grew = lead + "In 2019 the program grew, and it began in 2012."
    assert _years(grew) == {"Tulsa": None, "Salem": None}
