"""Fellow winners in prose the award readers used to miss.

"Hendersonville was one of just seven cities in the state to earn the Tree City Growth Award. The others were
Belmont, Charlotte ...": the others won what the sentence before says. "Other Virginia communities who have a
SolSmart designation include Arlington, VA (Bronze), ..." and "communities that have achieved this award –
Alexandria and Fairfax County" name places that hold the honour: winners, but of an edition the text does not
date. "Gold Designation Award" in a headline names no award of its own.
"""

from __future__ import annotations

from kg.extract import extract_text


def _wins(text: str) -> set[tuple[str, str, int | None, str | None]]:
    return {(a.city, a.award, a.year, a.category) for a in extract_text(text).awards}


def test_the_others_won_what_the_sentence_before_says():
    text = (" date 2023-09-15 The North Carolina Forest Service announced this year's Tree City USA Growth Awards.\n\n"
            "Hendersonville, N.C., earned the Tree City USA Growth Award again this year. "
            "The others were Charlotte, Gastonia and Wilmington, N.C.")
    assert {(c, y) for c, _a, y, _k in _wins(text)} >= {("Charlotte", 2023), ("Gastonia", 2023), ("Wilmington", 2023)}


def test_places_that_hold_the_honour_are_undated_winners():
    text = (" date 2020-11-10 Pulaski County receives Gold Designation Award\n\n"
            "Pulaski County, Va., has been awarded the SolSmart Gold designation.\n\n"
            "There are only three communities in Virginia that have achieved this award – Pulaski County, "
            "Alexandria and Fairfax County. Other Virginia communities who have a SolSmart designation include "
            "Arlington, VA (Bronze), Richmond, Virginia (Silver) and Charlottesville, Va. (Silver).")
    wins = _wins(text)
    assert ("Pulaski County", "SolSmart", 2020, "Gold") in wins
    assert {("Alexandria", "SolSmart", None, None), ("Arlington", "SolSmart", None, "Bronze"),
            ("Richmond", "SolSmart", None, "Silver")} <= wins
    assert not {a for _c, a, _y, _k in wins if a == "Designation Award"}
