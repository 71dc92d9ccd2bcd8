"""A survey of states that lists its top states in a sentence gives each listed state the win.

States are not places the place finder reads as recipients (a state is where a city is), so a survey
whose recipients are states reads them from a ranking's list: "the top 10 states are ...".
"""

from __future__ import annotations

from kg.extract import extract_text

_LEAD = ("Conducted by the Center for Digital Government, the 2008 Digital States Survey covers a wide range "
         "of areas.\n\n")


def _wins(text: str) -> dict[str, tuple[int | None, int | None]]:
    return {a.city: (a.year, a.rank) for a in extract_text(text).awards}


def test_the_listed_top_states_each_win_the_survey():
    text = _LEAD + "The top tech-savvy states are Utah, Michigan, Virginia and Arizona."
    assert _wins(text) == {s: (2008, None) for s in ("Utah", "Michigan", "Virginia", "Arizona")}


def test_a_list_said_to_be_in_order_gives_placings_and_a_tie_at_its_end():
    text = _LEAD + ("The list of top five tech-savvy states, in order, is Utah, Michigan, Virginia, and "
                    "Tennessee and Pennsylvania, which tied for fourth place.")
    assert _wins(text) == {"Utah": (2008, 1), "Michigan": (2008, 2), "Virginia": (2008, 3),
                           "Tennessee": (2008, 4), "Pennsylvania": (2008, 4)}


def test_states_named_in_passing_win_nothing():
    text = _LEAD + "Respondents came from Utah, Michigan, Virginia and Arizona."
    assert _wins(text) == {}


def test_a_survey_of_cities_does_not_make_states_winners():
    text = ("The 2008 Digital Cities Survey ranked cities. "
            "The top states for digital cities are Utah, Michigan, Virginia and Arizona.")
    assert not set(_wins(text)) & {"Utah", "Michigan", "Virginia", "Arizona"}


def test_states_graded_in_the_centers_survey_won_its_states_edition():
    from kg.extract import extract_text

    text = ("June 23, 2019\n\nIn the newly released survey from the Center for Digital Government, eight states "
            "received A grades, with Michigan and Utah receiving an A and California, Minnesota and Ohio receiving "
            "an A-.")
    wins = {(a.city, a.award, a.category) for a in extract_text(text).awards}
    assert ("Michigan", "Digital States Survey", "A") in wins
    assert ("Ohio", "Digital States Survey", "A-") in wins
