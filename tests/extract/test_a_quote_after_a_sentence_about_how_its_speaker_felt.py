"""An unattributed quote right after a sentence saying how a person felt is that person's: "Mayor Quill was
pleased by the news of this designation. “Our thanks to ...”", "..., and Schickel was appreciative of the
work. “I just want to thank everybody.”". A feeling said of a place or an organisation names no speaker."""

from __future__ import annotations

from kg.extract import extract_text


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text.split()[0]) for q in extract_text(text).quotes]


def test_the_person_who_felt_it_said_it():
    text = ("Auburn was named a Preserve America Community by Mayor Michael D. Quill's office on Monday.\n\n"
            "Mayor Quill was pleased by the news of this designation. “Our thanks to the First Lady for this "
            "honor. Auburn is now being called History's Hometown.”\n")
    assert _quotes(text) == [("Michael D. Quill", "Our")]


def test_after_and_in_a_longer_sentence():
    text = ("Mayor Bill Schickel led the city's delegation to Denver.\n\n"
            "The city received positive comments from the judges, and Schickel was appreciative of the work put "
            "into telling the city's story. “I just want to thank everybody for this.”\n")
    assert _quotes(text) == [("Bill Schickel", "I")]


def test_a_place_that_was_pleased_names_no_speaker():
    text = ("Mayor Bill Schickel led the city's delegation to Denver.\n\n"
            "The city was pleased by the news. “A great day for all of us here.”\n")
    assert _quotes(text) == []
