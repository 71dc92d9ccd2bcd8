"""A prize a page names after its main award and gives to other places is a part of that award, the category its
winners won it in ("Outstanding Achievement Awards were received by ..." on a page about the City Livability
Awards); the same prize beside a place's own win of the main award is a second honour of its own."""

from __future__ import annotations

from kg.extract import extract_text

PAGE = """2001 City Livability Awards Winners Announced

June 23, 2001

The City Livability Awards recognize mayors for leadership. Honolulu, Hawaii won the City Livability Award \
for its parks.

Outstanding Achievement Awards were received by Mayors Alan Autry of Fresno, California; and Susan J. Bauman of \
Madison, Wisconsin.

The Social Media Award went to Honolulu, Hawaii.
"""


def test_a_part_given_to_other_places_is_the_main_award_in_that_category():
    wins = {(a.city, a.award, a.category) for a in extract_text(PAGE).awards}
    assert ("Fresno", "City Livability Awards", "Outstanding Achievement Award") in wins
    assert ("Madison", "City Livability Awards", "Outstanding Achievement Award") in wins


def test_a_part_beside_the_place_s_own_win_of_the_main_award_is_an_honour_of_its_own():
    wins = {(a.city, a.award) for a in extract_text(PAGE).awards}
    assert ("Honolulu", "Social Media Award") in wins
    assert ("Honolulu", "City Livability Awards") in wins


def test_the_award_a_headline_announces_is_the_page_s_over_the_part_its_first_win_sentence_names():
    page = ("CSAC Announces 2025 Challenge Award Winners\n\n"
            "The Challenge Awards recognize solutions counties have developed.\n\n"
            "Of the 15 programs recognized, three earned the Innovation Award, the highest distinction within the "
            "Challenge Awards.\n\n"
            "Innovation Award Winners\n\n"
            "  • Glenn County’s “Senior Resource Expo”\n"
            "  • Riverside County’s “County Budget Civic Engagement Campaign”\n\n"
            "Challenge Awards Winners\n\n"
            "  • Kern County’s “Mobile Evaluation Team”\n"
            "  • Yuba County’s “Fire Safe Program”\n")
    wins = {(a.city, a.award) for a in extract_text(page).awards}
    assert {c for c, _a in wins} == {"Glenn County", "Riverside County", "Kern County", "Yuba County"}
    assert {a for _c, a in wins} == {"CSAC Challenge Award"}


def test_an_award_known_by_its_last_words_is_no_part_and_a_shorter_name_of_the_main_award_no_category():
    page = ("DCR honors city with Ninth Tree City USA award\n\n"
            "BROOKLINE - The Department of Conservation and Recreation presented the 2013 Tree City USA Awards to 76 "
            "Massachusetts communities.\n\n"
            "Westfield has received an annual Tree City Award for the past 9 years.\n\n"
            "Growth Awards, recognizing environmental improvement, were awarded Amherst, Cambridge, Fall River and "
            "Worcester.\n")
    wins = {(a.city, a.award, a.category) for a in extract_text(page).awards}
    assert ("Amherst", "Tree City USA Growth Award", None) in wins
    assert ("Worcester", "Tree City USA Growth Award", None) in wins
    assert ("Westfield", "Tree City USA", None) in wins
