"""A town whose name is also a surname or a word ("Tyler", "Allen", "Irving": never read bare) is that town on a
page that names its own government with it ("the Tyler City Council", "City of Irving"); a meeting of that
council is held in it."""

from __future__ import annotations

from kg.extract import extract_text

PAGE = ("For its second consecutive year, Tyler has received the Arbor Day Foundation's Tree City USA Growth Award "
        "for 2016. The group was honored at the Tyler City Council meeting on Wednesday, May 10, 2017.")


def test_the_town_its_government_names_is_read_and_wins():
    record = extract_text(PAGE)
    assert [(c.name, c.state) for c in record.cities] == [("Tyler", "TX")]
    assert ("Tyler", "Tree City USA Growth Award", 2016) in {(a.city, a.award, a.year) for a in record.awards}


def test_its_council_meeting_is_held_in_it():
    assert [(e.city, e.date) for e in extract_text(PAGE).events] == [("Tyler", "2017-05-10")]


def test_a_surname_alone_is_still_no_town():
    assert extract_text("Tyler has received the Tree City USA Growth Award for 2016.").cities == []
