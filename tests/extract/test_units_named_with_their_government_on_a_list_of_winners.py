"""A page that names units of several governments by their governments' names ("City of Boca Raton Purchasing
Division", "Town of Davie Procurement Division") keeps each government in its unit's name: stripped, they
would all be one "Procurement Division". A page about its own government's office still names the office
alone ("City of Olathe Communications Office" is the "Communications Office")."""

from __future__ import annotations

from kg.extract import extract_text


def test_units_of_several_governments_keep_their_governments():
    text = ("The 2024 winners include the City of Boca Raton Purchasing Division, the Town of Davie Procurement "
            "Division and the City of Orlando Procurement and Contracts Division.")
    assert extract_text(text).organizations == ["City of Boca Raton Purchasing Division",
                                                "Town of Davie Procurement Division",
                                                "City of Orlando Procurement and Contracts Division"]


def test_the_page_s_own_office_is_named_alone():
    assert extract_text("The City of Olathe Communications Office announced the award.").organizations == [
        "Communications Office"]
