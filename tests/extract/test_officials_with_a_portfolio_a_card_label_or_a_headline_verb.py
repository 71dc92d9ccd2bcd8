"""Officials written as real pages write them: a title with its portfolio ("Commissioner for the
Environment"), before the name or before a comma and an honorific; a body named by the word before the title
("European Commissioner"); a label line on a winner's card ("Mayor: Ann Roe") serving the card's place; names
in Central European spelling; and a headline's verb is no part of the name ("Mayor Roe Announces ...")."""

from __future__ import annotations

import pytest

from kg.extract import extract_text


def officials(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(o.name, o.title, o.of) for o in extract_text(text, doc_id="t").officials]


@pytest.mark.parametrize("text, expected", [
    ('European Commissioner for the Environment Marta Novak said: "I am delighted to open the contest."',
     ("Marta Novak", "Commissioner for the Environment", "European Commission")),
    ("The prizes were handed over by the EU Commissioner for the Environment, Mr. Tomaž Kovačič, at a ceremony.",
     ("Tomaž Kovačič", "Commissioner for the Environment", "European Commission")),
])
def test_a_title_with_its_portfolio(text: str, expected: tuple[str, str, str]):
    assert officials(text) == [expected]


def test_a_comma_after_a_portfolio_takes_no_name_but_a_person_s():
    assert officials("said the EU Commissioner for Environment, Maritime Affairs and Fisheries, today.") == []


def test_a_label_on_a_winner_s_card_serves_the_card_s_place():
    text = ("Grand Prize Winner: Dayton, OH with \"Read Early\"\nMayor: Nora Quist\nPopulation: 140,000\n\n"
            "Prize Winner: Akron, OH with \"Open Akron\"\nMayor: Victor Lund\nPopulation: 190,000\n")
    assert officials(text) == [("Nora Quist", "Mayor", "Dayton"), ("Victor Lund", "Mayor", "Akron")]


def test_a_label_inside_a_sentence_is_no_card():
    assert officials("The sign on the door read Mayor: Nora Quist is away until Monday, the clerk said.") == []


@pytest.mark.parametrize("headline", [
    "Mayor Quist Announces Dayton Named Among America's Best Communities\n\nDayton was named today.",
    "Mayor Quist Awarded For Environmental Protection, Urges Support\n\nDayton, Ohio won the award.",
])
def test_a_headline_verb_is_no_part_of_a_name(headline: str):
    assert not [name for name, _t, _o in officials(headline) if "Announces" in name or "Awarded" in name]


def test_a_minister_s_portfolio_of_several_fields():
    text = ("Speaking after the ceremony, Minister for Rural & Community Development Heather Humphreys said the "
            "towns did well.\n")
    assert [(o.name, o.title) for o in extract_text(text).officials] == [
        ("Heather Humphreys", "Minister for Rural & Community Development")]
