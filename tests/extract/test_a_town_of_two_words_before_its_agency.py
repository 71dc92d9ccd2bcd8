"""'The City of Green River Parks and Recreation Department': the town is Green River (a town of two words
the town table knows), not the bigger city named by its first word (Green, Ohio) that once won the award."""

from __future__ import annotations

import pytest

from kg.extract import extract_text


@pytest.mark.parametrize(("text", "town"), [
    ("The City of Green River Parks and Recreation Department won a 2020 National Gold Medal Award.", "Green River"),
    ("The City of Rock Springs Police Department was honored with a 2019 Tree City USA designation.", "Rock Springs"),
    ("The Town of Estes Park Public Works Department earned a 2019 America in Bloom award.", "Estes Park"),
])
def test_the_town_before_its_agency_is_the_whole_name(text: str, town: str):
    record = extract_text(text)
    names = {c.name for c in record.cities}
    assert town in names
    assert not names - {town}
    assert {a.city for a in record.awards} <= {town}
