"""The comma-list scan asks for its three commas before trying names; it must find exactly what the pattern
without that lookahead finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import places

WORDS = ["Aitkin", "Albert Lea", "Arden Hills", "Barnum", "St. Paul", "McGregor", "of", "and", "or", "the",
         "Lake of the Woods", "O'Neill", "Winston-Salem", "mayor", "Council", "X"]
SEPS = [", ", ",", " ", ",\t", "\n", ", and ", " and ", "; ", ". "]


def _plain() -> re.Pattern[str]:
    return re.compile(places._comma_run_re().pattern.replace(places._THREE_COMMAS, ""))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPS)), max_size=14))
def test_the_same_lists_as_without_the_lookahead(parts: list[tuple[str, str]]):
    text = "".join(w + s for w, s in parts)
    assert [m.span("list") for m in places._comma_run_re().finditer(text)] == \
        [m.span("list") for m in _plain().finditer(text)]


def test_a_list_of_four_places_is_found():
    text = "The winners are Aitkin, Albert Lea, Arden Hills, Barnum and St. Paul."
    assert [m.group("list") for m in places._comma_run_re().finditer(text)] == \
        ["Aitkin, Albert Lea, Arden Hills, Barnum and St. Paul."]
