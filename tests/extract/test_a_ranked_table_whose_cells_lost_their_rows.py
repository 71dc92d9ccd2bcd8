"""A ranked table whose cells lost their rows, one cell per line ("Ranking |" / "City |" / "State |" / "1 |" /
"Indore |" / ...), is read row by row: the header says how many cells make a row, the rank column each row's
placing and the city column its winner (not the state column after it)."""

from __future__ import annotations

from kg.extract import extract_text

_TEXT = (
    "Releasing the Swachh Survekshan 2017 Report in New Delhi today, the minister said the whole purpose of the "
    "sanitation survey is to make cities know where they stand.\n"
    "Ranking |\nCity |\nState |\n"
    "1 |\nIndore |\nMadhya Pradesh |\n"
    "2 |\nBhopal |\nMadhya Pradesh |\n"
    "3 |\nSurat |\nGujarat |\n"
    "4 |\nMysuru (Mysore) |\nKarnataka |\n"
)


def test_each_row_s_city_wins_its_rank():
    got = {(a.city, a.award, a.rank) for a in extract_text(_TEXT).awards}
    assert {("Indore", "Swachh Survekshan", 1), ("Bhopal", "Swachh Survekshan", 2),
            ("Surat", "Swachh Survekshan", 3)} <= got


def test_the_state_column_wins_nothing():
    assert not {"Gujarat", "Karnataka"} & {a.city for a in extract_text(_TEXT).awards}
