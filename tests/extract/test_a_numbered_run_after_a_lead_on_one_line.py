"""A ranked run counted from 1 after a lead on the same line ("(MONEY Magazine) – *1. Madison, Wis. 2. Punta Gorda,
Fla. 3. Rochester, Minn.") is a ranked list; numbers that do not count from 1 are not."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.award_lists import list_items


def test_a_run_counted_from_one_after_a_lead():
    line = "(MONEY Magazine) – *1. Madison, Wis. 2. Punta Gorda, Fla. 3. Rochester, Minn. 4. Fort Lauderdale"
    assert [i[2] for i in list_items(line)] == [1, 2, 3, 4]


def test_numbers_that_do_not_count_from_one_are_no_run():
    assert list_items("In the report, Springfield has 4. Salem has 7. Albany has 9. parks") is None


def test_the_run_s_places_win_their_ranks():
    text = ("(MONEY Magazine) – *1. Madison, Wis. 2. Punta Gorda, Fla. 3. Rochester, Minn. 4. Fort Lauderdale\n\n"
            "This year, Madison earns the No. 1 position in our 1996 Best Places to Live in America ranking.\n")
    got = {(a.city, a.rank) for a in extract_text(text).awards}
    assert {("Madison", 1), ("Punta Gorda", 2), ("Rochester", 3)} <= got
