"""A sentence that announces winners and lists them after a colon ("The newly certified cities include ...:
Alexandria, Va.; New York City; Port St. Lucie, Fla.; ...") gives each place the award; finalists announced
the same way ("... announced the finalists ... They are:", "Other cities named include:") win nothing."""

from __future__ import annotations

from kg.extract import extract_text

CERTIFIED = ("Bloomberg Philanthropies' What Works Cities program has expanded.\n"
             "The newly certified cities include five from the U.S. and seven from Latin America: Alexandria, Va.; "
             "New York City; Port St. Lucie, Fla.; Rochester, Minn.; Rock Hill, S.C.; Bogotá, Colombia; "
             "Medellín, Colombia; and Recife, Brazil.")


def test_each_listed_place_is_certified():
    wins = {a.city for a in extract_text(CERTIFIED).awards if a.award == "What Works Cities Certification"}
    assert {"Alexandria", "Port St. Lucie", "Rochester", "Rock Hill", "Bogotá", "Medellín", "Recife"} <= wins


def test_finalists_introduced_the_sentence_before_win_nothing():
    text = ("The National Civic League announced the finalists for the 2014 All-America City Awards. They are: "
            "Montgomery, Alabama; San Pablo, California; Whittier, California; Brush, Colorado.")
    assert extract_text(text).awards == []


def test_other_finalists_named_later_win_nothing():
    text = ("The National Civic League announced its finalists for the 2010 All-America City Awards.\n\n"
            "Four California cities were named among the 20 finalists.\n\n"
            "Other cities named include: Chandler, AZ; Bentonville, AR; Miami Lakes, FL; Acworth, GA.")
    assert extract_text(text).awards == []


def test_other_communities_winning_listed_after_a_colon_win_and_a_town_beats_its_big_namesake():
    text = ("WHEREAS, Independence, Missouri, was named a 2001 All-America City; and,\n"
            "WHEREAS, other communities winning awards were: Santa Clara, CA; Delray Beach, FL; South Miami, FL; "
            "Fort Dodge, IA; Ocean City, MD; and Bozeman, MT; and,")
    wins = {a.city for a in extract_text(text).awards if a.award == "All-America City Award"}
    assert {"Santa Clara", "Delray Beach", "South Miami", "Fort Dodge", "Ocean City", "Bozeman"} <= wins
    assert "Miami" not in wins


def test_awards_that_went_to_the_places_after_the_colon():
    text = ("June 21, 2031 – The City Livability Awards were announced. Outstanding Achievement Awards for cities "
            "with populations of fewer than 100,000 people went to: Wilmington (DE); Cerritos (CA); Goodyear (AZ); "
            "and Frisco (TX).")
    assert {"Wilmington", "Cerritos", "Goodyear", "Frisco"} <= {a.city for a in extract_text(text).awards}
