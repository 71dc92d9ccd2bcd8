"""Winners named in one line with their countries ('Amman, Jordan; Bogotá, Colombia; Paterson, New
Jersey, USA'), an edition named as a span of years, and the announcer's dateline, which wins nothing."""

from __future__ import annotations

from kg.extract import extract_text

TEXT = ("Bloomberg Philanthropies Announces 4 Winners of the Global Mayors Challenge\n\n"
        "The Winning Cities Receiving $1 Million and Multi-Year Technical Support are Amman, Jordan; Bogotá, "
        "Colombia; Paterson, New Jersey, USA; and Wellington, New Zealand\n\n"
        "New York, NY – Bloomberg Philanthropies today announced the four winning cities of the 2021-2022 "
        "Global Mayors Challenge, the fifth edition of the worldwide innovation competition.\n")


def test_a_winners_line_with_countries_gives_every_city():
    wins = {a.city for a in extract_text(TEXT).awards}
    assert wins == {"Amman", "Bogotá", "Paterson", "Wellington"}


def test_a_span_of_years_fixes_no_edition():
    assert {a.year for a in extract_text(TEXT).awards} == {None}


def test_a_span_of_years_is_no_population_bracket():
    assert {a.category for a in extract_text(TEXT).awards} == {None}


def test_a_mixed_case_dateline_is_where_the_news_comes_from_not_a_winner():
    record = extract_text(TEXT)
    assert "New York" not in {a.city for a in record.awards}
