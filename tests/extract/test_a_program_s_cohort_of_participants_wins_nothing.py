"""Places selected to take part in a program (its cohort of participants) have won nothing: "The 2031 cohort of
cities ... including:" then the list; the certified list under a winners' head still wins."""

from __future__ import annotations

from kg.extract import extract_text


def test_a_cohort_wins_nothing():
    text = ("The Green Building Council announced 3 cities to participate in its LEED for Cities Local Government "
            "Leadership Program.\n\nThe 2031 cohort of cities represents nearly a million Americans, including:\n\n"
            "  • Colorado Springs, Colorado;\n  • Des Moines, Iowa;\n  • Lawrence, Kansas\n")
    rec = extract_text(text, doc_id="t")
    assert not rec.awards
    assert {"Colorado Springs", "Des Moines", "Lawrence"} <= {c.name for c in rec.cities}


def test_a_certified_list_still_wins():
    text = ("The Green Building Council announced the cities certified under LEED for Cities in 2031.\n\n"
            "The newly certified cities are:\n\n  • Colorado Springs, Colorado;\n  • Des Moines, Iowa;\n"
            "  • Lawrence, Kansas\n")
    assert {a.city for a in extract_text(text, doc_id="t").awards} == {"Colorado Springs", "Des Moines", "Lawrence"}
