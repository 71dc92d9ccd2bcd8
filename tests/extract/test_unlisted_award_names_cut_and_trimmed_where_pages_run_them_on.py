"""Where a page runs an unlisted award's name into other words: a contest named for a taste test ("the Great Lakes
Water Taste Test"), a giver's name before a noun-first award ("the 2008 National League of Cities Awards for Civic
Excellence"), one level's winners after it ("NLC's 2008 Awards for Civic Excellence Silver Winners:"), and a
list frame whose name runs on past what it can read ("chosen ... to the Association's Great Lakes Water Taste
Test"): the name is the award's own, whole."""

from __future__ import annotations

from kg.extract.award_names import list_award, written_awards


def _names(text: str) -> list[str]:
    return [n for _a, _b, n in written_awards(text)]


def test_a_taste_test_is_a_contest():
    assert _names("the winner of the Great Lakes Water Taste Test.") == ["Great Lakes Water Taste Test"]


def test_a_giver_s_last_words_before_a_noun_first_award():
    assert _names("The 2008 National League of Cities Awards for Civic Excellence recognize programs.") == [
        "Awards for Civic Excellence"]


def test_one_level_s_winners_after_the_name():
    assert _names("Or jump to NLC’s 2008 Awards for Civic Excellence Silver Winners:") == [
        "Awards for Civic Excellence"]
    assert _names("The 2019 Harbor Cleanup Award Winners") == ["Harbor Cleanup Award"]


def test_a_list_frame_that_cuts_a_longer_name_names_no_list():
    assert list_award("Allen County was chosen from 50 entries from across the nation to the National Rural Water "
                      "Association's Great Lakes Water Taste Test.") is None
    assert list_award("The Forum today named the City of Dayton to its Bright21 Communities of 2014.") == (
        "Bright21 Communities", 2014)
