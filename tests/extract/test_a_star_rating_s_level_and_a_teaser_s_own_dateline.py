"""A rating given in stars ("awarded a 3-STAR Community Rating", "became a Certified 4-STAR Community") has its
stars as its level, the category; and on an undated page of release teasers, a teaser's own dateline inside its
paragraph ("Peoria, Ariz. (February 27, 2018) – ... announced today") dates that paragraph's win and the same win
its headline states, not the teasers after it."""

from __future__ import annotations

from kg.extract import extract_text

TEASERS = ("Community Updates\n\n"
           "Peoria Achieves a 3-STAR Community Rating\n\n"
           "City Recognized for Sustainability Leadership Peoria, Ariz. (February 27, 2018) – STAR Communities "
           "announced today that Peoria, AZ has been awarded a 3-STAR Community Rating for national leadership.\n\n"
           "Ann Arbor Achieves 4-STAR Community Rating\n\n"
           "Ann Arbor is a Certified 4-STAR Community for its work on sustainability.\n")


def test_the_stars_are_the_level():
    rec = extract_text("In 2017 the City of Reno became a Certified 3-STAR Community.")
    assert [(a.city, a.year, a.category) for a in rec.awards] == [("Reno", 2017, "3-STAR")]


def test_a_teaser_s_dateline_dates_its_own_win_only():
    rec = extract_text(TEASERS)
    assert {(a.city, a.year, a.category) for a in rec.awards} == {
        ("Peoria", 2018, "3-STAR"), ("Ann Arbor", None, "4-STAR")}
