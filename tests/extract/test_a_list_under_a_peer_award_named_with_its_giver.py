"""A page announcing two awards side by side ("Four systems received the Water Stewardship Award, eight received
the Platinum Award for Utility Excellence") lists each award's winners under a head that names it, maybe with
the giver's acronym ("The 2019 AMWA Water Stewardship Award winners are:"): the winners there won that award,
named as the page writes it without the acronym; it is no part (category) of the other.  A known award written
with its giver's acronym ("PHAB Accreditation") keeps its known name."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.award_layout import without_giver

TEXT = ("AMWA Honors Water Utilities\n\n"
        "The association honored twelve systems on Oct. 3. Four systems received the Water Stewardship Award, "
        "eight received the Platinum Award for Utility Excellence.\n\n"
        "The Water Stewardship Award recognizes utilities that balance economic and environmental aims.\n\n"
        "The 2019 AMWA Water Stewardship Award winners are:\n\n"
        "  • Louisville Water Company (Kentucky)\n"
        "  • Tacoma Water (Washington)\n\n"
        "Winners of the 2019 AMWA Platinum Award for Utility Excellence are:\n\n"
        "  • Phoenix Water Services Department (Arizona)\n"
        "  • San Antonio Water System (Texas)\n")


def test_each_list_wins_the_award_its_head_names():
    won = {(a.city, a.award, a.category) for a in extract_text(TEXT).awards}
    assert {("Louisville", "Water Stewardship Award", None), ("Tacoma", "Water Stewardship Award", None),
            ("Phoenix", "Platinum Award for Utility Excellence", None)} <= won


def test_the_peer_award_is_no_category_of_the_other():
    assert all(a.category is None for a in extract_text(TEXT).awards)


def test_the_giver_s_acronym_comes_off():
    assert without_giver("AMWA Water Stewardship Award") == "Water Stewardship Award"
    assert without_giver("Water Stewardship Award") == "Water Stewardship Award"
