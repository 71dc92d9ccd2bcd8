"""A page whose capitals use the dotted İ (typed on a Turkish keyboard, or converted from one) names its awards
as plainly as one with I; and the words that say which award patterns to search never hide a name a pattern
would find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import award_names
from kg.extract.award_context import award_mentions, fold_for_words

_PATTERNS = [p for p in vars(award_names).values() if isinstance(p, re.Pattern)]


def test_a_known_award_in_capitals_with_dotted_i_is_read():
    plain = award_mentions("Kırıkkale was named among the top DIGITAL CITIES in the survey.")
    dotted = award_mentions("Kırıkkale was named among the top DİGİTAL CİTİES in the survey.")
    assert [n for _a, _b, n in dotted] == [n for _a, _b, n in plain] == ["Digital Cities Survey"]


_WORDS = st.sampled_from(["Award", "AWARD", "award", "Best", "best", "Places", "to", "Live", "Top", "10", "Cities",
                          "CİTİES", "the", "2021", "Healthiest", "Program", "designation", "Tree", "City", "USA",
                          "Winners", "are", ":", "named", "Certified", "Communities", "(", "WFC", ")", "of",
                          "Honorees", "Kırklareli", "İ", "ı", "Survey", "Challenge", "Prize", "Index", ",", "."])


@settings(max_examples=500, deadline=None)
@given(st.lists(_WORDS, max_size=12))
def test_the_word_gate_never_hides_a_match(words: list[str]) -> None:
    text = " ".join(words)
    folded = fold_for_words(text)
    for p in _PATTERNS:
        if p.search(text):
            assert award_names._holds(p, folded), p.pattern
    if any(p.search(text) for p in award_names._ANY_NAME):
        assert award_names._may_name_award(text)
