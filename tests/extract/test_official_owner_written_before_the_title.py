"""The owner written before a title: a company's name, a list item's place heading, a name with "U.S.", or a
possessive before a title that the name follows after a comma at a sentence's end; a passive's agent after a bare
title has no owner."""

from __future__ import annotations

from kg.extract import extract_text


def _officials(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(o.name, o.title, o.of) for o in extract_text(text).officials}


def test_a_company_name_then_company_titles_after_the_name():
    text = "“We congratulate the winners,” said Lee Marsh, BRX9 GROUP president and CEO, at the dinner in Salem, Ore."
    assert ("Lee Marsh", "President and CEO", "BRX9 GROUP") in _officials(text)


def test_a_list_item_headed_by_its_place_and_state():
    text = ("Winners named Salem and Dover.\n\n"
            "Salem, Ore.: Mayor Ann Quillan and the council opened permit data.\n\n"
            "Dover, Del.: Mayor Bo Tran launched a portal.\n")
    got = _officials(text)
    assert ("Ann Quillan", "Mayor", "Salem") in got
    assert ("Bo Tran", "Mayor", "Dover") in got


def test_an_organisation_name_with_us_initials_is_not_cut_at_their_period():
    text = ("Salem, Ore., was certified. “Salem delivers,” Kim Lo, President and CEO at the U.S. Harbor Building "
            "Council, said in a statement.")
    assert ("Kim Lo", "President and CEO", "U.S. Harbor Building Council") in _officials(text)


def test_an_organisations_acronym_or_brand_before_the_title_owns_the_post():
    from kg.extract import extract_text

    text = ("The Intelligent Community Forum (ICF) named Chiayi, Taiwan, to its Top7. \"The successor will come "
            "from one of four countries,\" ICF co-founder Louis Zacharilla said.")
    icf = "Intelligent Community Forum"
    assert [(o.name, o.of) for o in extract_text(text).officials] == [("Louis Zacharilla", icf)]
    text = ("Washington, D.C. -- KaBOOM! named 212 Playful City USA communities. \"We are thrilled,\" says KaBOOM! "
            "CEO and Founder Darell Hammond.")
    assert [(o.name, o.title, o.of) for o in extract_text(text).officials] == [
        ("Darell Hammond", "CEO and Founder", "KaBOOM!")]


def test_a_governor_serves_the_state_not_the_dateline_city():
    from kg.extract import extract_text

    text = ("Lansing, Mich. -- Michigan earned an A in the 2012 Digital States Survey. \"Michigan is a leader,\" "
            "said Governor Rick Snyder.")
    assert [(o.name, o.of) for o in extract_text(text).officials] == [("Rick Snyder", "Michigan")]


def test_a_short_name_before_the_title_and_an_organisation_inside_the_appositive():
    from kg.extract import extract_text

    text = ("The Center for Digital Government ranked Oakland County, Mich., first. Center Executive Director "
            "Cathilea Robinett said, \"Counties are moving forward.\"")
    assert [(o.name, o.of) for o in extract_text(text).officials] == [
        ("Cathilea Robinett", "Center for Digital Government")]
    text = ("Louisville, Ky., won the Readiness Challenge. \"We are pleased,\" said Jennifer James, Global Director, "
            "Smart Cities Council Readiness Program, in a press release.")
    assert [(o.name, o.of) for o in extract_text(text).officials] == [("Jennifer James", "Smart Cities Council")]


def test_a_state_named_before_a_title_is_the_officials_state():
    from kg.extract import extract_text

    officials = extract_text("Appointed in April 2018, Nevada CIO Michael Dietrich is only a few months into the job."
                             ).officials
    assert [(o.name, o.of) for o in officials] == [("Michael Dietrich", "Nevada")]


def test_a_title_then_the_name_at_the_end_of_a_sentence():
    text = ("The winners were named in Nairobi.\n\n“We are proud of them,” said UN-Habitat’s Executive Director, "
            "Maimunah Mohd Sharif.\n")
    assert [(o.name, o.title, o.of) for o in extract_text(text).officials] == [
        ("Maimunah Mohd Sharif", "Executive Director", "UN-Habitat")]


def test_the_agent_of_a_passive_named_after_a_bare_title_belongs_to_no_place():
    text = "Alba, Italy, joined the network.\n\nThe cities were designated by Director-General, Irina Bokova.\n"
    assert [(o.name, o.title, o.of) for o in extract_text(text).officials] == [
        ("Irina Bokova", "Director-General", None)]
