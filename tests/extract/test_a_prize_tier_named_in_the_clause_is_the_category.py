"""A prize tier the win's clause names is its category, as the conventions count tiers ("innovation prize",
"runner-up"); a clause about other winners ("..., while ...") lends its tier to none of them; a list whose lines
close with different tier labels after their places ("São Paulo, Brazil Grand Prize Winner", "Bogotá, Colombia
Winner") gives each place its line's tier, and the country before a tier is no award's name."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.award_names import written_awards


def wins(text: str) -> dict[str, str | None]:
    return {a.city: a.category for a in extract_text(text, doc_id="t").awards}


def test_runner_up_prizes():
    text = ("March 3, 2031 - Dayton, Ohio won the Mayors Challenge grand prize of $5 million. Akron, Ohio, "
            "Toledo, Ohio, and Erie, Pa., were selected for the $1 million runner-up prizes.")
    found = wins(text)
    assert found["Dayton"] == "grand prize"
    assert found["Akron"] == found["Toledo"] == found["Erie"] == "runner-up"


def test_a_tier_in_another_clause_is_not_the_place_s():
    text = ("March 3, 2031 - Dayton, Ohio was awarded the first prize in the Mayors Challenge, while Akron, Ohio "
            "won the Mayors Challenge too.")
    found = wins(text)
    assert found["Dayton"] == "first prize"
    assert found.get("Akron") is None


def test_the_challenge_written_with_its_apostrophe_after_mayors():
    text = "June 15, 2031. Springfield, Ill., won the 2031 Global Mayors’ Challenge run by Bloomberg Philanthropies."
    assert [(a.city, a.award, a.year) for a in extract_text(text, doc_id="t").awards] == [
        ("Springfield", "Mayors Challenge", 2031)]


_TIERED_LINES = ("2016 Mayors Challenge winners\n\nThe Mayors Challenge encourages cities to generate bold new ideas "
                 "that solve urban challenges and improve city life, and that have the potential to spread.\n\n"
                 "São Paulo, Brazil Grand Prize Winner\n\nClick here to learn more\n\n"
                 "Bogotá, Colombia Winner\n\nClick here to learn more\n\n"
                 "Medellín, Colombia Winner\n\nClick here to learn more\n")


def test_tier_labels_after_the_places_of_a_list_are_their_categories():
    got = {(a.city, a.award, a.category) for a in extract_text(_TIERED_LINES).awards}
    assert got == {("São Paulo", "Mayors Challenge", "Grand Prize"), ("Bogotá", "Mayors Challenge", "Winner"),
                   ("Medellín", "Mayors Challenge", "Winner")}


def test_the_same_label_on_every_line_names_no_tier():
    text = _TIERED_LINES.replace("Grand Prize Winner", "Winner")
    assert {a.category for a in extract_text(text).awards} == {None}


def test_a_country_before_a_tier_is_no_award_s_name():
    assert written_awards("São Paulo, Brazil Grand Prize Winner") == ()
