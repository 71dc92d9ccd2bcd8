"""A post over a department written in capitals, then the employer after "at" or "with": the department is part
of the title, the employer is the official's organisation (not "Programs at the ..." as one name)."""

from __future__ import annotations

import pytest

from kg.extract import extract_text

RELEASE = ("SPRINGFIELD, Ill. - The City of Springfield was named a 2024 Tree City USA by the Arbor Day "
           "Foundation.\n\n\"Trees are critical infrastructure,\" said Michelle Saulnier, {appositive}.")


@pytest.mark.parametrize("appositive, title, employer", [
    ("vice president of Programs at the Arbor Day Foundation", "Vice President of Programs", "Arbor Day Foundation"),
    ("senior manager of Community Programs with Bloomberg Philanthropies", "Senior Manager of Community Programs",
     "Bloomberg Philanthropies"),
    ("director of communications at the Knight Foundation", "Director of Communications", "Knight Foundation"),
])
def test_the_department_is_the_titles_and_the_employer_follows_at(appositive: str, title: str, employer: str):
    record = extract_text(RELEASE.format(appositive=appositive))
    official = next(o for o in record.officials if o.name == "Michelle Saulnier")
    assert (official.title, official.of) == (title, employer)
    assert not [o for o in record.organizations if " at " in o or " with " in o]


def test_a_venue_after_at_is_no_employer():
    text = ("DUBLIN - Tidy Towns results were announced today. \"A great day,\" said Michael Ring, Minister for "
            "Rural and Community Development at the Helix in Dublin.")
    official = next(o for o in extract_text(text).officials if o.name == "Michael Ring")
    assert official.of != "Helix in Dublin"


def test_a_second_capitalised_post_after_and_is_not_the_place():
    text = ("BOISE, Idaho - Boise won. The publication on the winners is by H. Brent Coles, Mayor of Boise and "
            "Vice-President of USCM and Javier Gonzales, Commissioner, Santa Fe County, NM.")
    official = next(o for o in extract_text(text).officials if o.name == "H. Brent Coles")
    assert (official.title, official.of) == ("Mayor", "Boise")
