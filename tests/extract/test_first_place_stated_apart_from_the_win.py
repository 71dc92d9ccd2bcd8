"""A first place stated apart from where the win is read: "The county announced Monday it received first place
in ..." (the county the paragraph is about), and "Oakland County, Mich. -- winner of the 500,000 or more
population category --" in a sentence that names no award; a subject category won is no placing."""

from __future__ import annotations

from kg.extract import extract_text


def wins(text: str) -> dict[str, tuple]:
    return {a.city: (a.rank, a.category) for a in extract_text(text, doc_id="t").awards}


def test_the_county_announced_it_received_first_place():
    text = ("May 2, 2031. Sonoma County has been honored again. The county announced Monday it received first place "
            "in the 2031 Digital Counties Survey.")
    assert wins(text)["Sonoma County"][0] == 1


def test_a_bracket_s_winner_in_another_sentence():
    text = ("July 28, 2031. Oakland County, Mich., Ada County, Idaho and Kane County, Ill. are among the winners of "
            "the 2031 Digital Counties Survey.\n\nOakland County, Mich. -- winner of the 500,000 or more population "
            "category -- started experimenting with podcasts.")
    assert wins(text)["Oakland County"] == (1, "500,000 or more")


def test_a_subject_category_won_is_no_placing():
    text = "May 2, 2031. Cobb County won in the Children and Youth category of the 2031 NACo Achievement Awards."
    assert wins(text)["Cobb County"] == (None, "Children and Youth")
