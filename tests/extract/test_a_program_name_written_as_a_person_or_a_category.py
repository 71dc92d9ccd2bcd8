"""A candidate program the page writes as a person's name ("said Charles Bingham", "Charles Bingham, ...",
"Charles Bingham (2018 Walking College Fellow") or as an award's category ("the Public Safety category", "the
category of Public Safety") is no program: the look-ups must find exactly what the patterns written for them
find, for any name and text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.programs import (
    _AFTER_CATEGORY,
    _AFTER_PERSON,
    _BEFORE_CATEGORY,
    _BEFORE_PERSON,
    _written_with,
)

_PIECES = st.sampled_from(list("Aab ,(_-’\t\n.") + [" said", " says", "said ", "says ", " (2018 W", "é", "1",
                                                   " category", " categories", "category ", "category of ", "of "])
_NAMES = st.lists(st.sampled_from(list("Aab -’é_")), min_size=1, max_size=4).map("".join)


def _person(name: str) -> re.Pattern[str]:
    esc = re.escape(name)
    return re.compile(rf"\b{esc}(?:,| said\b| says\b|[ \t]+\((?:19|20)\d\d[ \t]+[A-Z])|\b(?:said|says)\s+{esc}\b")


def _category(name: str) -> re.Pattern[str]:
    esc = re.escape(name)
    return re.compile(rf"\b{esc}\s+categor(?:y|ies)\b|\bcategor(?:y|ies)\s+(?:of\s+)?{esc}\b")


@settings(max_examples=800, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join), _NAMES)
def test_the_look_ups_find_what_the_patterns_find(text: str, name: str) -> None:
    for hay in (text, f"{text}{name}{text}", f"said {name}{text}", f"{name}, {text}", f"category of {name}{text}"):
        assert _written_with(name, hay, _AFTER_PERSON, _BEFORE_PERSON) == bool(_person(name).search(hay)), (name, hay)
        assert _written_with(name, hay, _AFTER_CATEGORY, _BEFORE_CATEGORY) == bool(_category(name).search(hay)), \
            (name, hay)


def test_a_person_and_a_category_on_a_page():
    page = ("Charles Bingham, who leads the Walking College, said the Cary StreamWatch program won in the Public "
            "Safety category.")
    assert _written_with("Charles Bingham", page, _AFTER_PERSON, _BEFORE_PERSON)
    assert not _written_with("Cary StreamWatch", page, _AFTER_PERSON, _BEFORE_PERSON)
    assert _written_with("Public Safety", page, _AFTER_CATEGORY, _BEFORE_CATEGORY)
    assert not _written_with("Cary StreamWatch", page, _AFTER_CATEGORY, _BEFORE_CATEGORY)
