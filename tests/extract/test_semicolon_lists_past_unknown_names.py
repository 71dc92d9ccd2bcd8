"""A semicolon list of winners goes on past a member whose last name we do not know.

"...; Lincoln and Offutt Air Force Base, Nebraska; Paramus and Stafford, New Jersey; ...": an air
force base is no place the gazetteer knows, but the members after its semicolon still won.
"""

from __future__ import annotations

from kg.extract import extract_text


def test_the_run_goes_on_after_a_member_it_cannot_read():
    text = ("Twenty-seven communities are the first communities to receive the Sterling Award.\n\n"
            "A complete list of communities follows:\n\n"
            "Daphne, Alabama; Scottsdale, Arizona; Westminster, Maryland; Lincoln and Offutt Air Force Base, "
            "Nebraska; Paramus and Stafford, New Jersey; Euless, Texas\n")
    winners = {a.city for a in extract_text(text).awards}
    assert {"Daphne", "Scottsdale", "Westminster", "Paramus", "Stafford", "Euless"} <= winners
