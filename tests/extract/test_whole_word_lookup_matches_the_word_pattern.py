"""Names are looked up as whole words without compiling a pattern per name; the lookup must find exactly
what the pattern ``(?<!\\w)name(?!\\w)`` finds, in any text and with any name."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.mentions import word_finditer, word_search

_CHARS = st.sampled_from(list("ab _.-’éA1²\n"))


@settings(max_examples=400, deadline=None)
@given(st.text(_CHARS, max_size=30), st.text(_CHARS, min_size=1, max_size=5))
def test_lookup_finds_what_the_pattern_finds(text: str, name: str) -> None:
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    assert [m.span() for m in word_finditer(name, text)] == [m.span() for m in pattern.finditer(text)]
    first = pattern.search(text)
    found = word_search(name, text)
    assert (found.span() if found else None) == (first.span() if first else None)
    if found:
        assert found.group() == name and found.start() == first.start() and found.end() == first.end()


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(list("aBb _.-1")), max_size=30), st.text(st.sampled_from(list("Aab _.")), min_size=1,
                                                                           max_size=4))
def test_lookup_ignoring_case_finds_what_the_pattern_finds(text: str, name: str) -> None:
    first = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.I).search(text)
    found = word_search(name, text, re.I)
    assert (found.span() if found else None) == (first.span() if first else None)


def test_names_inside_longer_words_are_not_found():
    assert word_search("Ames", "Games in Amesbury") is None
    assert [m.group() for m in word_finditer("St. Paul", "St. Paul and St. Pauls")] == ["St. Paul"]


# pages hold curly quotes, dashes and accents, and a few letters that ``re`` folds onto ASCII ones (dotted and
# dotless I, long s, the Kelvin sign): ignoring case, the lookup must still find what the pattern finds
_PAGE_CHARS = st.sampled_from(list("aBbIisSkK _.-1’“—é") + ["\u0130", "\u0131", "\u017f", "\u212a"])


@settings(max_examples=600, deadline=None)
@given(st.text(_PAGE_CHARS, max_size=30), st.text(st.sampled_from(list("AabIiSsk _.")), min_size=1, max_size=4))
def test_lookup_ignoring_case_on_page_text_finds_what_the_pattern_finds(text: str, name: str) -> None:
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.I)
    first = pattern.search(text)
    found = word_search(name, text, re.I)
    assert (found.span() if found else None) == (first.span() if first else None)
    assert [m.span() for m in word_finditer(name, text, re.I)] == [m.span() for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.text(_CHARS, max_size=30), st.text(_CHARS, min_size=1, max_size=5))
def test_lookup_with_more_word_characters_finds_what_the_pattern_finds(text: str, name: str) -> None:
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    assert [m.span() for m in word_finditer(name, text, also="-")] == [m.span() for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(list("ab _.-’'éA1²\n")), max_size=30),
       st.text(st.sampled_from(list("ab.é")), min_size=1, max_size=4))
def test_lookup_with_other_characters_after_finds_what_the_pattern_finds(text: str, name: str) -> None:
    # a town named again: no dot before it ("St.Ames"), but one after it closes a sentence ("Ames.")
    pattern = re.compile(rf"(?<![\w'’.-]){re.escape(name)}(?![\w'’-])")
    found = word_finditer(name, text, also="'’.-", also_after="'’-")
    assert [m.span() for m in found] == [m.span() for m in pattern.finditer(text)]
