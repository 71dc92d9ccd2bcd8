"""Known award names are found where a word (or an opening quote) starts, never inside a longer word.

The scan over the known names is anchored at word starts because trying the whole alternation at every
character was a fifth of extraction time, and it tries only the names whose required words the text holds;
these tests hold it to what one alternation of every name, tried at every position, finds, apart from names
glued inside a longer word (a hashtag is not the honour).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import award_context
from kg.extract.award_context import award_defs, award_mentions


def _exhaustive(text: str) -> set[tuple[int, int, str]]:
    """Every known name at every position, as the scan found them before it was anchored."""
    names = [d.name for d in award_defs()]
    pattern = re.compile("|".join(f"(?P<a{i}>{d.pattern.pattern})" for i, d in enumerate(award_defs())), re.I)
    return {(m.start(), m.end(), names[int(m.lastgroup[1:])]) for m in pattern.finditer(text)}


def _known(text: str) -> set[tuple[int, int, str]]:
    return set(award_context._scan(text))


def test_a_name_after_a_space_a_quote_or_a_bracket_is_found():
    text = ("Tulsa won the 2019 Digital Cities Survey. Omaha was named “most livable city” and (Bicycle Friendly "
            "Community) status went to Salem; Dayton is a Tree City USA.")
    names = [n for _a, _b, n in award_mentions(text)]
    assert names == ["Digital Cities Survey", "Most Livable City", "Bicycle Friendly Community", "Tree City USA"]


def test_a_name_glued_inside_a_longer_word_is_no_mention():
    assert award_mentions("Follow the program at #BeSolSmart for updates.") == ()
    assert [n for _a, _b, n in award_mentions("Follow #SolSmart: Dayton earned SolSmart Gold.")] == \
        ["SolSmart", "SolSmart"]


_PIECES = st.sampled_from([
    "Digital Cities Survey", "the 2019 Digital Counties Survey", "What Works Cities Certification",
    "Bicycle-Friendly Community", "Tree City USA", "“most livable” city", "SolSmart", "#BeSolSmart",
    "Mayors Challenge", "All-America City Award", "Smart21 Communities", "LEED for Cities", "iCapital",
    "Center for Digital Government's annual survey", "ParkScore", "Purple Flag", "StormReady", "CALEA accreditation",
    "Tulsa, Okla.", " won ", " and ", ", ", "(", ")", "\n", "2019", "first place", "X",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=12))
def test_the_anchored_scan_finds_what_a_scan_at_every_character_finds(pieces: list[str]):
    text = "".join(pieces)
    found, every = _known(text), _exhaustive(text)
    glued = {m for m in every if m[0] > 0 and re.match(r"\w\w", text[m[0] - 1:m[0] + 1])}
    assert found == every - glued
