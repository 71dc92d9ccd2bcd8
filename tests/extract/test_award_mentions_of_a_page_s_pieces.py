"""The known awards a sentence or line names are the same whether it is asked about alone or after its page
was scanned whole: the page's scan answers for its sentences and lines that no award touches, and any other
piece (one cut mid-sentence, one an award reaches into) is scanned."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kg import EXAMPLES_DIR
from kg.extract import award_context
from kg.extract.award_context import award_mentions

_PIECES = re.compile(r"[^\n.]+")
WRITTEN = Path(__file__).resolve().parents[1] / "data" / "written" / "docs"


def _pieces(page: str) -> list[str]:
    return [m.group(0).strip() for m in _PIECES.finditer(page) if m.group(0).strip()]


def test_every_sentence_and_line_of_the_examples_names_what_it_names_alone():
    # (a piece is looked for only the awards its page may name: the written documents name many kinds)
    for path in sorted(EXAMPLES_DIR.glob("*.txt")) + sorted(WRITTEN.glob("*.txt")):
        page = path.read_text(encoding="utf-8")
        alone = {p: award_context._scan(p) for p in _pieces(page)}
        award_mentions(page)
        assert {p: award_mentions(p) for p in alone} == alone
        assert any(alone.values())  # the examples name their survey: both kinds of piece are asked


_SENTENCES = ["Boston was named a 2011 Digital Cities Survey winner.", "The mayor thanked the staff.",
              "Tulsa earned Tree City USA status for the 20th year.", "Residents can report potholes online.",
              "Omaha won the What Works Cities Certification at the Gold level.", "It rained on Monday.",
              "Tree City", "USA status for the year", "Digital Cities Survey",
              "The County Health Rankings & Roadmaps team named them.",
              "NACo gave the county a 2018 Achievement Award.", "Galway was European Green Capital. Leaf"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCES), min_size=8, max_size=20), st.data())
def test_a_piece_of_any_page_names_what_it_names_alone(sentences: list[str], data: st.DataObject):
    page = " ".join(sentences)
    a = data.draw(st.integers(0, len(page) - 1))
    b = data.draw(st.integers(a + 1, len(page)))
    piece = page[a:b]
    alone = award_context._scan(piece)
    award_mentions(page)
    assert award_mentions(piece) == alone


def test_a_piece_cut_where_the_words_after_it_change_a_match_is_scanned():
    page = "The County Health Rankings & Roadmaps team named the winners. " + "The mayor thanked the staff. " * 20
    award_mentions(page)
    piece = "The County Health Rankings"  # alone, the rankings; on the page, the team that runs them
    assert award_mentions(piece) == award_context._scan(piece) != ()
