"""An organisation's name without the words a scan takes in at its edges: a list's "and" before it, where it is
based after it, a count after its "for"."""

from __future__ import annotations

import pytest

from kg.extract import extract_text

LEAD = "SPRINGFIELD, Mo. - Springfield was named a Tree City USA for the 23rd year.\n\n"


@pytest.mark.parametrize("sentence, name", [
    ("Officials will present the flag to City of Springfield and City Utilities officials at 3:30 p.m.",
     "City Utilities"),
    ("\"Trees matter,\" said Dan Lambe, president of the Arbor Day Foundation based in Nebraska City.",
     "Arbor Day Foundation"),
    ("The ranking is sponsored by the Elevance Health Foundation for the 11th year.", "Elevance Health Foundation"),
    ("The ranking is sponsored by the Elevance Health Foundation for 11 years now.", "Elevance Health Foundation"),
])
def test_the_name_alone(sentence: str, name: str):
    record = extract_text(LEAD + sentence)
    assert name in record.organizations
    assert not [o for o in record.organizations if o != name and name in o]


def test_where_an_employer_is_based_is_not_its_name():
    record = extract_text(LEAD + "\"Trees matter,\" said Dan Lambe, president of the Arbor Day Foundation, "
                                 "headquartered in Nebraska City.")
    assert next(o.of for o in record.officials if o.name == "Dan Lambe") == "Arbor Day Foundation"


def test_a_name_whose_for_is_a_word_keeps_it():
    record = extract_text(LEAD + "The ranking is sponsored by the Foundation for the Carolinas.")
    assert "Foundation for the Carolinas" in record.organizations


def test_a_state_or_a_unit_someone_calls_theirs_is_no_organisation():
    text = ("LAS VEGAS - SolSmart met county staff. Representatives from Klamath County, Oregon, and Marion County, "
            "Florida, stopped by the booth.\n\n\"My Administration has made a commitment to clean energy,\" said "
            "Mayor Michael A. Nutter of Philadelphia.")
    orgs = extract_text(text).organizations
    assert not {"Oregon", "Florida", "My Administration"} & set(orgs)
