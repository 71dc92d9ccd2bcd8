"""Place names written with their accents are the places gazetteers write without them."""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from kg.extract.gazetteer import city_key


@pytest.mark.parametrize("written, plain", [("San José", "San Jose"), ("Cañon City", "Canon City"),
                                            ("ESPAÑOLA", "Espanola")])
def test_city_keys_ignore_accents(written, plain):
    assert city_key(written) == city_key(plain)


def test_an_accented_city_is_found_and_wins():
    rec = extract_text("The City of San José placed first in the 2019 Digital Cities Survey.")
    assert [(c.name, c.state) for c in rec.cities] == [("San Jose", "CA")]
    assert [(a.city, a.year, a.rank) for a in rec.awards] == [("San Jose", 2019, 1)]


def test_an_accented_city_with_its_state_is_found():
    rec = extract_text("Officials in Cañon City, Colo., opened the new library on Monday.")
    assert ("CO") in {c.state for c in rec.cities}
