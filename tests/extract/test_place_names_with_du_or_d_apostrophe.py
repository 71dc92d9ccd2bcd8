"""Place names with a small word inside ("Fond du Lac, Wis.", "Prairie du Chien, Wis.", "Coeur d'Alene, Idaho") are
read whole before their state, in prose and in lists; "the City of Boston, MA" is still Boston."""

from __future__ import annotations

import pytest

from kg.extract import extract_text


@pytest.mark.parametrize(("text", "city"), [
    ("Fond du Lac, Wis., won the award.", ("Fond du Lac", "WI")),
    ("Prairie du Chien, Wis., won the award.", ("Prairie du Chien", "WI")),
    ("The mayor of Coeur d’Alene, Idaho, said the city won.", ("Coeur d'Alene", "ID")),
    ("The City of Boston, MA won.", ("Boston", "MA")),
])
def test_a_name_with_a_small_word_inside_before_its_state(text, city):
    assert [(c.name, c.state) for c in extract_text(text).cities] == [city]


def test_a_list_line_with_d_apostrophe():
    text = "Communities recognised today:\n- Ammon, Idaho\n- Coeur d'Alene, Idaho\n- Decatur, Indiana\n"
    assert [(c.name, c.state) for c in extract_text(text).cities] == [
        ("Ammon", "ID"), ("Coeur d'Alene", "ID"), ("Decatur", "IN")]
