"""A list of winners whose rows end in a placing in parentheses ("- City of Seattle, Washington (2nd)"): each
row ranks its place; a consolidated government stands for its city ("Metropolitan Government of Nashville &
Davidson County"), not for a county too; "El Paso City and County" names El Paso and no place called "County";
the one population bracket the page states is the bracket of the list's placings, unless they repeat a
placing (then they are in other brackets)."""

from __future__ import annotations

from kg.extract import extract_text

PAGE = ("Ames took top honors in the 250,000 or more population category of the 2031 Digital Cities Survey.\n"
        "The other cities that ranked in the 2031 Digital Cities Survey included:\n"
        "- City of Seattle, Washington (2nd)\n"
        "- Metropolitan Government of Nashville & Davidson County, Tennessee (3rd)\n"
        "- City of Corpus Christi, Texas (5th)\n"
        "- El Paso City and County, Texas (6th)\n")


def test_rows_rank_their_places_in_the_page_s_bracket():
    wins = {a.city: (a.award, a.rank, a.category) for a in extract_text(PAGE, doc_id="t").awards}
    dcs = "Digital Cities Survey"
    assert wins["Seattle"] == (dcs, 2, "250,000 or more")
    assert wins["Nashville"] == (dcs, 3, "250,000 or more")
    assert wins["El Paso"] == (dcs, 6, "250,000 or more")
    assert "Davidson County" not in wins and "County" not in wins


def test_no_place_is_called_county():
    rec = extract_text(PAGE, doc_id="t")
    assert "County" not in {c.name for c in rec.cities}


def test_placings_that_repeat_are_in_other_brackets():
    text = ("DURHAM, N.C. - The City of Durham has taken first place among cities of 125,000 to 249,999 residents in "
            "the 2031 Digital Cities Survey.\n\nOther first-place finishers in 2031 were Los Angeles; Virginia Beach, "
            "Va.; and Tamarac, Fla.")
    wins = {a.city: a.category for a in extract_text(text, doc_id="t").awards}
    assert wins["Durham"] == "125,000-249,999"
    assert wins["Tamarac"] is None
