"""A giver's sentence gives the award to the place it names: "presented a Growth Award to Mason City, Iowa",
"gave Mason City, Iowa, a Growth Award", "honored Mason City, Iowa, with a Growth Award"; and a place named
after "recognized" is no prize title."""

from __future__ import annotations

import pytest

from kg.extract import extract_text

GROWTH = "Tree City USA Growth Award"


@pytest.mark.parametrize("frame", [
    "presented a Tree City USA Growth Award to Mason City, Iowa.",
    "awarded a Tree City USA Growth Award to the City of Mason City, Iowa.",
    "has given a “Tree City USA Growth Award” to Mason City, Iowa.",
    "gave Mason City, Iowa, a Tree City USA Growth Award.",
    "honored Mason City, Iowa, with a Tree City USA Growth Award.",
])
def test_the_place_the_giver_names_receives_the_award(frame):
    wins = {(a.city, a.award) for a in extract_text("The Arbor Day Foundation " + frame).awards}
    assert ("Mason City", GROWTH) in wins


def test_a_place_recognized_for_its_work_is_no_prize_title():
    text = "The Arbor Day Foundation recognized Mason City, Iowa, for its trees."
    assert not [a for a in extract_text(text).awards if a.award == "Mason City"]


def test_beating_others_to_win_is_a_win_and_hoping_to_is_not():
    won = "The city of Columbus, Ohio, beat out 77 other cities to win the 2016 Smart City Challenge."
    hoped = "Denver, Colo., hopes to win the 2016 Smart City Challenge."
    assert ("Columbus", "Smart City Challenge", 2016) in {(a.city, a.award, a.year) for a in extract_text(won).awards}
    assert extract_text(hoped).awards == []


def test_a_publishers_list_a_place_made_is_a_membership():
    text = "Raleigh, N.C., made Money magazine's list of the Best Places to Live in 2017."
    assert ("Raleigh", "Best Places to Live", 2017) in {(a.city, a.award, a.year) for a in extract_text(text).awards}


LIVABILITY = "City Livability Awards"


@pytest.mark.parametrize("sentence", [
    "The City Livability Award went to Honolulu, Hawaii.",
    "The City Livability Award went to the City of Honolulu.",
    "The 2001 City Livability Award was presented to the City of Honolulu.",
    "The City Livability Award was given to Honolulu, Hawaii.",
    "The City Livability Award was won by Honolulu, Hawaii.",
])
def test_an_award_named_in_capitals_that_went_to_a_place(sentence):
    assert ("Honolulu", LIVABILITY) in {(a.city, a.award) for a in extract_text(sentence).awards}


@pytest.mark.parametrize("sentence", [
    "The U.S. Conference of Mayors presented Honolulu, Fresno and Madison with the 2001 City Livability Awards.",
    "Recipients of the City Livability Award are Honolulu, Hawaii; Fresno, California; and Madison, Wisconsin.",
    "City Livability Awards were received by Mayors Jeremy Harris of Honolulu, Hawaii; Alan Autry of Fresno, "
    "California; and Susan Bauman of Madison, Wisconsin.",
    # the office left unsaid
    "City Livability Awards were also won by Jeremy Harris of Honolulu, Hawaii; Alan Autry of Fresno, "
    "California; and Susan Bauman of Madison, Wisconsin.",
    # a clause between the verb and its places, which are named through their mayors
    "City Livability Awards were awarded, for cities with populations of 100,000 or greater, to Mayors Jeremy "
    "Harris of Honolulu, Hawaii; Alan Autry of Fresno, California; and Susan Bauman of Madison, Wisconsin.",
])
def test_every_place_of_a_list_the_award_was_given_to(sentence):
    wins = {a.city for a in extract_text(sentence).awards if a.award == LIVABILITY}
    assert wins == {"Honolulu", "Fresno", "Madison"}


def test_the_places_a_giver_presented_its_awards_in():
    page = ("2004 City Livability Awards\n\nFebruary 9, 2004\n\nThe U.S. Conference of Mayors recognized outstanding "
            "programs with its City Livability Awards. Laredo Mayor Elizabeth Flores presented the awards in Portland, "
            "Augusta (GA), Baltimore, Chicago and New Orleans.\n")
    assert {a.city for a in extract_text(page).awards} == {"Portland", "Augusta", "Baltimore", "Chicago", "New Orleans"}


def test_an_award_named_for_what_it_honours_keeps_that_word():
    from kg.extract.award_names import written_awards

    assert [n for _a, _b, n in written_awards("The Conference Presents Public-Private Partnership Awards")] == [
        "Public-Private Partnership Awards"]


def test_the_list_after_a_colon_the_award_was_given_to():
    page = ("2003 City Livability Awards\n\nJune 23, 2003\n\nOutstanding Achievement Awards were also given to mayors "
            "of cities with populations of 100,000 or fewer people: Mayors William F. Glacken of Freeport (NY); Randy "
            "Roach of Lake Charles (LA); and Ralph K. Smith of Roanoke (VA).\n")
    assert {a.city for a in extract_text(page).awards} == {"Freeport", "Lake Charles", "Roanoke"}


def test_honoured_places_each_named_in_its_city():
    page = ("Great Places in America 2009\n\nThe American Planning Association named its 2009 Great Places in "
            "America. This year's honorees include Bungalow Heaven in Pasadena, the Haymarket in Lincoln, Nebraska, "
            "and Front Street in Traverse City, Michigan.\n")
    assert {a.city for a in extract_text(page).awards} == {"Pasadena", "Lincoln", "Traverse City"}


@pytest.mark.parametrize(("sentence", "place", "award"), [
    ("The Board of County Commissioners accepted the StormReady designation on behalf of Dakota County, Minnesota.",
     "Dakota County", "StormReady"),
    ("Mayor Jeremy Harris accepted the City Livability Award on behalf of the City of Honolulu.", "Honolulu",
     LIVABILITY),
])
def test_an_award_accepted_on_behalf_of_a_place(sentence, place, award):
    assert (place, award) in {(a.city, a.award) for a in extract_text(sentence).awards}
