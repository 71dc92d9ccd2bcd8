"""A list row that files places under their state ("Oklahoma: Norman", "GA: Savannah, Decatur, and Atlanta;")
names them bare, many of them surnames or small towns: each is the state's place, and every member of the row wins
the list's honour, footnote marks ("Anchorage*") and pictograph bullets ("🌼GA:") notwithstanding."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.layout import blocks

_MEI = (
    "Human Rights Campaign announces its 2025 Municipal Equality Index\n\n"
    "In recognition of their efforts, the following localities earned the title of \"All-Star City.\" "
    "(A \"*\" below indicates a city that scored 100.)\n"
    "    • Alaska: Anchorage*, Juneau\n"
    "    • Arizona: Chandler, Flagstaff, Glendale\n"
    "    • Iowa: Cedar Rapids*, Davenport*, Dubuque*\n"
    "    • Oklahoma: Norman\n"
    "    • South Dakota: Brookings, Vermillion\n"
    "\nEvery year, the index rates cities on their policies.\n"
)


def test_members_of_a_state_row_are_that_state_s_places():
    cities = {(c.name, c.state) for c in extract_text(_MEI).cities}
    assert {("Chandler", "AZ"), ("Norman", "OK"), ("Vermillion", "SD"), ("Juneau", "AK")} <= cities


def test_every_member_of_a_state_row_wins_past_footnote_marks():
    won = {a.city for a in extract_text(_MEI).awards if a.award == "Municipal Equality Index"}
    assert {"Anchorage", "Juneau", "Cedar Rapids", "Davenport", "Dubuque", "Norman", "Chandler"} <= won
    assert "Oklahoma" not in won  # the row's label, not a recipient


def test_a_row_of_words_under_a_state_label_reads_no_place():
    text = "Texas: Governor Signs Budget, Lawmakers Adjourn\nOhio: Voters Approve Levy\n"
    assert not extract_text(text).cities


def test_postal_code_rows_take_their_state():
    text = ("Ask these member communities leading the way:\n"
            "🌼GA: Savannah, Sandy Springs, Decatur, and Atlanta;\n"
            "🌼 VA: Hampton, Newport News, Richmond, Roanoke.\n")
    cities = {(c.name, c.state) for c in extract_text(text).cities}
    assert {("Savannah", "GA"), ("Decatur", "GA"), ("Hampton", "VA"), ("Richmond", "VA")} <= cities


def test_a_pictograph_opens_a_list_item():
    text = "Our members:\n🌼GA: Savannah\n✅ Austin, Texas\n"
    assert [(b.kind, b.marker) for b in blocks(text)][1:] == [("item", "bullet"), ("item", "bullet")]


_BY_STATE = (
    "January 26, 2011\n"
    "First Lady Designates 15 New Preserve America Communities.\n"
    "The newly designated communities are, by state:\n\n"
    "Minnesota - Litchfield\n"
    "New Jersey - Bridgeton, Roebling\n"
    "Rhode Island - Barrington\n"
    "Wisconsin - Greendale, Milton\n"
)


def test_a_state_and_a_dash_file_the_places_after_them():
    cities = {(c.name, c.state) for c in extract_text(_BY_STATE).cities}
    assert {("Litchfield", "MN"), ("Roebling", "NJ"), ("Greendale", "WI")} <= cities


def test_the_state_labelling_a_row_wins_nothing_its_places_do():
    won = {a.city for a in extract_text(_BY_STATE).awards}
    assert {"Litchfield", "Roebling", "Barrington", "Greendale"} <= won
    assert not won & {"Minnesota", "New Jersey", "Rhode Island", "Wisconsin"}


def test_towns_placed_by_the_state_after_them():
    text = ("Sleepy Hollow in New York, Weiser in Idaho, and Roebling in the state of New Jersey all tied for the "
            "safest small town.\n")
    cities = {(c.name, c.state) for c in extract_text(text).cities}
    assert {("Sleepy Hollow", "NY"), ("Weiser", "ID"), ("Roebling", "NJ")} <= cities


def test_a_named_state_s_towns_listed_after_their_kind():
    text = "Other Kansas towns that are Purple Heart Cities include Russell, Haysville, and Valley Center.\n"
    cities = {(c.name, c.state) for c in extract_text(text).cities}
    assert {("Russell", "KS"), ("Haysville", "KS")} <= cities
