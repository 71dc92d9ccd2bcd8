"""The label after a list's place and a dash is the place's category when the members share labels (the fields
cities are designated in: "Alba (Italy) – Gastronomy", "Almaty (Kazakhstan) – Music"), its entry when each
member has its own (a project: "Topeka, KS — Open Data and Project Portal"); the country may stand in
parentheses after the place, and a member whose place is unknown is no heading over the members after it."""

from __future__ import annotations

from kg.extract import extract_text

_FIELDS = ("64 cities join the UNESCO Creative Cities Network\n\n31 October 2017\n\n"
           "The cities have been designated by the Director-General; they join a Network at the frontline of "
           "efforts to foster innovation and creativity as drivers of sustainable development.\n\n"
           "The new UNESCO Creative Cities are:\n\n"
           "  Alba (Italy) – Gastronomy\n\n"
           "  Almaty (Kazakhstan) – Music\n\n"
           "  Amarante (Portugal) – Music\n\n"
           "  Xyzzyburg (Ecuador) – Crafts and Folk Art\n\n"
           "  Dubai (United Arab Emirates) – Design\n\n"
           "  Auckland (New Zealand) – Music\n")


def test_shared_labels_after_places_in_parentheses_are_categories():
    got = {a.city: a.category for a in extract_text(_FIELDS).awards}
    assert got == {"Alba": "Gastronomy", "Almaty": "Music", "Amarante": "Music", "Dubai": "Design",
                   "Auckland": "Music"}


def test_shared_labels_are_no_programs():
    assert not {p.name for p in extract_text(_FIELDS).programs} & {"Music", "Design", "Gastronomy"}


def test_each_member_s_own_label_is_its_entry_not_a_category():
    text = ("The 2021 Digital Cities winners include:\n\n"
            "• Topeka, KS — Open Data and Project Portal\n"
            "• Tulsa, OK — River Gauge Network\n"
            "• Omaha, NE — Smart Street Lighting\n")
    assert {a.category for a in extract_text(text).awards} <= {None}
