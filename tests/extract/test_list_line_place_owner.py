"""A list whose lines open with a place and then name a person and post ("Marlow, Ohio, Ann Roe, city manager"):
each person serves the place that opens their own line, not the list's first place."""

from __future__ import annotations

from kg.extract import extract_text


def test_each_line_owns_its_person():
    text = ("Congratulations to this year's towns with a certified manager:\n"
            "Marlow, Oklahoma, Tessa Quill, city manager\n"
            "Greenfield, Indiana, Omar Bexley, city manager\n"
            "Dover, Delaware, Rosa Delgado, city administrator\n")
    rec = extract_text(text)
    got = {o.name: o.of for o in rec.officials}
    assert got == {"Tessa Quill": "Marlow", "Omar Bexley": "Greenfield", "Rosa Delgado": "Dover"}


def test_prose_keeps_the_main_place():
    text = ("Marlow, Okla. - Marlow won the state prize, and Dover, Del., was second.\n"
            '"We are proud," said Tessa Quill, city manager.\n')
    rec = extract_text(text)
    assert {o.name: o.of for o in rec.officials}["Tessa Quill"] == "Marlow"
