"""Honours whose names carry no award noun ("ParkScore", "America in Bloom", "Tree Cities of the World") are
read as awards because the award list knows them; the generic reader of written-out names needs an "Award",
"Prize" or "Challenge" to see one.  Sentences combine real places with the series freely."""

from __future__ import annotations

import pytest

from kg.extract import extract_text


def _wins(text: str) -> set[tuple]:
    return {(a.city, a.award, a.year, a.rank) for a in extract_text(text).awards}


@pytest.mark.parametrize(("text", "win"), [
    ("Boise, Idaho, ranked first in the 2021 ParkScore index, the Trust for Public Land said.",
     ("Boise", "ParkScore", 2021, 1)),
    ("Salem, Ore., was named a winner in the 2019 America in Bloom competition.",
     ("Salem", "America in Bloom Awards", 2019, None)),
    ("Dayton, Ohio, earned recognition as one of the 2020 Tree Cities of the World.",
     ("Dayton", "Tree Cities of the World", 2020, None)),
    ("Tulsa, Okla., won a 2018 Savvy Award for its resident newsletter.",
     ("Tulsa", "Savvy Awards", 2018, None)),
    ("Omaha, Neb., was named a 2022 Great American Main Street Award winner.",
     ("Omaha", "Great American Main Street Award", 2022, None)),
])
def test_a_known_series_without_an_award_noun_is_an_award(text: str, win: tuple):
    assert win in _wins(text)


def test_the_european_capital_of_culture_is_an_award_abroad():
    got = _wins("Galway, Ireland, was named the 2020 European Capital of Culture.")
    assert ("Galway", "European Capital of Culture", 2020, None) in got


def test_the_park_and_recreation_gold_medal_is_the_national_series():
    got = _wins("Westerville, Ohio, received the 2019 Gold Medal Award for Excellence in Park and Recreation "
                "Management in its population class.")
    assert ("Westerville", "National Gold Medal Awards", 2019, None) in got


@pytest.mark.parametrize(("text", "win"), [
    ("Washington County, Ga., was designated a StormReady community in 2015 by the National Weather Service.",
     ("Washington County", "StormReady", 2015, None)),
    ("Tombstone, Ariz., was named a Preserve America Community in 2009.",
     ("Tombstone", "Preserve America Community", 2009, None)),
    ("Bristol, England, has been awarded Purple Flag status for 2016.", ("Bristol", "Purple Flag", 2016, None)),
    ("Indore, India, topped the Swachh Survekshan 2017 cleanliness ranking.", ("Indore", "Swachh Survekshan", 2017, 1)),
])
def test_designations_and_rankings_known_by_name(text: str, win: tuple):
    assert win in _wins(text)


@pytest.mark.parametrize(("text", "win"), [
    ("Cecil County, Md., achieved national accreditation from the Public Health Accreditation Board.",
     ("Cecil County", "PHAB Accreditation", None, None)),
    ("The Spartanburg County Sheriff's Office, S.C., earned CALEA accreditation in 1998.",
     ("Spartanburg County", "CALEA Accreditation", 1998, None)),
    ("Henderson, N.C., earned National Main Street Accreditation for 2014.",
     ("Henderson", "National Main Street Accreditation", 2014, None)),
    ("PHAB Awards Accreditation to 12 Health Departments\n\nThe Public Health Accreditation Board announced that "
     "these health departments were accredited:\n\n- Cecil County Health Department, Md.\n",
     ("Cecil County", "PHAB Accreditation", None, None)),
])
def test_accreditations_known_by_their_body(text: str, win: tuple):
    assert win in _wins(text)


def test_the_rankings_program_that_hosts_a_prize_is_not_the_prize():
    text = ("The 2018 Culture of Health Prize winners are Cicero, Ill., and Klamath County, Ore., announced the "
            "County Health Rankings & Roadmaps team.")
    assert {a for _c, a, _y, _r in _wins(text)} == {"RWJF Culture of Health Prize"}
