"""A top list's title without a superlative ("Top Ten Counties in America") is a ranking the page publishes,
and a picture's caption between the title and its list ("Mount Vernon, Source: Flickr user ...") heads
nothing."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.award_names import is_ranking_title
from kg.extract.layout import blocks


def test_a_top_list_title_is_a_ranking():
    assert is_ranking_title("Top Ten Counties in America")
    assert not is_ranking_title("Top Ten Reasons to Visit")


def test_a_caption_is_no_head():
    text = "Top Ten Counties in America\n\nMount Vernon, Source: Flickr user Rob Roe\n\nLoudoun County, VA\n"
    kinds = {text[b.start:b.end]: (b.kind, b.marker) for b in blocks(text)}
    assert kinds["Mount Vernon, Source: Flickr user Rob Roe"] == ("paragraph", "caption")


def test_the_title_s_subject_wins_it():
    text = "Top Ten Counties in America\n\nLoudoun County, Virginia, tops the list of counties in America.\n"
    assert ("Loudoun County", "Top Ten Counties in America") in {
        (a.city, a.award) for a in extract_text(text, doc_id="t").awards}


def test_a_list_of_the_least_liveable_wins_nothing():
    text = ("The Economist Intelligence Unit releases the Global Liveability Index annually.\n\n"
            "The 10 most liveable cities\n\n1. Vienna, Austria\n2. Melbourne, Australia\n\n"
            "The 10 least liveable cities\n\n1. Damascus, Syria\n2. Dhaka, Bangladesh\n\nAcross the board, the "
            "index evaluated 140 urban centres.\n")
    won = {a.city for a in extract_text(text).awards}
    assert "Vienna" in won and not won & {"Damascus", "Dhaka"}
