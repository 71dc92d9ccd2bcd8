"""An official's employer written as an acronym alone ("Director-General of UNESCO") or as a name with small
words inside it ("executive director of America in Bloom") is the employer, not part of the title; a field after
"of" ("director of IT") stays in the title."""

from __future__ import annotations

import pytest

from kg.extract import extract_text


@pytest.mark.parametrize(("sentence", "official"), [
    ("Irina Bokova, Director-General of UNESCO, congratulated the cities.",
     ("Irina Bokova", "Director-General", "UNESCO")),
    ('"It is an honor," said Laura Kunkle, executive director of America in Bloom.',
     ("Laura Kunkle", "Executive Director", "America in Bloom")),
    ('"It is an honor," said Jane Doe, director of IT.', ("Jane Doe", "Director of IT", None)),
])
def test_the_employer_after_of(sentence, official):
    assert [(o.name, o.title, o.of) for o in extract_text(sentence).officials] == [official]
