"""A ranking's places written one per line under its title, a byline and a photo caption between them ("Top Ten
Counties in America" / "By: ..." / "Loudoun County, VA" / "Douglas County, CO" / ...): every line is a member,
the first one too (it is no heading of the others)."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.layout import blocks

TEXT = ("Top Ten Counties in America\n\n"
        "By:   Movoto Real Estate\n\n"
        "Mount Vernon, Source: Flickr user from story by Movoto Real Estate\n\n"
        "Loudoun County, VA\n"
        "Douglas County, CO\n\n"
        "Fairfax County, VA\n\n"
        "Chester County, PA\n"
        "Somerset County, NJ\n"
        "Morris County, NJ\n\n"
        "How the Ranking Was Created\n\n"
        "Using the 2010 Census, of all counties in the U.S. we looked at these criteria.\n")


def test_the_first_place_line_is_an_item_too():
    kinds = {TEXT[b.start:b.end]: b.kind for b in blocks(TEXT)}
    assert kinds["Loudoun County, VA"] == kinds["Douglas County, CO"] == "item"


def test_every_place_of_the_run_is_on_the_list():
    wins = {a.city for a in extract_text(TEXT).awards}
    assert {"Loudoun County", "Douglas County", "Fairfax County", "Chester County", "Morris County"} <= wins


ABROAD = ("At a ceremony in Vancouver, the Earth Hour City Challenge awarded Cape Town the title Global Earth Hour "
          "Capital 2031. The ceremony also awarded the other shortlisted cities for the global award as Earth Hour "
          "National Capitals, each selected as its country's National Capital.\n"
          "Belo Horizonte, Brazil\n"
          "Chicago, The United States\n"
          "Coimbatore, India\n"
          "Lappeenranta, Finland\n")


def test_a_run_of_places_abroad_after_a_long_paragraph_is_a_list():
    kinds = {ABROAD[b.start:b.end]: b.kind for b in blocks(ABROAD)}
    assert kinds["Belo Horizonte, Brazil"] == kinds["Chicago, The United States"] == "item"


def test_each_place_abroad_of_the_run_wins_with_no_country_for_category():
    wins = {a.city: a.category for a in extract_text(ABROAD).awards}
    assert {"Belo Horizonte", "Chicago", "Coimbatore", "Lappeenranta"} <= set(wins)
    assert wins["Chicago"] is None
