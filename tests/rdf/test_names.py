"""Canonical names come from the data extraction uses: one source of organisation and award names."""

from __future__ import annotations

import pytest

from kg.data import load
from kg.rdf.names import aliases_of, canonical_award, canonical_organization, is_generic_organization, is_head_title


@pytest.mark.parametrize("entry", load("organizations")["known"], ids=lambda e: e["name"])
def test_every_organisation_extraction_knows_is_canonical_in_the_graph(entry: dict) -> None:
    assert canonical_organization(entry["name"]) == entry["name"]
    for alias in entry.get("aliases", []) + entry.get("variants", []) + entry.get("written_forms", []):
        if not alias.lower().startswith("the ") or len(alias.split()) > 2:
            assert canonical_organization(alias) == entry["name"], alias


@pytest.mark.parametrize("entry", load("awards")["awards"], ids=lambda e: e["name"])
def test_every_award_extraction_knows_is_canonical_in_the_graph(entry: dict) -> None:
    assert canonical_award(entry["name"]) == entry["name"]
    for variant in entry.get("variants", []):
        assert canonical_award(variant) == entry["name"]


def test_references_that_only_hold_inside_one_text_are_not_folded() -> None:
    # "the Center" means the Center for Digital Government only where the text set it up
    assert canonical_organization("the Center") == "the Center"
    assert "the Center" not in aliases_of("organizations", "Center for Digital Government")
    assert canonical_organization("The National League of Cities") == "National League of Cities"


def test_variants_are_labels_and_acronyms_fold() -> None:
    assert canonical_organization("ICMA") == "International City/County Management Association"
    assert canonical_organization("Bloomberg") == "Bloomberg Philanthropies"
    assert {"Digital Cities Award", "Digital City Survey"} <= set(aliases_of("awards", "Digital Cities Survey"))
    assert canonical_award("GovX Awards") == "Government Experience Awards"


def test_generic_offices_and_head_titles_come_from_the_data_files() -> None:
    assert is_generic_organization("Department of Innovation & Technology")
    assert not is_generic_organization("Center for Digital Government")
    assert not is_generic_organization("Montgomery County Office of Public Information")
    assert is_head_title("Chairman of the Board of Supervisors") and not is_head_title("City Clerk")
