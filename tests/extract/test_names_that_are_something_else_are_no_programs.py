"""Names the program readers take that are something else are no programs: a date ("12 May 2031"), a modifier
("CivicPlus-powered"), an organisation the page names ("Kaiser Permanente"), and a name the excerpt's end cut
short ("... the Santa Mon")."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.doc import Doc
from kg.extract.programs import _not_a_program
from kg.extract.sentences import split_sentences
from kg.record import DocumentRecord


def _doc(text: str) -> Doc:
    return Doc(id="t", text=text, sentences=split_sentences(text))


def test_dates_modifiers_organisations_and_cut_names():
    text = ("The Santa Monica Green Streets Program won. Its partner is Kaiser Permanente. Read more from the "
            "Santa Mon")
    rec = DocumentRecord(id="t", organizations=["Kaiser Permanente"])
    doc = _doc(text)
    assert _not_a_program("12 May 2031", doc, rec)
    assert _not_a_program("CivicPlus-powered", doc, rec)
    assert _not_a_program("Kaiser Permanente", doc, rec)
    assert _not_a_program("Santa Mon", doc, rec)
    assert not _not_a_program("Green Streets Program", doc, rec)


def test_the_head_of_a_known_organisation_s_name_is_no_program() -> None:
    text = ("Fairfax County was named a finalist by the American Academy for Park and Recreation Administration "
            "and the National Recreation and Park Association.")
    record = extract_text(text)
    assert "American Academy for Park and Recreation Administration" in record.organizations
    assert "American Academy" not in {p.name for p in record.programs}


def test_places_people_and_award_titles_are_no_programs() -> None:
    from kg.record import Award

    rec = DocumentRecord(id="t", awards=[Award(city="Usk", award="Britain in Bloom", year=2005,
                                               category="Large Village")])
    doc = _doc("Usk won in the Large Village category.")
    assert _not_a_program("London UK", doc, rec)
    assert _not_a_program("World", doc, rec)
    assert _not_a_program("Dallas-Fort Worth", doc, rec)
    assert _not_a_program("James Felt", doc, rec)
    assert _not_a_program("Municipality Equality Index", doc, rec)
    assert not _not_a_program("Green Streets Program", doc, rec)
    assert not _not_a_program("Citizens Connect", doc, rec)
