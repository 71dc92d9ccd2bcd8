"""Sentence splitting: line breaks end sentences, abbreviations do not, 'City, St. Next' does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.sentences import split_sentences


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_state_abbreviation_inside_sentence_does_not_split():
    text = "Roanoke, Va., came out on top, while Macon, Ga., tied Cape Coral, Fla., for seventh."
    assert _texts(text) == [text]


def test_state_abbreviation_ending_a_sentence_splits():
    # southeast-2002: "... including Hampton, Va. Richmond, Va., ranked third ..."
    text = "Winston-Salem shared 10th place, including Hampton, Va. Richmond, Va., ranked third in that group."
    assert _texts(text) == ["Winston-Salem shared 10th place, including Hampton, Va.",
                            "Richmond, Va., ranked third in that group."]
    # wwc-2019: "... and Washington, D.C. Thirteen cities have been certified ..."
    assert len(_texts("The class: Memphis, Tenn.; and Washington, D.C. Thirteen cities have been certified.")) == 2


def test_dateline_with_parenthesised_date_stays_whole():
    text = "LOUISVILLE, Ky. (Nov. 16, 2012) — Louisville Metro Government has been named the No. 1 digital city."
    assert _texts(text) == [text]


def test_titles_and_numbers_do_not_split():
    text = "Mayor Thomas M. Menino announced that Dr. Smith took No. 1 on Nov. 13 at 5 p.m. in St. Louis."
    assert _texts(text) == [text]


def test_lines_always_split():
    assert _texts("Headline\nLONG BEACH, Calif. – Long Beach won.\n\n• a bullet") == [
        "Headline", "LONG BEACH, Calif. – Long Beach won.", "• a bullet"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("ab. ,\nVaN.C(”'") + ["Va.", "Mr.", " The", "D.C."]), max_size=40).map("".join))
def test_offsets_point_at_the_sentence(text: str):
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text
        assert s.text == s.text.strip() and s.text
