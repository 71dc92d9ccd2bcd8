"""An unlisted award a page writes once with its giver's name or acronym before it ("MMA Municipal Website Award",
"the Joint Center Sustainable Community Awards") and otherwise without is named without the giver; a generic name
keeps its giver ("CSAC Challenge Award"), and words that continue the name ("Excellence in ...") or a country
that scopes it ("America's") are part of it.  The giver's longer form is then no category of its own."""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from kg.extract.awards import _fullest


@pytest.mark.parametrize(("name", "written", "chosen"), [
    ("Clean Harbor Awards", ["Clean Harbor Awards", "Joint Center Clean Harbor Awards", "Clean Harbor Awards"],
     "Clean Harbor Awards"),
    ("Town Website Award", ["LTA Town Website Award", "Town Website Awards"], "Town Website Award"),
    ("Challenge Awards", ["CSAC Challenge Award", "Challenge Awards"], "CSAC Challenge Award"),
    ("Local Government Awards", ["Excellence in Local Government Awards", "Local Government Awards"],
     "Excellence in Local Government Awards"),
    ("Tidiest Harbors", ["America's Tidiest Harbors", "Tidiest Harbors"], "America's Tidiest Harbors"),
    ("Clean Harbor Awards", ["Joint Center Clean Harbor Awards", "Joint Center Clean Harbor Awards",
                             "Clean Harbor Awards"], "Joint Center Clean Harbor Awards"),
])
def test_a_giver_before_an_award_s_own_name_is_no_part_of_it(name, written, chosen):
    assert _fullest(name, written) == chosen


def test_the_giver_s_longer_form_is_no_category():
    text = ("The League of Harbor Towns and the Joint Center for Harbors announced the winners of the 2001 Clean "
            "Harbor Awards.\n\nThe Clean Harbor Awards honor towns that keep their waters clean. Tempe, Ariz., was "
            "among the winners of the Joint Center Clean Harbor Awards this year.")
    assert {(a.city, a.award, a.year, a.category) for a in extract_text(text).awards} == {
        ("Tempe", "Clean Harbor Awards", 2001, None)}
