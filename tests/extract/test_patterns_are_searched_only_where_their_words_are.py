"""Readers skip a pattern on a text that holds none of the words every match of it holds
(:func:`kg.extract.regex.holds`).  That must never hide a match: on every sentence and line of the bundled and
written documents, and on texts made of the patterns' own words, a pattern that matches holds its words.  A page
whose capitals use the dotted İ (typed on a Turkish keyboard, or converted from one) names its awards as plainly
as one with I."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kg import EXAMPLES_DIR
from kg.extract import award_names, awards, categories, ranks
from kg.extract.award_context import award_mentions
from kg.extract.document import iter_document_paths, load_document
from kg.extract.regex import fold_for_words, holds

WRITTEN = Path(__file__).resolve().parents[1] / "data" / "written" / "docs"


def _patterns() -> list[re.Pattern[str]]:
    out: list[re.Pattern[str]] = [p for p, _kind in ranks._patterns()]
    for module in (award_names, awards, categories):
        for value in vars(module).values():
            if isinstance(value, re.Pattern):
                out.append(value)
            elif isinstance(value, tuple) and value and all(isinstance(v, re.Pattern) for v in value):
                out.extend(value)
    return out


PATTERNS = _patterns()


def _pieces() -> list[str]:
    out: list[str] = []
    for path in iter_document_paths([EXAMPLES_DIR, WRITTEN]):
        text = load_document(path).text
        out += [line for line in text.splitlines() if line.strip()]
        out += re.split(r"(?<=[.!?])\s+", text)
    return out


def test_a_known_award_in_capitals_with_dotted_i_is_read():
    plain = award_mentions("Kırıkkale was named among the top DIGITAL CITIES in the survey.")
    dotted = award_mentions("Kırıkkale was named among the top DİGİTAL CİTİES in the survey.")
    assert [n for _a, _b, n in dotted] == [n for _a, _b, n in plain] == ["Digital Cities Survey"]


def test_no_match_on_a_document_s_text_is_hidden() -> None:
    pieces = _pieces()
    assert len(pieces) > 1000
    hidden = [(piece[:60], p.pattern[:60]) for piece in pieces for p in PATTERNS
              if not holds(p, fold_for_words(piece)) and p.search(piece)]
    assert hidden == []


_WORDS = st.sampled_from(["Award", "AWARD", "award", "Best", "best", "Places", "to", "Live", "Top", "10", "Cities",
                          "CİTİES", "the", "2021", "Healthiest", "Program", "designation", "Tree", "City", "USA",
                          "Winners", "are", ":", "named", "Certified", "Communities", "(", "WFC", ")", "of",
                          "Honorees", "Kırklareli", "İ", "ı", "Survey", "Challenge", "Prize", "Index", ",", ".",
                          "won", "earned", "gold", "Gold", "level", "received", "by", "Mayor", "first", "place",
                          "went", "Congratulations", "moved", "up", "from", "silver", "in", "2019", "winners"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_WORDS, max_size=12))
def test_no_match_on_the_patterns_own_words_is_hidden(words: list[str]) -> None:
    text = " ".join(words)
    folded = fold_for_words(text)
    assert [p.pattern[:60] for p in PATTERNS if not holds(p, folded) and p.search(text)] == []
    if any(p.search(text) for p in award_names._ANY_NAME):
        assert award_names._may_name_award(text, folded)


def test_the_known_awards_a_page_may_name_hide_none_it_names() -> None:
    from kg.extract import award_context
    from kg.extract.regex import leftmost_matches

    pats = award_context._anchored()
    for path in iter_document_paths([EXAMPLES_DIR, WRITTEN]):
        page = load_document(path).text
        every = [(m.span(), i) for m, i in leftmost_matches(dict(enumerate(pats)), page)]
        possible = {i: pats[i] for i in award_context._possible_awards(page)}
        assert [(m.span(), i) for m, i in leftmost_matches(possible, page)] == every, path.name
