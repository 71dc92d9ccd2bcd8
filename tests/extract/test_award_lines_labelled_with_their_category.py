"""Winners' lines labelled with their category: "Public Safety: City of Orangeburg – Crime lab partnership".

The label before the colon is the category the line's place won in: a population bracket
("Population 1,001-5,000:") in its canonical form, a subject as written. A form's field
("Community: Tamarac, FL") and a region in capitals ("ASIA: Dubai") are labels that name no category.
"""

from __future__ import annotations

from kg.extract import extract_text


def _wins(text: str) -> dict[str, str | None]:
    return {a.city: a.category for a in extract_text(text).awards}


_PAGE = ("July 16, 2014 – Eight South Carolina cities and towns won an Achievement Award from the Municipal "
         "Association of SC. The following cities and towns won an award in each category.\n"
         "Population 1,001-5,000: City of Manning – Gibbons Street Park\n"
         "Economic Development: City of Greer – Inland port\n"
         "Public Safety: City of Orangeburg – Crime lab partnership\n")


def test_each_labelled_line_wins_in_its_category():
    wins = _wins(_PAGE)
    assert wins["Greer"] == "Economic Development"
    assert wins["Orangeburg"] == "Public Safety"
    assert wins["Manning"] is not None and wins["Manning"].startswith("1,001")


def test_a_form_field_label_names_no_category():
    text = ("The 2016 Digital Cities Survey winners include these clients:\n"
            "Community: Tamarac, FL\nCommunity: Durham, NC\nCommunity: Roanoke, VA\n")
    assert set(_wins(text).values()) <= {None}


def test_a_label_of_several_words_joined_by_and_and_a_line_ending_with_its_state():
    page = ("June 23, 2019 – The League of California Cities honored three cities with its Municipal Excellence "
            "Awards on Friday.\n\nPublic Safety: Fresno, Calif.\nParks and Recreation: Honolulu, Hawaii\n"
            "Economic Development: Madison, Wis.\n")
    assert _wins(page) == {"Fresno": "Public Safety", "Honolulu": "Parks and Recreation",
                           "Madison": "Economic Development"}
