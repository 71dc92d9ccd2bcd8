"""A long list of one state's towns keeps the few the town table knows only in other states: the table is
incomplete, the list is not ("..., Dysart, Fort Dodge, Livermore, Luxemburg, Marquette, ..." in Iowa)."""

from __future__ import annotations

from kg.extract import extract_text

TOWNS = ("Adel, Ames, Atlantic, Bettendorf, Boone, Burlington, Carroll, Cedar Falls, Clinton, Coralville, Decorah, "
         "Dysart, Fort Dodge, Livermore, Luxemburg, Marquette, Muscatine, Newton, Oskaloosa, Ottumwa and Waverly")


def test_towns_known_elsewhere_join_the_list_s_state():
    text = f"DES MOINES, Iowa - The Iowa Tree City USA communities for 2031 are {TOWNS}."
    cities = {c.name: c.state for c in extract_text(text, doc_id="t").cities}
    assert cities["Livermore"] == cities["Luxemburg"] == cities["Marquette"] == "IA"
    assert cities["Ames"] == "IA"


def test_a_short_list_does_not():
    text = "DES MOINES, Iowa - Visitors came from Ames, Boone and Livermore this week."
    assert "Livermore" not in {c.name for c in extract_text(text, doc_id="t").cities if c.state == "IA"}
