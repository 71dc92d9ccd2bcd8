"""Awards: fellow honorees of unranked awards, and placings among one kind of recipient."""

from __future__ import annotations

import pytest

from kg.extract import extract_text

_SMART = ("Published April 12, 2021\nBOISE, Idaho – The City of Boise has received a 2021 Smart 50 Award in the "
          "Digital Transformation category for its curbside pickup app. {} The honorees will be recognized "
          "May 20 at a reception in Austin, Texas.")


def _wins(text: str) -> dict[tuple[str, int], tuple]:
    return {(a.city, a.year): (a.rank, a.category) for a in extract_text(text).awards}


@pytest.mark.parametrize("sentence, fellows", [
    ("Other 2021 honorees include projects from Omaha, Neb.; Spokane, Wash.; and Toronto.",
     {"Omaha", "Spokane", "Toronto"}),
    ("Other winners this year included entries from Tucson, Ariz., and Raleigh, N.C.", {"Tucson", "Raleigh"}),
    ("Fellow recipients include Omaha, Neb., and Spokane, Wash.", {"Omaha", "Spokane"}),
    ("This year's winners also include smart-parking pilots in Tucson, Ariz., and Raleigh, N.C.",
     {"Tucson", "Raleigh"}),
    ("Omaha, Neb., and Toronto were also honored.", {"Omaha", "Toronto"}),
    ("Other recognized projects came from Tucson, Ariz., and Raleigh, N.C.", {"Tucson", "Raleigh"}),
    ("Boise joins Tucson, Ariz., and Raleigh, N.C., as 2021 honorees.", {"Tucson", "Raleigh"}),
])
def test_fellow_honorees_of_an_unranked_award_win_it_without_rank_or_category(sentence, fellows):
    got = _wins(_SMART.format(sentence))
    assert got[("Boise", 2021)] == (None, "Digital Transformation")
    for city in fellows:
        assert got[(city, 2021)] == (None, None)
    assert ("Austin", 2021) not in got  # the venue is no honoree


def test_grant_recipients_are_not_fellow_honorees():
    got = _wins(_SMART.format("Previous grant recipients include Tucson, Ariz."))
    assert set(got) == {("Boise", 2021)}


_GOVX = ("Published Sept. 10, 2024\nEUGENE, Ore. — Lane County has placed fourth in the Overall County Government "
         "Experience category of the Center for Digital Government's 2024 Government Experience Awards. {}")


def test_a_placing_among_counties_is_in_the_awards_overall_county_category():
    got = _wins(_GOVX.format("Dakota County, Minn., took first place among counties this year, and Polk County, "
                             "Iowa, finished second."))
    assert got[("Dakota County", 2024)] == (1, "Overall County Government Experience")
    assert got[("Polk County", 2024)] == (2, "Overall County Government Experience")
    assert got[("Lane County", 2024)] == (4, "Overall County Government Experience")


def test_a_placing_among_cities_or_in_the_city_division_is_in_the_overall_city_category():
    got = _wins(_GOVX.format("Among cities, Boise, Idaho, placed first and Tulsa, Okla., came in second. "
                             "Raleigh, N.C., was third in the city division."))
    assert got[("Boise", 2024)] == (1, "Overall City Government Experience")
    assert got[("Tulsa", 2024)] == (2, "Overall City Government Experience")
    assert got[("Raleigh", 2024)] == (3, "Overall City Government Experience")


def test_among_counties_names_no_category_for_an_award_without_per_kind_categories():
    text = ("Published July 9, 2024\nDakota County, Minn., placed first among counties in the 2024 "
            "Digital Government Achievement Awards.")
    assert _wins(text)[("Dakota County", 2024)] == (1, None)


def test_a_ranked_row_with_two_spaces_after_its_ordinal_is_a_recipient():
    text = ("Published Nov. 5, 2013\nThe Center for Digital Government released its 2013 Digital Cities Survey.\n\n"
            "Up to 75,000 Population\n1st  Fairhope, Ala.\n2nd (tie)  Kyle, Texas\n2nd (tie)  Dublin, Ohio\n"
            "10th  Shawnee, Kan.\n\nThe winners were honored in Seattle.\n")
    got = _wins(text)
    assert got[("Shawnee", 2013)] == (10, "less than 75,000")
    assert got[("Kyle", 2013)] == (2, "less than 75,000")
    assert ("Seattle", 2013) not in got
