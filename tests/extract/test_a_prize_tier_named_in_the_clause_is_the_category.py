"""A prize tier the win's clause names is its category, as the conventions count tiers ("innovation prize",
"runner-up"); a clause about other winners ("..., while ...") lends its tier to none of them."""

from __future__ import annotations

from kg.extract import extract_text


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
