"""Found organisation names that join two organisations, carry a place owner, or name none at all."""

from __future__ import annotations

from kg.extract import extract_text


def _orgs(text: str) -> list[str]:
    return extract_text(text).organizations


def test_a_known_organisation_and_a_company_are_two():
    text = ('"Cities lead," said Michael R. Bloomberg, founder of Bloomberg Philanthropies and Bloomberg L.P. '
            "and former mayor of New York City.")
    orgs = _orgs(text)
    assert "Bloomberg Philanthropies" in orgs
    assert any(o.startswith("Bloomberg L.P") for o in orgs)
    assert not any(" and " in o for o in orgs)


def test_a_unit_a_place_owns_is_named_without_its_owner():
    text = ("Among the winners was the Maui City and County's Office of Budget Review (OBR) for its online "
            "budget report.")
    orgs = _orgs(text)
    assert "Office of Budget Review" in orgs
    assert not any("'s" in o for o in orgs)


def test_a_count_or_a_field_acronym_is_no_organisation():
    text = ("Fresno, Calif., signed a data partnership with 12 local universities. The city issued IT "
            "directives and expanded its ICT budget.")
    orgs = _orgs(text)
    assert not {"12", "IT", "ICT"} & set(orgs)
