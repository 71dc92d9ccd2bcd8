"""A list whose lead-in names no award lists who received the award the paragraph above names.

"... making these the first communities to receive the Sterling Award." then "A complete list of
communities follows:": the communities won the Sterling Award, not the program the page is about.
"""

from __future__ import annotations

from kg.extract import extract_text

_PAGE = ("Special Recognition Given to 27 Tree City USA Communities\n\n"
         "The National Arbor Day Foundation has created a new distinction for Tree City USA communities. "
         "Twenty-seven communities have been recognized, making these the first communities to receive the "
         "Sterling Award. Towns include one military installation registered as a Tree City USA.\n\n"
         "A complete list of communities follows:\n\n"
         "Daphne, Alabama; Scottsdale, Arizona; Lompoc, California; Elkhart, Indiana\n")


def test_the_list_takes_the_award_its_members_received_above_it():
    assert {(a.city, a.award) for a in extract_text(_PAGE).awards} == {
        ("Daphne", "Sterling Award"), ("Scottsdale", "Sterling Award"), ("Lompoc", "Sterling Award"),
        ("Elkhart", "Sterling Award")}


def test_an_award_named_above_without_being_received_leaves_the_pages_award():
    page = _PAGE.replace("making these the first communities to receive the Sterling Award",
                         "and the Sterling Award is named for the founder")
    assert {a.award for a in extract_text(page).awards} == {"Tree City USA"}


def test_one_places_win_named_above_does_not_name_the_list():
    page = ("The Smart Cities Council has named the winners of its annual Smart Cities Readiness Challenge.\n\n"
            "Edmonton was the first Canadian city to win the North American Challenge.\n\n"
            "Here are the winning communities:\n\n"
            "Baltimore, Md.\nEdmonton, Alberta\nRacine, Wis.\n")
    assert "North American Challenge" not in {a.award for a in extract_text(page).awards}
