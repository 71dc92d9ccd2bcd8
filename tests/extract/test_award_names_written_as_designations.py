"""An honour named by what it makes a place, before "designation", "distinction", "title" or "status": "to earn
the Certified Welcoming designation", "holds the “Purple Heart City” title". A level after the name is the
place's category, not part of the name ("the Bee Friendly Silver designation")."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.award_names import written_awards


def test_the_name_before_designation_is_the_award():
    assert [n for _a, _b, n in written_awards("Tulsa holds the “Purple Heart City” title.")] == ["Purple Heart City"]
    assert [n for _a, _b, n in written_awards("Ames earned the Bee Friendly Silver designation.")] == ["Bee Friendly"]
    assert written_awards("The city received the Gold designation again.") == ()


def test_a_city_that_earned_a_designation_won_it():
    rec = extract_text("In 2019, the City of Dallas became the first in Texas to earn the Certified Welcoming "
                       "designation, and it is now preparing for recertification.")
    assert [(a.city, a.award, a.year) for a in rec.awards] == [("Dallas", "Certified Welcoming", 2019)]
