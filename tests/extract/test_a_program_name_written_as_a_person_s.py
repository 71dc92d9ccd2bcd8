"""A two-word candidate program whose words read as a given name and a surname is a person when the page writes
it as one ("said Charles Bingham", "Charles Bingham, ...", "Charles Bingham (2018 Walking College Fellow"): the
look-up must find exactly what the pattern written for it finds, for any name and text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.programs import _written_as_person

_CHARS = st.sampled_from(list("Aab ,(_-’\t\n.") + [" said", " says", "said ", "says ", " (2018 W", "é", "1"])


def _pattern(name: str) -> re.Pattern[str]:
    esc = re.escape(name)
    return re.compile(rf"\b{esc}(?:,| said\b| says\b|[ \t]+\((?:19|20)\d\d[ \t]+[A-Z])|\b(?:said|says)\s+{esc}\b")


@settings(max_examples=800, deadline=None)
@given(st.lists(_CHARS, max_size=14).map("".join), st.lists(st.sampled_from(list("Aab -’é_")), min_size=1,
                                                             max_size=4).map("".join))
def test_the_look_up_finds_what_the_pattern_finds(text: str, name: str) -> None:
    for hay in (text, f"{text}{name}{text}", f"said {name}{text}", f"{name}, {text}"):
        assert _written_as_person(name, hay) == bool(_pattern(name).search(hay)), (name, hay)


def test_a_person_and_a_program_on_a_page():
    page = "The Walking College is led by Charles Bingham, who said the Cary StreamWatch program grew."
    assert _written_as_person("Charles Bingham", page)
    assert not _written_as_person("Cary StreamWatch", page)
