"""Events written as gatherings named for their city, with day-month dates, full state names or an active
"hosted its luncheon"."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.events import parse_month_day


def _events(text: str) -> set[tuple[str | None, str | None]]:
    return {(e.city, e.date) for e in extract_text(text).events}


def test_a_day_month_date_is_read():
    assert parse_month_day("the summit ends on 12 October 2021", None) == "2021-10-12"
    assert parse_month_day("to be held from 3 to 6 May at the fairgrounds", 2019) == "2019-05-03"


def test_a_gathering_named_for_its_city_is_held_there():
    text = ("Tulsa, Okla., and Eugene, Ore., won. The Smart Towns Alliance announced the winners last week "
            "during Smart Towns Week Tulsa.")
    assert ("Tulsa", None) in _events(text)


def test_a_gathering_named_for_its_city_opening_the_sentence():
    text = "Boise, Idaho, was a winner. At CivicFest Boise, Mayor Ann Lee announced the four winning cities."
    assert ("Boise", None) in _events(text)


def test_the_city_in_a_gathering_name_comes_before_its_venue():
    text = ("Winners from Austin, Texas, and Brooklyn will be honoured at the Smart Towns Austin event on "
            "4-6 May at Brooklyn's Pier 9.")
    assert ("Austin", None) in _events(text)


def test_a_full_state_name_between_the_city_and_the_date():
    text = ("The Center has chosen the 2012 winners. Winners will be acknowledged at the 15th Anniversary "
            "Awards Gala in Reno, Nevada on October 4, 2012.")
    assert ("Reno", "2012-10-04") in _events(text)


def test_a_gathering_held_in_a_praised_city():
    text = "The awards were presented at Civic Tech Connect, held in beautiful Tucson, Ariz., this spring."
    assert ("Tucson", None) in _events(text)


def test_a_hosted_luncheon_with_the_date_first():
    text = ("On Thursday, October 3, 2019, the council hosted its 40th Annual Awards Luncheon at the Riverside "
            "Country Club in Franklin, Tennessee.")
    assert ("Franklin", "2019-10-03") in _events(text)


def test_a_gathering_takes_the_date_its_sentence_opens_with():
    text = ("The County Planning Division announces its awards.\n\nOn April 14, 2031, at the Division's Annual "
            "Business Meeting, held at the National Planning Conference in Chicago, the County Planning Division "
            "will present its 2031 Project Awards.")
    assert [(e.city, e.date) for e in extract_text(text).events] == [("Chicago", "2031-04-14")]
