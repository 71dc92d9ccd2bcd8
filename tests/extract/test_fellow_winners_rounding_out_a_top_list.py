"""Fellow placings in prose: "Rounding out the top five in the local division were Web sites from Montgomery County,
Md.; Conyers, Ga.; ..." and "Other cities included Los Angeles [first], San Diego [third] and Modesto [seventh]"
(a placing in square brackets after each place, as in parentheses)."""

from __future__ import annotations

from kg.extract import extract_text


def _wins(text: str) -> dict[str, int | None]:
    return {a.city: a.rank for a in extract_text(text).awards}


def test_rounding_out_the_top_five():
    text = ("New York City took first place among local governments in the Best of the Web contest. Rounding out "
            "the top five in the local division were Web sites from Montgomery County, Md.; Conyers, Ga.; "
            "Miami-Dade County, Fla.; and Chicago.")
    assert {"Montgomery County", "Conyers", "Miami-Dade County", "Chicago"} <= set(_wins(text))


def test_other_cities_with_their_placings_in_square_brackets():
    text = ("Riverside, Calif., placed fifth in the 2017 Digital Cities Survey. Other cities included Los Angeles "
            "[first], San Diego [third], Modesto [seventh] and Pasadena [ninth], according to the statement.")
    wins = _wins(text)
    assert (wins["San Diego"], wins["Modesto"], wins["Pasadena"]) == (3, 7, 9)
