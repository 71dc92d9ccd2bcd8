"""A winners' lead-in and, after its colon, items split by semicolons that each open with their place and name its
region and category ("Winners include: Nottingham (East Midlands), Champion of Champions; Sheffield (Yorkshire),
Large City; ..."): each place wins in its category, small towns abroad included on a page about their country; a
plain list of places with their states ("Fayetteville, N.C.; Howard County, MD; ...") takes no state as a
category."""

from __future__ import annotations

from kg.extract import extract_text

_TEXT = (
    "Community involvement was the most important trend for the winning towns in this year's Britain in Bloom "
    "competition in the United Kingdom.\n\n"
    "Winners include: Nottingham (East Midlands), Champion of Champions; Sheffield (Yorkshire), Large City; "
    "Taunton (South West), Small City/Large Town; Forres (Scotland), Town; Cricklade (Thames and Chilterns), "
    "Small Town.\n"
)


def test_each_item_wins_in_its_category():
    got = {(a.city, a.category) for a in extract_text(_TEXT).awards if a.award == "Britain in Bloom"}
    assert {("Nottingham", "Champion of Champions"), ("Sheffield", "Large City"),
            ("Taunton", "Small City/Large Town"), ("Forres", "Town"), ("Cricklade", "Small Town")} <= got


def test_a_place_s_state_is_no_category():
    text = ("The National Civic League today announced the 2001 All-America City Award winners. The winners "
            "are: Fayetteville, N.C.; Howard County, MD; Independence, Mo.; Tacoma, Wash.\n")
    got = {(a.city, a.category) for a in extract_text(text).awards}
    assert ("Fayetteville", None) in got
    assert {a.category for a in extract_text(text).awards} <= {None}
