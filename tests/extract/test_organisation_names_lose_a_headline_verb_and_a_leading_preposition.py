"""An organisation's name read from a capitalised run ends before a headline's verb ("State League Honors Eight
Cities"), loses a preposition that opened the run ("From the County Office of Public Affairs"), and keeps
"St." as a word of a place in it."""

from __future__ import annotations

from kg.extract import extract_text


def orgs(text: str) -> list[str]:
    return sorted(extract_text(text, doc_id="t").organizations)


def test_a_headline_verb_ends_the_name():
    found = orgs("Municipal League of North Dakota Honors Eight Cities\n\nThe league named eight cities today.")
    assert "Municipal League of North Dakota" in found
    assert not [o for o in found if "Honors" in o]


def test_a_leading_preposition_is_no_part_of_the_name():
    found = orgs("Fairfax wins again\n\nFrom the Fairfax County Office of Public Affairs\n\nThe county won.")
    assert "Fairfax County Office of Public Affairs" in found
    assert not [o for o in found if o.startswith("From")]


def test_st_is_a_word_of_the_name():
    found = orgs("Honorees include the Port St. Lucie Procurement Department and others in the state.")
    assert not [o for o in found if o.startswith("Lucie")]


def test_a_company_and_a_known_organisation_are_two():
    text = ('"Cities lead," said Michael R. Bloomberg, founder of Bloomberg LP and Bloomberg Philanthropies and '
            "108th mayor of New York City.")
    rec = extract_text(text, doc_id="t")
    assert "Bloomberg Philanthropies" in rec.organizations
    assert not [o for o in rec.organizations if " and " in o]
    assert [(o.name, o.of) for o in rec.officials] == [("Michael R. Bloomberg", "Bloomberg Philanthropies")]
