"""An event's city written before the gathering ("announced in Detroit on June 23 at the 69th Annual
Conference of Mayors") or before its country ("at the Awards Ceremony in this year's Green Capital, Grenoble in
France"): the city, never the country."""

from __future__ import annotations

from kg.extract import extract_text


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.name, e.city, e.date) for e in extract_text(text).events]


def test_the_city_said_between_the_verb_and_the_gathering():
    text = ("WASHINGTON, May 1, 2001 - Eleven cities are finalists. The awards will be announced in Detroit on "
            "June 23 at the 69th Annual Conference of Mayors.")
    assert _events(text) == [("69th Annual Conference of Mayors", "Detroit", "2001-06-23")]


def test_the_city_before_its_country():
    text = ("BRUSSELS - Four cities are finalists. The winners will be announced on 27 October 2022 at the Awards "
            "Ceremony in this year’s Green Capital, Grenoble in France. Valencia and Grenoble are in the running.")
    assert _events(text) == [("Awards Ceremony", "Grenoble", "2022-10-27")]


def test_a_place_before_the_verb_is_not_the_events():
    text = ("WASHINGTON, May 1, 2001 - In Detroit, eleven cities were named finalists. The awards will be "
            "announced on June 23 at the 69th Annual Conference of Mayors in Boston.")
    assert [e[1] for e in _events(text)] == ["Boston"]


def test_a_gathering_held_somewhere_named_by_its_participle():
    text = ("PARIS - Eleven cities won. The 2015 C40 Cities Awards ceremony, held in Paris during the landmark COP21 "
            "climate negotiations, showcased the best climate actions.")
    assert _events(text) == [("2015 C40 Cities Awards ceremony", "Paris", None)]


def test_a_gathering_is_named_by_the_capitalised_words_it_ends_with():
    text = ("MINOT, N.D. - Minot was chosen as a winner from among 30 finalists after preparing exhibits for a Civic "
            "Action Fair held June 4-6 in Charlotte, N.C.")
    assert _events(text) == [("Civic Action Fair", "Charlotte", None)]
