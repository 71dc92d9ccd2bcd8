"""A lead-in that says its places earned a title within the award ('the following localities earned the title of
"All-Star City."') gives that title as their category; the award's own name is no such title."""

from __future__ import annotations

from kg.extract import extract_text

_TEXT = (
    "Key findings from the 2025 Municipal Equality Index, which scored 506 cities, include:\n"
    "  • This year, a record-breaking 132 cities earned the highest score of 100.\n"
    "  • Across 21 states, 64 cities and towns earned over 85 points. In recognition of their efforts, the "
    "following localities earned the title of \"All-Star City.\"\n"
    "    • Alaska: Anchorage, Juneau\n"
    "    • Arizona: Chandler, Flagstaff\n"
    "\nEvery year, the index rates cities on their policies.\n"
)


def test_the_lead_in_s_title_is_the_members_category():
    got = {(a.city, a.category) for a in extract_text(_TEXT).awards if a.award == "Municipal Equality Index"}
    assert {("Juneau", "All-Star City"), ("Chandler", "All-Star City")} <= got


def test_the_award_s_own_name_is_no_title():
    text = _TEXT.replace('the title of \\"All-Star City.\\"', 'the title of "Municipal Equality Index."')
    text = text.replace('the title of "All-Star City."', 'the title of "Municipal Equality Index."')
    assert {a.category for a in extract_text(text).awards} <= {None}
