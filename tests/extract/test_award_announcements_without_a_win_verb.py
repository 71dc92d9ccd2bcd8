"""Winners announced without the usual verbs: a paragraph that opens with the award and who it goes to ("An Award
of Excellence to Clark County, Washington, in the ... category"), under a headline that is the award's name over a
line announcing its winners (the award there is the page's, the category the one the paragraph names); places
that "beat out 50 other applicants for" an award won it; a year inside the name of what a city runs ("its Kids
Compute 2001 program") is no edition's year."""

from __future__ import annotations

from kg.extract import extract_text


def test_a_paragraph_opening_with_the_award_and_its_recipient():
    page = ("Outstanding Achievement in County Planning Awards\n\n2013 Winners\n\n"
            "On April 14, 2013, the County Planning Division will present its 2013 Project Awards.\n\n"
            "An Award of Excellence to Clark County, Washington, in the Senior Livability category for the Aging "
            "Readiness Plan.\n\n"
            "An Award of Merit to Howard County, Maryland, in the Small Area Planning category for its plan.\n")
    wins = {(a.city, a.award, a.category) for a in extract_text(page).awards}
    assert wins == {("Clark County", "Outstanding Achievement in County Planning Awards", "Senior Livability"),
                    ("Howard County", "Outstanding Achievement in County Planning Awards", "Small Area Planning")}


def test_places_that_beat_out_other_applicants_won_and_a_programs_year_is_not_the_edition():
    page = ("Award Winners Unleash Technology\n\nThe idea of the National League of Cities' 1998 Innovation Awards "
            "was to focus on technology.\n\nOfficials in Boston, Phoenix and Tuscaloosa, Ala., have contributed to "
            "the quality of life, and they beat out 50 other applicants for the Innovation Awards.\n\n"
            "Boston won the Community Connections award for its Kids Compute 2001 program.\n")
    wins = {(a.city, a.year) for a in extract_text(page).awards}
    assert wins == {("Boston", 1998), ("Phoenix", 1998), ("Tuscaloosa", 1998)}
