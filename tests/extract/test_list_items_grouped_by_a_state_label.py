"""A bulleted list grouped by state labels ("• Alaska: Anchorage, Juneau") lists the places after each label;
the state is the group's label, not a winner, and a name the gazetteer does not know first in a group does
not hide the places after it."""

from __future__ import annotations

from kg.extract import extract_text

PAGE = ("The following cities earned the 2025 Municipal Equality Index All-Star City title:\n\n"
        "• Alabama: Birmingham\n"
        "• Alaska: Anchorage, Juneau\n"
        "• Arizona: Chandler, Flagstaff, Mesa\n")


def test_the_places_after_each_state_label_win_and_the_states_do_not():
    wins = {(a.city, a.award, a.year) for a in extract_text(PAGE).awards}
    assert {("Birmingham", "Municipal Equality Index", 2025), ("Anchorage", "Municipal Equality Index", 2025),
            ("Juneau", "Municipal Equality Index", 2025), ("Flagstaff", "Municipal Equality Index", 2025),
            ("Mesa", "Municipal Equality Index", 2025)} <= wins
    assert not {c for c, _a, _y in wins} & {"Alabama", "Alaska", "Arizona"}


def test_a_state_heading_a_list_item_alone_still_wins():
    text = "The 2018 Digital States Survey top-graded states:\n\n• Michigan\n• Utah\n• Virginia\n"
    assert {"Michigan", "Utah", "Virginia"} <= {a.city for a in extract_text(text).awards}
