"""A list its head calls finalists wins nothing, unless the shortlist it names is the honour itself.

"The full list of semi-finalists for the Smart21 Communities of 2020 is:" lists the Smart21 Communities
of 2020 (being on that list is the recognition); "2019 All-America City Award Finalists" lists places
that have not won.
"""

from __future__ import annotations

from kg.extract import extract_text


def _wins(text: str) -> set[tuple[str, str, int | None]]:
    return {(a.city, a.award, a.year) for a in extract_text(text).awards}


def test_the_smart21_semi_finalists_are_the_smart21():
    text = ("The Intelligent Community Forum has named 21 cities to begin its annual process.\n"
            "The full list of semi-finalists for the Smart21 Communities of 2020 is:\n"
            "- Adelaide, South Australia, Australia\n- Curitiba, Parana, Brazil\n- Fredericton, New Brunswick, "
            "Canada\n")
    assert {("Adelaide", "Smart21 Communities", 2020), ("Curitiba", "Smart21 Communities", 2020),
            ("Fredericton", "Smart21 Communities", 2020)} <= _wins(text)


def test_finalists_of_another_award_still_win_nothing():
    text = ("The National Civic League named its finalists.\n"
            "The full list of finalists for the 2019 All-America City Award is:\n"
            "- Tulsa, Okla.\n- Omaha, Neb.\n- Salem, Ore.\n")
    assert _wins(text) == set()
