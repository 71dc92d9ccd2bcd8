"""A ranking a publisher runs (the Economist Intelligence Unit's liveability ranking) is its own series, not
the US Conference of Mayors' Most Livable City award, which is written capitalised or quoted; and a list
numbered "3:" or "5 (tie):" is ranked like one numbered "3."."""

from __future__ import annotations

from kg.extract import extract_text

GALLERY = (" date 2015-08-20 Most livable cities\n"
           "1. Melbourne, Australia, is the most livable city in the world, according to the latest annual "
           "ranking from The Economist Intelligence Unit.\n"
           "2. Vienna, Austria.\n"
           "3: Vancouver, Canada.\n"
           "4: Toronto, Canada.\n"
           "5: Calgary, Canada.\n"
           "5 (tie): Adelaide, Australia.\n")


def _wins(text: str) -> set[tuple]:
    return {(a.city, a.award, a.year, a.rank) for a in extract_text(text).awards}


def test_a_numbered_gallery_of_a_publishers_ranking():
    eiu = "Economist Intelligence Unit Livability Ranking"
    assert {("Melbourne", eiu, 2015, 1), ("Vienna", eiu, 2015, 2), ("Vancouver", eiu, 2015, 3),
            ("Toronto", eiu, 2015, 4), ("Calgary", eiu, 2015, 5), ("Adelaide", eiu, 2015, 5)} <= _wins(GALLERY)
    assert not any(a == "Most Livable City" for _c, a, _y, _r in _wins(GALLERY))


def test_the_mayors_award_quoted_in_lower_case_is_still_read():
    text = " date 2016-07-04\nHonolulu was named the “most livable city” by the U.S. Conference of Mayors last week."
    assert ("Honolulu", "Most Livable City", 2016, None) in _wins(text)


def test_a_ranking_title_in_lower_case_heads_the_numbered_list():
    text = ("Money Magazine has released its popular best-places-to-live list with the August 2009 issue.\n"
            "Here are its top 10 selections for the best overall places to live:\n"
            "1. Louisville, Colo.\n2. Chanhassen, Minn.\n3. Papillion, Neb.\n")
    assert {("Louisville", "Best Places to Live", 2009, 1), ("Chanhassen", "Best Places to Live", 2009, 2),
            ("Papillion", "Best Places to Live", 2009, 3)} <= _wins(text)


def test_best_places_in_prose_without_a_list_is_no_award_name():
    from kg.extract.award_names import written_awards

    assert written_awards("Boston is one of the best places to live in the country.") == ()


def test_a_ranking_title_ends_at_its_line():
    from kg.extract.award_names import written_awards

    text = "Money Magazine Ranks Best Places to Live\n\nBest places to live in 2009"
    names = [n for _a, _b, n in written_awards(text)]
    assert names == ["Best Places to Live"]


def test_a_counted_ranking_written_in_lower_case_titles_its_numbered_list():
    from kg.extract import extract_text

    text = ("So what IS the very best place in America to live? Austin, Texas, according to the U.S. News & World "
            "Report in its annual analysis. Below are the 10 best places to live in America!\n\n"
            "  1. Austin, Texas\n  2. Denver, Colorado\n  3. San Jose, California\n")
    wins = {(a.city, a.award, a.rank) for a in extract_text(text).awards}
    assert {("Austin", "Best Places to Live", 1), ("Denver", "Best Places to Live", 2),
            ("San Jose", "Best Places to Live", 3)} <= wins


def test_a_placed_best_place_to_live_is_the_ranking():
    from kg.extract.award_names import written_awards

    assert [n for _a, _b, n in written_awards("It names Colorado Springs the second-best place to live.")] == [
        "Best Places to Live"]


def test_the_rankings_title_in_capitals_names_it_over_its_words_in_lower_case():
    from kg.extract import extract_text

    text = ("America's 50 best towns to live in, 2016\n\n"
            "Rochester has taken over the No. 1 spot on the list of the best places to live for 2016. "
            "This is the third annual Best Places to Live rankings.")
    assert {a.award for a in extract_text(text).awards} == {"Best Places to Live"}


def test_a_counted_superlative_title_is_the_ranking_and_its_list_wins():
    from kg.extract import extract_text

    text = ("America's 10 Safest Cities\nForbes has recently released its list of safest cities in America. "
            "The top 10 are listed below:\n- Plano, Texas\n- Henderson, Nevada\n- Honolulu, Hawaii\n")
    assert {(a.city, a.award) for a in extract_text(text).awards} == {
        ("Plano", "America's Safest Cities"), ("Henderson", "America's Safest Cities"),
        ("Honolulu", "America's Safest Cities")}


def test_a_superlative_inside_another_rankings_name_is_no_title():
    from kg.extract.award_names import written_awards

    assert written_awards("the publisher of the City Crime Rankings Safest Cities/Most Dangerous Cities") == ()
    assert [n for _a, _b, n in written_awards('Money\'s "Best Places To Live"')] == ["Best Places to Live"]
