"""A contest's results table gives each row's kind of entrant, its place, the place's country and the medal it
won ("| Village | Babylon | Czech Republic | Gold |"): the place in the column beside its country is a place
abroad even when no gazetteer knows it, and the medal is the row's category, not the kind of entrant.  A
special prizes table names the prize in its first cell and the project in the next ("| President's Prize |
The 'Retrofit Demonstration House' | Maynooth, Ireland |"): the prize alone is the category."""

from __future__ import annotations

from kg.extract import extract_text

TEXT = ("Floral Towns Europe Results and Awards 2025\n"
        "This year the jury awarded silver and gold medals.\n"
        "| Category | Participant | Country | Award |\n"
        "|---|---|---|---|\n"
        "| Village | Babylon | Czech Republic | Gold |\n"
        "| City | Nice | France | Gold |\n"
        "| Village | Huglfing | Germany | Silver |\n"
        "| City | Nantes | France | Silver |\n"
        "The jury also awarded the following special awards:\n"
        "| Award | Project | Participant |\n"
        "|---|---|---|\n"
        "| President's Prize | The 'Retrofit Demonstration House' | Maynooth, Ireland |\n")


def test_each_row_s_place_wins_its_medal():
    rec = extract_text(TEXT)
    wins = {(a.city, a.category) for a in rec.awards}
    assert {("Babylon", "Gold"), ("Nice", "Gold"), ("Huglfing", "Silver"), ("Nantes", "Silver")} <= wins
    assert {"Babylon", "Huglfing"} <= {c.name for c in rec.cities}


def test_a_prize_row_s_category_is_its_first_cell():
    rec = extract_text(TEXT)
    assert ("Maynooth", "President's Prize") in {(a.city, a.category) for a in rec.awards}
