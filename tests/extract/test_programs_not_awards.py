"""A program is something a place runs: an award or certification named like a program is not one."""

from __future__ import annotations

from kg.extract import extract_text


def test_an_award_written_as_a_program_is_no_program():
    text = ("Eugene, Ore., joined the Walk Friendly Communities program this year and was named a Tree City USA "
            "for the tenth time. The city's RiverWatch Program monitors flood gauges.")
    names = {p.name for p in extract_text(text).programs}
    assert "Walk Friendly Communities" not in names and "Tree City USA" not in names


def test_a_state_is_no_program():
    text = "The West Virginia Office of Technology said West Virginia earned an A in the Digital States Survey."
    assert "West Virginia" not in {p.name for p in extract_text(text).programs}


def test_a_winners_list_entry_after_the_place_is_that_places_program():
    text = ("The Regional Smart Cities Awards winners by category are as follows:\nCivic Engagement\n"
            "Eugene, OR — Riverwatch Flood Gauges\nSmart Water\nTulsa, OK — Open Data and Project Portal\n")
    progs = {(p.name, p.city) for p in extract_text(text).programs}
    assert {("Riverwatch Flood Gauges", "Eugene"), ("Open Data and Project Portal", "Tulsa")} <= progs
