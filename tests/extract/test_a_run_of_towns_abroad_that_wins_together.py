"""Towns abroad named in a run that wins together ("Kilkenny, Clonegal and Leighlinbridge have struck Gold in the
National Tidy Towns"): on a page about the country, one town of the run the town table knows is the evidence the
others need (villages under its 500 people); "Carlow Town" is Carlow.  A page that names a US state reads no
run: its bare names are that state's."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.places import find_places

IRISH = ("Kilkenny, Clonegal and Leighlinbridge have struck Gold in the National Tidy Towns this year.\n\n"
         "Carlow Town, Inistioge and Tullahought scooped Silver at the ceremony in Dublin, Ireland.\n")

STATESIDE = ("Springfield, Illinois, held its fair. Clonegal and Leighlinbridge won ribbons in the county show.\n")


def test_every_town_of_a_winning_run_is_a_place():
    names = {p.name for p in find_places(IRISH)}
    assert {"Kilkenny", "Clonegal", "Leighlinbridge", "Carlow", "Inistioge", "Tullahought"} <= names


def test_each_town_wins_the_level_its_run_won():
    wins = {(a.city, a.category) for a in extract_text(IRISH).awards}
    assert {("Kilkenny", "Gold"), ("Clonegal", "Gold"), ("Leighlinbridge", "Gold"),
            ("Carlow", "Silver"), ("Inistioge", "Silver"), ("Tullahought", "Silver")} <= wins


def test_a_page_naming_a_us_state_reads_no_run_abroad():
    names = {p.name for p in find_places(STATESIDE)}
    assert "Clonegal" not in names


def test_a_run_of_towns_after_a_level_s_winners_phrase_wins_that_level():
    from kg.extract import extract_text

    page = ("Britain in Bloom 2019 results\n\nJune 23, 2019\n\nThe RHS announced the results of Britain in Bloom "
            "2019 on Friday.\n\nGold medal winners include Harrogate, Bury St Edmunds and Stockport. Silver went to "
            "Chester and Norwich.\n")
    wins = {(a.city, a.category) for a in extract_text(page).awards if a.award == "Britain in Bloom"}
    assert wins == {("Harrogate", "Gold"), ("Bury St Edmunds", "Gold"), ("Stockport", "Gold"),
                    ("Chester", "Silver"), ("Norwich", "Silver")}
