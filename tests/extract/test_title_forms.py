"""Titles written short or hyphenated still make an official."""

from __future__ import annotations

from kg.extract import extract_text


def test_a_vp_after_the_name_is_a_title():
    rec = extract_text("“We recognize them,” said Dana Roe, VP, Center for Digital Government.")
    assert [(o.name, o.title) for o in rec.officials] == [("Dana Roe", "VP")]


def test_a_co_founder_before_the_name_is_a_title():
    rec = extract_text("The announcement was made by ICF Co-founder Lou Zane at an event in Ames.")
    assert [(o.name, o.title.lower()) for o in rec.officials] == [("Lou Zane", "co-founder")]
