"""Known organisations are looked for only where a text holds the first word of their name: that must find
exactly what searching the text for every known name finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.organizations import _known_matches, _known_one, _known_written
from kg.extract.regex import leftmost_matches

NAMES = _known_written()


def _searching_every_name(text: str) -> list[tuple[int, int]]:
    pats = {i: _known_one(i) for i, a in enumerate(NAMES) if a in text}
    return [m.span() for m, _i in leftmost_matches(pats, text)]


_PIECES = st.one_of(st.sampled_from(NAMES), st.sampled_from([" ", ", ", ".", "the ", "(", ")", "&", " & ", "s",
                                                             "'s ", "-", "\n", "U.S."]),
                    st.sampled_from(NAMES).map(lambda n: n[: len(n) // 2]))


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=10).map("".join))
def test_first_words_find_what_every_name_finds(text: str) -> None:
    assert [m.span() for m in _known_matches(text)] == _searching_every_name(text)


def test_an_organisation_named_in_a_sentence_is_found():
    text = "The National League of Cities and the U.S. Conference of Mayors met."
    assert [m.span() for m in _known_matches(text)] == _searching_every_name(text) != []
