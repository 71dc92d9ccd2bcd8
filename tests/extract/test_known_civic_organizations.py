"""Organisations that run civic awards and rankings are known by name, in the form the page writes."""

from __future__ import annotations

import pytest

from kg.extract import extract_text


@pytest.mark.parametrize("name", ["Intelligent Community Forum", "WalletHub", "League of American Bicyclists",
                                  "National Arbor Day Foundation", "Results for America"])
def test_a_known_organiser_is_an_organisation(name):
    text = f"Eugene, Ore., was honoured this week, {name} said in a statement on Tuesday."
    assert name in extract_text(text).organizations
