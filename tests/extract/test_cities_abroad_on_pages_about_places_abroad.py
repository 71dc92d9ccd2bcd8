"""On a page about places abroad (countries named, no US state), a city abroad of 100,000+ people written bare
is that city even when a small US town shares its name."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.places import find_places

PAGE = ("Bristol named European Green Capital for 2015\n\n"
        "Bristol has been crowned the European Green Capital for 2015 at a ceremony in Nantes.\n\n"
        "The city beat Brussels in Belgium, Glasgow in Scotland and Ljubljana, the capital of Slovenia, to the win.")


def test_a_bare_city_abroad_counts_on_a_page_abroad():
    assert ("Bristol", None) in {(p.name, p.state) for p in find_places(PAGE)}


def test_the_page_abroad_gives_the_win_to_it():
    wins = {(a.city, a.award, a.year) for a in extract_text(PAGE).awards}
    assert ("Bristol", "European Green Capital", 2015) in wins
    assert not any(city == "Brussels" for city, _a, _y in wins)


def test_on_a_us_page_the_small_namesake_still_needs_its_state():
    text = "Bristol was named a Tree City USA for 2015 by the Arbor Day Foundation in Lincoln, Nebraska."
    assert "Bristol" not in {p.name for p in find_places(text) if p.how == "foreign"}


def test_a_city_abroad_named_alone_on_a_page_about_a_european_honour():
    from kg.extract import extract_text

    record = extract_text("Ljubljana was named European Green Capital 2016.")
    assert [c.name for c in record.cities] == ["Ljubljana"]
    assert [(a.city, a.award, a.year) for a in record.awards] == [("Ljubljana", "European Green Capital", 2016)]
