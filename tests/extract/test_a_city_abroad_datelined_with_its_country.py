"""A dateline in capitals naming a city abroad and its country ("TOKYO, JAPAN - Media OutReach - ...") is that
city, as a US dateline with its state is; a US town named like a city abroad keeps its state ("PARIS, TEXAS")."""

from __future__ import annotations

import pytest

from kg.extract import extract_text


@pytest.mark.parametrize(("text", "city"), [
    ("TOKYO, JAPAN - Media OutReach - 22 June 2022 - The index ranks 30 global cities.", ("Tokyo", None)),
    ("LONDON, UNITED KINGDOM - The index ranks 30 global cities.", ("London", None)),
    ("SYDNEY, AUSTRALIA -- The index ranks 30 global cities.", ("Sydney", None)),
    ("PARIS, TEXAS - The index ranks 30 global cities.", ("Paris", "TX")),
])
def test_a_city_abroad_datelined_with_its_country(text, city):
    assert [(c.name, c.state) for c in extract_text(text).cities] == [city]
