"""Awards no list knows, read from how the page frames them: a coined name with what it gives ("SunReady
designees", "the TreeScore® index"), a ranking titled with a hyphenated superlative ("Best-Managed Cities"),
a status earned without an article ("earned Bike Ready status"); a known organisation's ranking is not an
award named for the organisation."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.award_names import written_awards


def _names(text: str) -> list[str]:
    return [n for _a, _b, n in written_awards(text)]


def test_coined_names_with_what_they_give_or_publish():
    assert _names("The latest SunReady designees are all over the country.") == ["SunReady"]
    assert _names("The Land Trust released its 2014 TreeScore® index of the largest cities.") == ["TreeScore"]
    assert _names("Ten communities earned Bike Ready status this year.") == ["Bike Ready"]
    assert _names("Top 50 Best-Managed Cities in America") == ["Best-Managed Cities"]
    assert _names("according to the WalletHub ranking") == []


def test_a_coined_designation_s_designees_win_it():
    text = ("WASHINGTON (May 4, 2017) - SunReady today announced its newest designees.\n\n"
            "The latest SunReady designees include Tucson, Ariz., and Madison, Wis.\n")
    got = {(a.city, a.award, a.year) for a in extract_text(text).awards}
    assert {("Tucson", "SunReady", 2017), ("Madison", "SunReady", 2017)} <= got
