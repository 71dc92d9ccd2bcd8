"""Places a new winner 'joins' held the award already, in a year the sentence does not say.

"Fort Collins moved from a gold to platinum-level community, joining Portland, Oregon, Boulder, Colorado,
and Davis, California": Fort Collins is this year's Platinum; the three it joins are Platinum too, with
no year. So are "three other localities (San Francisco, Seattle and Portland, Ore.)".
"""

from __future__ import annotations

from kg.extract import extract_text


def _wins(text: str) -> dict[str, tuple[int | None, str | None]]:
    return {a.city: (a.year, a.category) for a in extract_text(text).awards}


def test_the_places_joined_have_the_level_and_no_year():
    text = ("WASHINGTON, D.C. (BRAIN) — The League of American Bicyclists has announced 17 new Bicycle Friendly "
            "Communities in 2013. In addition, Fort Collins, Colorado, moved from a gold to platinum-level "
            "community, joining Portland, Oregon, Boulder, Colorado, and Davis, California, as the country's most "
            "cycling-friendly cities.")
    wins = _wins(text)
    assert wins["Fort Collins"] == (2013, "Platinum")
    assert wins["Portland"] == wins["Boulder"] == wins["Davis"] == (None, "Platinum")


def test_the_localities_joined_in_parentheses():
    text = ("June 22, 2022 - Arlington and New York City on June 21 were named to the Platinum level of the "
            "Walk Friendly Communities program, joining three other localities (San Francisco, Seattle and "
            "Portland, Ore.) that sit atop the walkability pyramid.")
    wins = _wins(text)
    assert wins.get("Seattle") == (None, "Platinum")
