"""An honour no list knows, named for the kind of place it makes ("Butterfly City USA", "Tree City U.S.A."), is read
as the page's award, so its members win it; a city's own name before "USA" is no designation."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.award_names import written_awards


def test_an_unknown_usa_designation_is_the_page_s_award_and_its_members_win_it():
    text = ("MADISON, Wis. (April 2, 2021) - The Pollinator Partnership today announced its 2021 Butterfly City USA "
            "communities. Each of this year's Butterfly City USA communities made creative commitments to "
            "butterflies.\n\n"
            "Among this year's Butterfly City USA communities are Madison, Wis., and Green Bay, Wis.\n")
    got = {(a.city, a.award, a.year) for a in extract_text(text).awards}
    assert {("Madison", "Butterfly City USA", 2021), ("Green Bay", "Butterfly City USA", 2021)} <= got


def test_written_forms_of_usa_designations():
    assert [n for _a, _b, n in written_awards("Julian was named a Tree City U.S.A. for the 11th year.")] == [
        "Tree City U.S.A."]
    assert [n for _a, _b, n in written_awards("our 2010 Playful City USA communities")] == ["Playful City USA"]
    assert written_awards("Kansas City USA welcomes the conference.") == ()
