"""A city's or county's head the page names only by surname is an official: a mayor anywhere ("Mayor
Garcetti's directives"), another head where they speak ("said County Executive Pittman"), not a form's field
("City Manager Approval")."""

from __future__ import annotations

from kg.extract import extract_text


def test_a_county_head_named_by_surname_where_they_speak() -> None:
    text = ("Anne Arundel County, Md. — “We are proud,” said County Executive Pittman. "
            "The form needs City Manager Approval.")
    got = [(o.name, o.title, o.of) for o in extract_text(text).officials]
    assert got == [("Pittman", "County Executive", "Anne Arundel County")]
