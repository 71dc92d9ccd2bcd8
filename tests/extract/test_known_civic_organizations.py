"""Organisations that run civic awards and rankings are known by name, in the form the page writes."""

from __future__ import annotations

import pytest

from kg.extract import extract_text


@pytest.mark.parametrize("name", ["Intelligent Community Forum", "WalletHub", "League of American Bicyclists",
                                  "National Arbor Day Foundation", "Results for America", "Money Magazine",
                                  "FBI", "U.S. Department of Energy", "European Commission",
                                  "Robert Wood Johnson Foundation"])
def test_a_known_organiser_is_an_organisation(name):
    text = f"Eugene, Ore., was honoured this week, {name} said in a statement on Tuesday."
    assert name in extract_text(text).organizations


def test_a_known_organisation_written_only_as_its_acronym_is_reported_as_written():
    rec = extract_text("Kern County won three NACo Achievement Awards this year, NACo said on Monday.")
    assert "NACo" in rec.organizations and "National Association of Counties" not in rec.organizations


def test_the_full_name_when_the_page_writes_it():
    rec = extract_text("The National Association of Counties (NACo) honoured Kern County on Monday.")
    assert "National Association of Counties" in rec.organizations


def test_companies_a_survey_thanks_for_underwriting_are_organisations():
    text = ("The Center thanks Deloitte, EMC, Microsoft, NIC, Symantec and Verizon for underwriting the survey and "
            "for their support of states nationwide.\n")
    assert {"EMC", "NIC"} <= set(extract_text(text).organizations)


def test_ranking_publishers_and_agencies_are_known_as_written():
    from kg.extract import extract_text

    text = ("The ranking, from U.S. News and World Report, names Colorado Springs second. The U.S. Forest Service "
            "helped, with data from the Economist Intelligence Unit and CQ Press.")
    assert {"U.S. News and World Report", "U.S. Forest Service", "Economist Intelligence Unit", "CQ Press"} <= set(
        extract_text(text).organizations)
