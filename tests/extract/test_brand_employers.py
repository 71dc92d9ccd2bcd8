"""An official's employer written as a brand-shaped word ("a BrightNest analyst", "director of 4civics",
"RCN program manager" for an acronym the text spells out) is whom the official serves, and is an organisation."""

from __future__ import annotations

from kg.extract import extract_text


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    rec = extract_text(text)
    return {o.name: (o.title, o.of) for o in rec.officials}


def test_camel_case_brand_before_a_title():
    text = ('Oakdale, Minn., came first. "Small towns spend wisely," said Dana Whitlow, a BrightNest analyst, '
            "in the report.")
    rec = extract_text(text)
    assert {o.name: o.of for o in rec.officials}["Dana Whitlow"] == "BrightNest"
    assert "BrightNest" in rec.organizations


def test_lower_case_brand_after_of():
    text = 'Oakdale, Minn., came first. "A big year," said Rowan Peck, director of 4civics, the research group.'
    people = _people(text)
    assert people["Rowan Peck"] == ("Director", "4civics")


def test_acronym_spelled_out_elsewhere():
    text = ("The Rural Civic Network named Oakdale, Minn., a model town. "
            '"We are pleased," said Lia Moreno, RCN program manager.')
    people = _people(text)
    assert people["Lia Moreno"] == ("Program Manager", "Rural Civic Network")


def test_field_acronym_names_no_employer():
    text = 'Oakdale, Minn., came first. "We are pleased," said Lia Moreno, GIS program manager.'
    assert _people(text)["Lia Moreno"][1] != "GIS"
