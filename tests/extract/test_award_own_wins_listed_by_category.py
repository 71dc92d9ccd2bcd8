"""A release's own wins listed one per item, each "in the X category", give the page's place one win per
category; items that name another place are left to the readers of winners lists."""

from __future__ import annotations

from kg.extract import extract_text

RELEASE = (
    "Harford County Wins Four National Association of Counties Achievement Awards\n\n"
    "Posted on June 12, 2019\n\n"
    "BEL AIR, Md. — Harford County Executive Barry Glassman announced today that the county has received four "
    "2019 Achievement Awards from the National Association of Counties (NACo).\n\n"
    "The winning programs are:\n"
    "• The Department of Emergency Services' Text-to-911 program, in the Information Technology category\n"
    "• HarfordNext Comprehensive Plan, in the Planning category\n"
    "• Sheriff's Office Mental Health Unit, in the Criminal Justice and Public Safety category\n")


def test_one_win_per_category_for_the_pages_place():
    wins = {(a.city, a.award, a.year, a.category) for a in extract_text(RELEASE).awards}
    naco = "NACo Achievement Awards"
    assert {("Harford County", naco, 2019, "Information Technology"), ("Harford County", naco, 2019, "Planning"),
            ("Harford County", naco, 2019, "Criminal Justice and Public Safety")} <= wins


def test_items_naming_other_places_are_not_the_pages_wins():
    text = RELEASE.replace("• HarfordNext Comprehensive Plan,", "• Cecil County's comprehensive plan,")
    wins = {(a.city, a.category) for a in extract_text(text).awards}
    assert ("Harford County", "Planning") not in wins
