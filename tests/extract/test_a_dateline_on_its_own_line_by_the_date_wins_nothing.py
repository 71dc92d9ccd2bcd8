"""A dateline on a line of its own next to the date line ("May 7, 2031" / "Washington, D.C.") at the head of a
release names where it was issued: that place wins nothing from the list below it."""

from __future__ import annotations

from kg.extract import extract_text


def test_the_dateline_line_wins_nothing():
    text = ("Nonprofit Announces 3 Playful City USA Communities\n\nMay 7, 2031\n\nWashington, D.C.\n\n"
            "The 2031 Playful City USA communities are:\n\n- Dayton, Ohio\n- Akron, Ohio\n- Erie, Pa.\n")
    winners = {a.city for a in extract_text(text, doc_id="t").awards}
    assert winners == {"Dayton", "Akron", "Erie"}
