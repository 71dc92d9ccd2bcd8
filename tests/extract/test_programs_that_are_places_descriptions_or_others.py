"""Names read as programs that are places, descriptions, awards or another organisation's programs."""

from __future__ import annotations

from kg.extract import extract_text


def _names(text: str) -> set[str]:
    return {p.name for p in extract_text(text).programs}


def test_a_bulleted_place_with_its_place_word_or_state_is_no_program():
    text = ("The foundation named these communities Tree Cities for the 30th year:\n"
            "• Millbrook Township, New Jersey\n• Riverton Region, Ohio\n"
            "Also honored: Springfield, Illinois.\n• Springfield IL has won the Smart Water category.\n")
    names = _names(text)
    assert not {"Millbrook Township", "Riverton Region", "Springfield IL"} & names


def test_a_single_word_after_a_or_an_describes_a_project():
    text = ("The awards began in 1976 as a Bicentennial project. Dane County won for a Web-based system that "
            "lets clinics share records. Improved service to residents is the result.")
    names = _names(text)
    assert not {"Bicentennial project", "Web-based system", "Improved service"} & names


def test_an_opening_preposition_is_no_part_of_the_name():
    text = ("For the Housing Fresno initiative, the department rebuilt the permit website. Fresno, Calif., "
            "placed third.")
    assert "Housing Fresno" in _names(text)


def test_a_descriptor_word_followed_by_a_verb_ends_the_name():
    text = "In Fresno, Calif., the Fix It Fresno system posts service requests to a public dashboard."
    names = _names(text)
    assert any(n.startswith("Fix It Fresno") for n in names)
    assert not any("posts" in n for n in names)


def test_a_compound_descriptor_stays_whole():
    text = "Durango, Colo., also launched the Durango Connect mobile service application for residents."
    assert "Durango Connect mobile service application" in _names(text)


def test_an_awards_program_is_an_award():
    text = ("The Golden Portal awards program recognizes the most useful state and local government websites. "
            "Tacoma, Wash., won this year.")
    assert "Golden Portal" not in _names(text)


def test_an_opening_adverb_before_a_clause_is_no_program():
    text = "Instead, the league created a program that recognized cities for civic achievement in Tacoma, Wash."
    assert "Instead" not in _names(text)


def test_a_unit_named_with_a_program_word_is_no_program():
    text = "The city's new Digital Strategy Division in Tacoma, Wash., seeks to break down silos."
    assert "Digital Strategy" not in _names(text)


def test_an_award_written_out_before_its_short_form_is_no_program():
    text = ("The International Awards for Green Towns (GreenTown) gave Eugene, Ore., a gold award. The ratings "
            "agency Moody and Sons's (M&S) report praised the city.")
    names = _names(text)
    assert "Green Towns" not in names and "Moody and Sons" not in names


def test_a_program_another_organisation_runs_is_not_the_places():
    text = ("The Smart Towns Alliance announced that Eugene, Ore., won. \"It was our best year,\" said Jo Park, "
            "director of the Smart Towns Alliance Readiness Program. Winners join the Smart Towns Alliance's "
            "Mentor Program. Eugene's RiverWatch Program also expands.")
    names = _names(text)
    assert not {"Smart Towns Alliance Readiness Program", "Readiness Program", "Mentor Program"} & names
    assert "RiverWatch Program" in names


def test_a_name_that_opens_a_titled_project_is_its_short_form():
    text = ("The Regional Smart Cities Awards winners by category are as follows:\nPublic Safety\n"
            "Eugene, OR — 911 Project: Predicting Crash Hotspots\nSmart Water\n"
            "Tulsa, OK — Open Data and Project Portal\n")
    progs = extract_text(text).programs
    assert "911 Project" not in {p.name for p in progs}
    titled = next(p for p in progs if p.name.startswith("911 Project:"))
    assert "911 Project" in titled.aliases
