"""A winners' row names the subject an entry won in: after its quoted title in parentheses (perhaps on the
next line), or as "in the category of ..." in a release's own list.  Each row is its own win, so a place with
two winning entries has two wins."""

from __future__ import annotations

from kg.extract import extract_text


def test_the_parenthesis_after_a_quoted_entry_is_its_category():
    text = ("Richmond, Va. (August 2, 2012) - The Virginia Association of Counties (VACo) announced the recipients "
            "of the 2012 VACo Achievement Awards.\n\n"
            "The winning counties and program titles are:\n\n"
            "Arlington County: “Open Budget Portal” (Information Technology)\n"
            "Arlington County: “Senior Rides”\n"
            "(Human Services)\n"
            "Augusta County: “Trail Network Plan” (Parks & Recreation)\n")
    got = sorted((a.city, a.category) for a in extract_text(text).awards)
    assert got == [("Arlington County", "Human Services"), ("Arlington County", "Information Technology"),
                   ("Augusta County", "Parks & Recreation")]


def test_in_the_category_of_names_the_category_up_to_the_clause_s_end():
    text = ("Polk County Earns Three NACo Achievement Awards\n\n"
            "BARTOW, Fla. (May 20, 2022) - Polk County earned the following Achievement Awards from the National "
            "Association of Counties (NACo):\n"
            "- TEAM Polk Relief, in the category of Risk and Emergency Management\n"
            "- Yard Waste Program, in the category of County Resiliency: Infrastructure, Energy, and Sustainability\n"
            "- Heir Property Help, in the category of Human Services\n")
    got = sorted(a.category for a in extract_text(text).awards if a.city == "Polk County")
    assert got == ["County Resiliency: Infrastructure, Energy, and Sustainability", "Human Services",
                   "Risk and Emergency Management"]


def test_a_county_s_short_name_is_not_a_city_abroad_of_that_name():
    text = ("Leon County Earns Two NACo Achievement Awards\n\n"
            "Leon County earned the following Achievement Awards from NACo:\n"
            "- TEAM Leon, in the category of Risk and Emergency Management\n"
            "- Leon Works, in the category of Human Services\n")
    rec = extract_text(text)
    assert not [c for c in rec.cities if c.name in ("León", "Leon")]
    assert sorted(a.category for a in rec.awards if a.city == "Leon County") == [
        "Human Services", "Risk and Emergency Management"]
