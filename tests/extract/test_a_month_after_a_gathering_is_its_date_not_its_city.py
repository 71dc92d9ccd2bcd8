"""A month after a gathering's name says when, not where: "at the Harbor Summit in October" is a gathering
in October of the page's year (or the year written with it), at no city; "in July in Greenville" keeps its
city."""

from __future__ import annotations

import pytest

from kg.extract import extract_text


@pytest.mark.parametrize("text, want", [
    ("June 3, 2031. One finalist will be named Community of the Year at the Harbor Summit in October, online.",
     ("Harbor Summit", None, "2031-10")),
    ("June 3, 2031. One finalist will be named Community of the Year at the Harbor Summit in March 2032.",
     ("Harbor Summit", None, "2032-03")),
    ("June 3, 2031. The winners will be honored at the Annual Meeting in July in Greenville.",
     ("Annual Meeting", "Greenville", None)),
])
def test_month_after_a_gathering(text: str, want: tuple):
    events = [(e.name, e.city, e.date) for e in extract_text(text, doc_id="t").events]
    assert events == [want]
    assert not [e for e in events if e[1] in ("October", "March", "July")]
