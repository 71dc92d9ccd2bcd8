"""Names that are no program: a date on a line of its own under a headline ("• June 25, 2014"), a commenter's
handle with an underscore, a place written as "The Township of New Hanover" in a ranked list, a tribe, a
ranking's measure ("Crime Rate"), a person named before a parenthetical about them."""

from __future__ import annotations

from kg.extract import extract_text


def _programs(text: str) -> set[str]:
    return {p.name for p in extract_text(text).programs}


def test_a_date_under_the_headline_is_no_program():
    text = ("Six Communities Receive the Culture of Health Prize For Efforts to Improve Health\n\n"
            "    • June 25, 2014\n\n"
            "Princeton, N.J.—The Foundation today announced the six communities chosen as winners of this year’s "
            "Culture of Health Prize.\n")
    assert "June 25" not in _programs(text)


def test_a_place_in_a_ranked_list_is_no_program():
    text = ("The safest small towns in the Northeast, by SafeWise:\n\n"
            "3. Village of Sleepy Hollow in Westchester County\n\n"
            "4. The Township of New Hanover in New Jersey\n\n"
            "5. The town of Wayland in Massachusetts\n")
    assert "Township of New Hanover" not in _programs(text)


def test_tribes_measures_and_people_are_no_programs():
    text = ("The Culture of Health Prize went to the Shoalwater Bay Indian Tribe in Washington and to Tacoma, which "
            "launched its Healthy Homes program.\n\n"
            "The ranking weighed each city's Crime Rate and its Job Opportunities.\n\n"
            "  • Charles Bingham (2018 Walking College Fellow) led the effort in Sitka, Alaska.\n")
    found = _programs(text)
    assert not found & {"Shoalwater Bay Indian Tribe", "Crime Rate", "Charles Bingham"}
