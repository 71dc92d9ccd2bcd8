"""A state's name alone on its line heads the state's section of a list of winners ("Alabama[edit]" over its
Tree Cities): it wins no award that places win; a state named in a sentence still wins an award states win."""

from __future__ import annotations

from kg.extract import extract_text


def test_state_section_headings_win_nothing():
    text = ("List of Tree Cities USA\n\nThe following is a partial listing of Tree Cities USA.\n\nStates[edit]\n\n"
            "Alabama[edit]\n\nAlaska[edit]\n\nMaryland[edit]\n\nBowie, Maryland\n\nVermont[edit]\n\n"
            "Hartford, Vermont\n")
    winners = {a.city for a in extract_text(text, doc_id="t").awards}
    assert not winners & {"Alabama", "Alaska", "Maryland", "Vermont"}


def test_a_state_still_wins_a_state_award():
    text = "Oct 1, 2034. Utah earned an A in the 2034 Digital States Survey."
    assert [(a.city, a.category) for a in extract_text(text, doc_id="t").awards] == [("Utah", "A")]


def test_each_state_s_best_under_a_paragraph_that_says_what_the_list_is():
    text = (" date 2020-03-18 The healthiest county in each US state | 2020\n"
            "The Robert Wood Johnson Foundation released their 2020 County Health Rankings March 18.\n"
            "Below is a list of the county with the best health outcomes in each state. Access state-specific "
            "data here.\n"
            "Alabama\nShelby County\nAlaska\nKodiak Island County\nArizona\nYuma County\nArkansas\nBenton County\n")
    got = {(a.city, a.award, a.rank) for a in extract_text(text).awards}
    assert {("Shelby County", "County Health Rankings", 1), ("Yuma County", "County Health Rankings", 1),
            ("Benton County", "County Health Rankings", 1)} <= got
    assert not {c for c, _a, _r in got} & {"Alabama", "Arizona"}
