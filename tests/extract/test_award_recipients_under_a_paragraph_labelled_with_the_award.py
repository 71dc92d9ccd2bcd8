"""A release listing several awards, each in a paragraph labelled with its name ("Tree City USA Growth Award – To
qualify ...") followed by "The award recipients, which were also recipients of the Tree City USA award, are A,
B, C": the recipients won the labelled award; the one the relative clause recalls is not theirs here."""

from __future__ import annotations

from kg.extract import extract_text

TEXT = (" date 2022-04-12 DES MOINES, Iowa – The Urban Forestry Awards luncheon recognizes Iowa cities. Awards were "
        "presented April 12th on behalf of the Arbor Day Foundation.\n\n"
        "Tree City USA Award – To qualify for the Tree City USA award, a city must have a city forester or an active "
        "city tree board.\n\n"
        "The award recipients are Ames, Ankeny, Bettendorf, Clive, Coralville, Davenport and Dubuque.\n\n"
        "Tree City USA Growth Award – To qualify for the Tree City USA Growth award, cities must provide education "
        "and public relations.\n\n"
        "The award recipients, which were also recipients of the Tree City USA award, are Bettendorf, Coralville, "
        "Davenport and Dubuque.\n")


def test_the_recipients_won_the_labelled_award():
    wins = {(a.city, a.award) for a in extract_text(TEXT).awards}
    assert {("Ames", "Tree City USA"), ("Bettendorf", "Tree City USA"), ("Dubuque", "Tree City USA")} <= wins
    assert {("Bettendorf", "Tree City USA Growth Award"), ("Dubuque", "Tree City USA Growth Award")} <= wins
    assert ("Ames", "Tree City USA Growth Award") not in wins
