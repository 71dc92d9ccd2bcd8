"""How pages write the name of an honour no list knows: a results page's title after the contest's name ("Entente
Bloom Europe Results and Awards 2025"), a designation a place holds at a level ("made Seattle a platinum Stroll
Friendly Community"), a name after "through the", and a designation written as what it certifies ("Certified
Scenic Town") beside the certification's own name ("Scenic Town Certification")."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.award_names import written_awards


def _names(text: str) -> list[str]:
    return [n for _a, _b, n in written_awards(text)]


def test_a_results_page_s_title_words_are_no_part_of_the_name():
    assert [(a, b, n) for a, b, n in written_awards("Entente Bloom Europe Results and Awards 2025")] == [
        (0, 20, "Entente Bloom Europe")]


def test_a_designation_held_at_a_level():
    assert _names("The free hugs didn't make Seattle a platinum Stroll Friendly Community.") == [
        "Stroll Friendly Community"]
    assert _names("Springfield is a gold Medal City") == []  # ("Medal City" names no designation of its own)


def test_a_name_after_through_the():
    assert _names("Mesquite earned the designation through the Scenic Town Certification Program.") == [
        "Scenic Town Certification"]


def test_a_list_under_a_level_designation_wins_it():
    text = ("Do you live in a Stroll Friendly Community?\n\n"
            "The free hugs didn't make Seattle a platinum Stroll Friendly Community, but they sure didn't hurt.\n\n"
            "Those cities were recognized by the Pedestrian Center in their inaugural round of Stroll Friendly "
            "Communities. Five cities received a bronze, silver, gold, or platinum rating.\n\n"
            "Is your city on the list?\n\n\n"
            "Seattle, Wash.\n\n\n"
            "Ann Arbor, Mich.\n\n"
            "Arlington, Va.\n\n"
            "Hoboken, N.J.\n\n"
            "Santa Barbara, Calif.\n")
    rec = extract_text(text)
    assert {a.award for a in rec.awards} == {"Stroll Friendly Community"}
    assert {a.city for a in rec.awards} == {"Seattle", "Ann Arbor", "Arlington", "Hoboken", "Santa Barbara"}


def test_a_certified_designation_is_the_certification():
    text = ("Mesquite and Rowlett Earn Scenic Town Certification\n\n"
            "MESQUITE, Texas (May 3, 2019) - Mesquite and Rowlett have been named a Certified Scenic Town by Scenic "
            "Texas. Mesquite earned the designation through the Scenic Town Certification Program.\n")
    rec = extract_text(text)
    assert {a.award for a in rec.awards} == {"Scenic Town Certification"}
