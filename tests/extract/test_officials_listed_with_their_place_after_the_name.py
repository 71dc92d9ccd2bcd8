"""A list of winners whose rows name the mayor, then the city with its state, then the project ("Mayor Thomas
M. Menino Boston, MA Walk This Way Program"): each mayor is the mayor of the city on their own row, not of
the first place on the page."""

from __future__ import annotations

from kg.extract import extract_text

PAGE = ("LARGE CITIES\n\n"
        "Mayor Mark Begich Anchorage, AK Anchorage Trail Watch Program\n\n"
        "Mayor Thomas M. Menino Boston, MA Walk This Way Program\n\n"
        "Mayor Joseph P. Riley, Jr. Charleston, SC Charleston Livability Program\n")


def test_each_mayor_is_the_mayor_of_the_place_on_their_row() -> None:
    got = {(o.name, o.of) for o in extract_text(PAGE).officials}
    assert {("Mark Begich", "Anchorage"), ("Thomas M. Menino", "Boston"), ("Joseph P. Riley", "Charleston")} <= got


def test_a_place_named_with_of_still_owns_the_post() -> None:
    assert [(o.name, o.of) for o in extract_text("Mayor Jane Doe of Springfield, Ill., said it.").officials] == [
        ("Jane Doe", "Springfield")]

