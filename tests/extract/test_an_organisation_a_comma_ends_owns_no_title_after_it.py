"""An organisation a comma ends does not own the title written after the comma: "received a 2007 award from the
Knight Foundation, Chief Innovation Officer Lisa Abernathy announced today" speaks of the city's officer."""

from __future__ import annotations

from kg.extract import extract_text


def test_the_officer_after_the_giver_and_a_comma_is_the_citys():
    text = ("SALEM, Ore. - The City of Salem, Oregon, received a 2007 award from the Knight Foundation, Chief "
            "Innovation Officer Lisa Abernathy announced today.")
    official = next(o for o in extract_text(text).officials if o.name == "Lisa Abernathy")
    assert (official.title, official.of) == ("Chief Innovation Officer", "Salem")


def test_an_organisation_right_before_the_title_owns_it():
    text = ("SALEM, Ore. - Salem won the award, Knight Foundation President Alberto Ibargüen announced today. The "
            "Knight Foundation funds the prize.")
    official = next(o for o in extract_text(text).officials if o.name == "Alberto Ibargüen")
    assert official.of == "Knight Foundation"


def test_a_place_and_its_state_before_a_comma_own_the_title():
    text = "MEMPHIS, Tenn. - The award went to Memphis, Tenn., Mayor A C Wharton said on Monday."
    official = next((o for o in extract_text(text).officials if o.title == "Mayor"), None)
    assert official is None or official.of == "Memphis"


def test_a_place_and_its_state_before_the_title_own_it():
    text = ("GARY, Ind. - Gary won. “We’re always looking for support,” said South Bend, Ind., Mayor Pete Buttigieg, "
            "who listed economic equality among his concerns.")
    official = next(o for o in extract_text(text).officials if o.name == "Pete Buttigieg")
    assert (official.title, official.of) == ("Mayor", "South Bend")
