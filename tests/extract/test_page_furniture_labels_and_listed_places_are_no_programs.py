"""What a real page's lists put where a program's name could stand is no program: a page number ("Page 2: ..."),
a count ("Only 5 cities scored zero"), a score ("Terryglass, Co Tipperary - 344"), a commenter ("TrvlnMn
says:"), an agenda heading run into a name ("CONSENT CALENDAR Stacy Miller"), a population bracket's label
("Class I (population 400,001 and over)") and a place with its province or state ("Côte
Saint-Luc, Quebec ($10M prize)", "The Woodlands Township – Texas")."""

from __future__ import annotations

import pytest

from kg.extract import extract_text


def _programs(text: str) -> set[str]:
    return {p.name for p in extract_text(text).programs}


@pytest.mark.parametrize("text, name", [
    ("Page 2: 2031 NATIONAL GOLD MEDAL AWARDS\n\nThe Academy named Glencoe, Ill., a winner.\n", "Page 2"),
    ("The 2031 index rates 506 cities.\n\n  • Only 5 cities scored zero points.\n"
     "  • Birmingham, Ala., scored 100.\n", "Only 5"),
    ("Tidy Towns 2031 results:\n\nTerryglass, Co Tipperary - 344\nGeashill, Co Offaly - 341\n", "344"),
    ("Charlottesville won a 2031 Savvy Award for its website.\n\n  • TrvlnMn says:\n"
     "  What a waste of money.\n", "TrvlnMn"),
    ("CITY OF SANTA CLARITA\n\nCONSENT CALENDAR Stacy Miller\n\nThe delegation went to the 2031 All-America "
     "City finals.\n", "CONSENT CALENDAR Stacy Miller"),
    ("Gold Medal Grand Plaque winners, 2031:\n\nClass I (population 400,001 and over)\n  • Fairfax County, Va.\n",
     "Class I"),
    ("The finalists for the 2031 Smart Cities Challenge are:\n\n  • Côte Saint-Luc, Quebec ($10M prize)\n"
     "  • Airdrie and Area, Alberta ($10M prize)\n", "Côte Saint-Luc"),
    ("The finalists for the 2031 Smart Cities Challenge are:\n\n  • Côte Saint-Luc, Quebec ($10M prize)\n"
     "  • Airdrie and Area, Alberta ($10M prize)\n", "Airdrie and Area"),
    ("Class II winners, 2031:\n\n  • The Woodlands Township – Texas\n  • Cary – North Carolina\n",
     "Woodlands Township"),
])
def test_the_name_is_no_program(text: str, name: str):
    assert name not in _programs(text)


def test_a_program_written_before_its_description_is_still_one():
    text = ("Riverton won a 2031 Digital Cities award.\n\nIts projects include:\n\n"
            "  • Citizens Connect, a 311 app for residents\n  • Open Budget: the city's spending online\n")
    assert {"Citizens Connect", "Open Budget"} <= _programs(text)
