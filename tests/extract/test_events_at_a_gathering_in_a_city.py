"""A gathering at a city is an event even when no verb of honouring names it.

"Bristol has been crowned the European Green Capital for 2015 at a ceremony in Nantes." and "Toledo was
named an All-America City at the 1998 competition in Mobile, Ala." say where a gathering was; its date is
the sentence's day, or its month when only "in November 2008" is written, else unknown.
"""

from __future__ import annotations

from kg.extract import extract_text


def _events(text: str) -> set[tuple[str | None, str | None]]:
    return {(e.city, e.date) for e in extract_text(text).events}


def test_a_ceremony_in_a_city_without_a_date():
    assert _events("Bristol has been crowned the European Green Capital for 2015 at a ceremony in Nantes, France.") \
        == {("Nantes", None)}


def test_a_competition_in_a_city_with_its_state():
    assert _events("Toledo was named an All-America City at the 1998 competition in Mobile, Ala.") \
        == {("Mobile", None)}


def test_the_month_after_the_city_dates_the_gathering():
    text = "The winners were announced at the Congress of Cities in New Orleans in November 2008."
    assert _events(text) == {("New Orleans", "2008-11")}


def test_a_gathering_last_week_has_no_date():
    text = ("June 20, 2009 - A delegation of 20 Phoenix residents presented at the competition last week in "
            "Tampa, Fla.")
    assert _events(text) == {("Tampa", None)}
