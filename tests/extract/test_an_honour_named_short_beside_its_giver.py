"""An honour written short is that honour when its giver is named in the same sentence, before it or after it:
Monocle's "'Quality of Life' survey", "the Global Liveability Index published by the Economist Intelligence
Unit".  The short names and the givers are data (``short_near`` and ``giver_names`` in ``kg/data/awards.json``)."""

from __future__ import annotations

import pytest

from kg.extract import extract_text


def _wins(text: str) -> set[tuple]:
    return {(a.city, a.award, a.year, a.rank) for a in extract_text(text).awards}


@pytest.mark.parametrize(("text", "win"), [
    ("Monocle has completed its 2016 ‘Quality of Life’ survey, and Tokyo, Japan, came first.",
     ("Tokyo", "Monocle Quality of Life Survey", 2016, 1)),
    ("Here is the list from Monocle's 2016 ‘Quality of Life’ survey:\n\n3. Vienna\n2. Berlin\n1. Tokyo\n",
     ("Vienna", "Monocle Quality of Life Survey", 2016, 3)),
    ("Vienna, Austria, ranked first in the 2019 Global Liveability Index published by the Economist Intelligence "
     "Unit.", ("Vienna", "Economist Intelligence Unit Livability Ranking", 2019, 1)),
])
def test_a_short_name_beside_its_giver_is_the_honour(text: str, win: tuple):
    assert win in _wins(text)


def test_a_short_name_without_its_giver_is_no_known_honour():
    awards = {a for _c, a, _y, _r in _wins("Tokyo, Japan, topped a 2016 quality of life survey.")}
    assert "Monocle Quality of Life Survey" not in awards
