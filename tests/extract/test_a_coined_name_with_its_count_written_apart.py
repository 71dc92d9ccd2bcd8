"""A coined list name written with its count apart ("its Smart 21 Communities", beside the "Top Seven" it leads to)
is the list the places under it are on, not the other honour the page names."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.award_names import written_awards

TEXT = ("Bright 21 Communities\n\n"
        "The Civic Network Forum announced, on November 18, its Bright 21 Communities. The cities selected are now "
        "finalists for the Forum's Top Seven Bright Communities of the Year.\n\n"
        "The cities selected are:\n\n"
        "ASIA: Taipei, Taiwan; Tianjin, China\n\n"
        "USA: Adel, Georgia; Cleveland, Ohio\n")


def test_the_count_written_apart_is_part_of_the_name():
    assert [n for _a, _b, n in written_awards("its Bright 21 Communities.")] == ["Bright 21 Communities"]
    assert [n for _a, _b, n in written_awards("its 21 Communities.")] == []


def test_the_places_under_it_are_on_that_list():
    rec = extract_text(TEXT)
    assert {a.award for a in rec.awards} == {"Bright 21 Communities"}
    assert {"Taipei", "Tianjin", "Adel", "Cleveland"} <= {a.city for a in rec.awards}
