"""Titles written short or hyphenated still make an official."""

from __future__ import annotations

from kg.extract import extract_text


def test_a_vp_after_the_name_is_a_title():
    rec = extract_text("“We recognize them,” said Dana Roe, VP, Center for Digital Government.")
    assert [(o.name, o.title) for o in rec.officials] == [("Dana Roe", "VP")]


def test_a_co_founder_before_the_name_is_a_title():
    rec = extract_text("The announcement was made by ICF Co-founder Lou Zane at an event in Ames.")
    assert [(o.name, o.title.lower()) for o in rec.officials] == [("Lou Zane", "co-founder")]


def test_a_mayor_named_only_by_surname_is_an_official_of_the_place():
    rec = extract_text("Tulsa, Okla., rebuilt its permit portal. The work follows Mayor Quillan's directives.")
    assert [(o.name, o.title, o.of) for o in rec.officials] == [("Quillan", "Mayor", "Tulsa")]


def test_a_surname_the_page_also_gives_in_full_is_that_person():
    rec = extract_text("Mayor Ann Quillan of Tulsa spoke first. Later, Mayor Quillan thanked the staff.")
    assert [o.name for o in rec.officials] == ["Ann Quillan"]


def test_a_title_a_comma_then_the_speaker():
    text = ('The League of American Bicyclists named cities. "Great," said League President, Andy Clarke. '
            '"We are proud."\n\nThe Center for Digital Government ran the survey.\n\n'
            'Center Executive Director, Cathilea Robinett added, "Counties continue to make strides."\n')
    got = {(o.name, o.title, o.of) for o in extract_text(text).officials}
    assert got == {("Andy Clarke", "President", "League of American Bicyclists"),
                   ("Cathilea Robinett", "Executive Director", "Center for Digital Government")}
