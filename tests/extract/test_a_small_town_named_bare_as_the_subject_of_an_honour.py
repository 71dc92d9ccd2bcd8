"""A small town named bare as the subject or the object of an honour, twice or more, on a page about its state
is that state's town, even where the gazetteer knows a bigger namesake elsewhere; on a page that names no
state it is the town of the one state that has it, its state unwritten; a county's short name is not."""

from __future__ import annotations

from kg.extract import extract_text


def test_the_subject_of_an_honour_is_the_state_s_town():
    text = (" date 2023-09-15 The North Carolina Department of Agriculture announced cities that earned the "
            "Tree City USA distinction, and once again Hendersonville made the list.\n\nHendersonville has once "
            "again earned the Tree City Growth Award and also earned the distinction of Tree City USA.")
    r = extract_text(text)
    assert ("Hendersonville", "NC") in {(c.name, c.state) for c in r.cities}
    assert ("Hendersonville", "Tree City USA Growth Award") in {(a.city, a.award) for a in r.awards}


def test_a_county_s_short_name_stays_the_county():
    text = (" date 2024-11-04 Stafford County in Virginia placed third in the Digital Counties Survey.\n\n"
            "Stafford ranked third among counties of 150,000 to 249,999 people. Stafford was recognized for its "
            "cybersecurity work.")
    assert "Stafford" not in {c.name for c in extract_text(text).cities}


def test_the_edition_after_for_dates_the_page_s_wins():
    text = (" date 2023-09-15 The North Carolina Department of Agriculture announced cities that earned the "
            "Tree City USA distinction for 2022.\n\nHendersonville has once again earned the distinction of Tree "
            "City USA, and Hendersonville has also earned the Tree City Growth Award.")
    assert {(a.city, a.award, a.year) for a in extract_text(text).awards} >= {("Hendersonville", "Tree City USA", 2022)}


def test_the_object_of_an_honour_on_a_page_naming_no_state_is_the_one_state_s_town():
    text = ("The Arbor Day Foundation has named Morton Grove a Tree City U.S.A. for the 16th consecutive year.\n\n"
            "Village officials announced the honor in a March 13 news release, Morton Grove mayor Dan DiMaria said.")
    r = extract_text(text)
    assert ("Morton Grove", None) in {(c.name, c.state) for c in r.cities}
    assert ("Morton Grove", "Tree City USA") in {(a.city, a.award) for a in r.awards}
