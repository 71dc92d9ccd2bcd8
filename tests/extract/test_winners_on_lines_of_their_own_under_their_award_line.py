"""Winners written as lines of their own, each under the line of the award it won and the line of its project
("National Planning Excellence Award for a Best Practice" / "Urban Forestry Code Revisions Project" / "Tigard,
Oregon"), win the page's award in that category, whatever the heads above made of the lines; a person's honour
gives their place nothing."""

from __future__ import annotations

from kg.extract import extract_text

_TEXT = (
    "APA's National Planning Excellence Awards honor the best planning efforts and individuals who create "
    "communities of lasting value. The 2014 awards will be presented at a luncheon during the National Planning "
    "Conference in Atlanta, where the winners will be honored by their peers.\n"
    "National Planning Excellence Awards\n"
    "National Planning Excellence Award for a Best Practice\n"
    "Urban Forestry Code Revisions Project\n"
    "Tigard, Oregon\n"
    "National Planning Excellence Award for Implementation\n"
    "Detroit RiverFront Conservancy\n"
    "Detroit, Michigan\n"
    "National Planning Excellence Award for Environmental Planning\n"
    "Broward County Climate Change Element\n"
    "Broward County, Florida\n"
    "National Planning Excellence Award for a Planning Advocate\n"
    "Cynthia Lee-Sheng, Jefferson Parish Council\n"
    "Gretna, Louisiana\n"
)


def test_each_place_line_wins_in_the_category_of_its_award_line():
    got = {(a.city, a.category) for a in extract_text(_TEXT).awards}
    assert {("Tigard", "National Planning Excellence Award for a Best Practice"),
            ("Detroit", "National Planning Excellence Award for Implementation"),
            ("Broward County", "National Planning Excellence Award for Environmental Planning")} <= got


def test_a_person_s_honour_gives_their_place_nothing():
    assert "Gretna" not in {a.city for a in extract_text(_TEXT).awards}

