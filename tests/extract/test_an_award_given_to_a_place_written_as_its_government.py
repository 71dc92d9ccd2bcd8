"""A giving verb's object written as a government ("named the Town of Thurmont a 2024 Tree City USA", "has
presented the City of Newport News with the Distinguished Budget Presentation Award") receives the award, with
the streak the sentence states."""

from __future__ import annotations

import pytest

from kg.extract import extract_text


@pytest.mark.parametrize("text, win", [
    ("The Arbor Day Foundation named the Town of Thurmont a 2024 Tree City USA for the ninth consecutive year.",
     ("Thurmont", "Tree City USA", 2024, 9)),
    ("The Arbor Day Foundation named the City of Springfield a 2024 Tree City USA for the ninth consecutive year.",
     ("Springfield", "Tree City USA", 2024, 9)),
    ("NEWPORT NEWS, Va. - The Government Finance Officers Association (GFOA) has presented the City of Newport News "
     "with the Distinguished Budget Presentation Award for Fiscal Year 2025.",
     ("Newport News", "Distinguished Budget Presentation Award", 2025, None)),
])
def test_the_government_named_receives_the_award(text: str, win: tuple):
    assert win in [(a.city, a.award, a.year, a.streak) for a in extract_text(text).awards]
