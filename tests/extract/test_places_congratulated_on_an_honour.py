"""Places congratulated on a page announcing an honour won it: "Congratulations to Akron, Dayton, Toledo and
Columbus!", and abroad "We extend our congratulations to Ashby-de-la-Zouch, Barnsley, Belfast (pictured below),
Chester and Nottingham, all of whom ..." (small towns the run itself is the evidence for)."""

from __future__ import annotations

from kg.extract import extract_text


def test_places_congratulated_after_a_designation_won_it():
    page = ("Tree City USA 2019\n\nJune 23, 2019\n\nThe Arbor Day Foundation named 12 Ohio communities Tree City USA "
            "communities this year. Congratulations to Akron, Dayton, Toledo and Columbus!\n")
    assert {(a.city, a.award) for a in extract_text(page).awards} == {
        (c, "Tree City USA") for c in ("Akron", "Dayton", "Toledo", "Columbus")}


def test_towns_abroad_congratulated_on_an_accreditation():
    page = ("UK and Irish Destinations Celebrate Purple Flag Success\n\n"
            "In the latest round of Purple Flag assessments, 23 areas achieved the accreditation.\n\n"
            "We extend our congratulations to Ashby-de-la-Zouch, Barnsley, Belfast (pictured below), Chester and "
            "Nottingham, all of whom garnered praise from assessors.\n\n"
            "Further congratulations go to Carrick-on-Shannon, Southend-on-Sea and Stockport, each of whom completed "
            "their interim assessments.\n")
    wins = {a.city for a in extract_text(page).awards if a.award == "Purple Flag"}
    assert wins == {"Ashby-de-la-Zouch", "Barnsley", "Belfast", "Chester", "Nottingham", "Carrick-on-Shannon",
                    "Southend-on-Sea", "Stockport"}
