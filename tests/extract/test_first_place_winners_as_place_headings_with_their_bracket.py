""""This year's first-place winners include:" then, for each winner, a heading line with the place and its
bracket in parentheses ending in a colon, over a paragraph about its work: each place wins first place in its
bracket."""

from __future__ import annotations

from kg.extract import extract_text


def test_place_headings_under_a_first_place_intro():
    text = ("May 2, 2031. The 2031 Digital Counties Survey winners were announced.\n\n"
            "This year's first-place winners include:\n\n"
            "Kane County, Ill. (1,000,000 or more population category):\n\n"
            "Kane County built a permit portal its residents use every day.\n\n"
            "Ada County, Idaho (250,000-499,999 population category):\n\n"
            "The county moved its records to the cloud.\n")
    wins = {a.city: (a.award, a.year, a.rank, a.category) for a in extract_text(text, doc_id="t").awards}
    assert wins == {"Kane County": ("Digital Counties Survey", 2031, 1, "1,000,000 or more"),
                    "Ada County": ("Digital Counties Survey", 2031, 1, "250,000-499,999")}


def test_a_place_heading_with_its_category_in_parentheses():
    text = ("2013 Texas Municipal Excellence Award Winners\n\n"
            "San Angelo (City Spirit)\n\n"
            "The city's neighborhood paint and clean-up blitz began with a simple challenge.\n\n"
            "Grand Prairie (Communication Programs)\n\n"
            "The city developed a creative animal shelter promotion campaign.\n")
    assert {(a.city, a.year, a.category) for a in extract_text(text).awards} == {
        ("San Angelo", 2013, "City Spirit"), ("Grand Prairie", 2013, "Communication Programs")}
