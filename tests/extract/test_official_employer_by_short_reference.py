"""An official's employer written short: the head word, a program it runs, or one of two organisations."""

from __future__ import annotations

from kg.extract import extract_text


def _of(text: str, name: str) -> str | None:
    return next(o.of for o in extract_text(text).officials if o.name == name)


def test_the_council_is_the_one_council_the_page_names():
    text = ("SALEM, Ore. — The Harbor Green Building Council certified Salem on Monday. The plaque was handed over "
            "by Dana Roe, president and CEO of the council, at the library.")
    assert _of(text, "Dana Roe") == "Harbor Green Building Council"


def test_the_council_is_a_city_council_when_the_page_speaks_of_one():
    text = ("SALEM, Ore. — The Harbor Green Building Council certified Salem. The city council met on Monday, "
            "and Dana Roe, president of the council, said the vote was unanimous.")
    assert _of(text, "Dana Roe") != "Harbor Green Building Council"


def test_the_center_is_the_center_the_page_names():
    text = ("The Center for Digital Government ranked Salem first. “Salem leads,” said Lee Park, executive "
            "director for the Center.")
    assert _of(text, "Lee Park") == "Center for Digital Government"


def test_a_program_director_serves_the_organisation_running_it():
    text = ("The Ridgeway Cities Council picked Salem. “Salem stood out,” said Kim Lo, director of the Ridgeway "
            "Cities Council Readiness Program.")
    assert _of(text, "Kim Lo") == "Ridgeway Cities Council"


def test_a_program_named_with_its_owner_in_the_possessive():
    text = ("The Ridgeway Cities Council picked Salem. “Salem stood out,” said Kim Lo, director of the Ridgeway "
            "Cities Council’s Readiness Program in North America.")
    assert _of(text, "Kim Lo") == "Ridgeway Cities Council"


def test_two_employers_joined_by_and_give_the_first():
    text = ("The Harmon Foundation funds the prize. “Cities lead,” said Ann Ortiz, vice president of the Harmon "
            "Foundation and Civic Strategies, on Monday.")
    assert _of(text, "Ann Ortiz") == "Harmon Foundation"


def test_a_title_then_two_organisations_as_a_segment():
    text = ("The Center for Digital Government ran the survey. “We recognize them,” said Dana Roe, VP, Center for "
            "Digital Government and Civic Institute.")
    assert _of(text, "Dana Roe") == "Center for Digital Government"
