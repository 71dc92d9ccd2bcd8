"""An unlisted award's name may join its words with "&" ("Healthiest Cities & Counties Challenge") and open with a
superlative or a scope ("Healthiest", "National"); neither is a giver's name to drop when the page also writes the
name without it (here glued to a logo's caption: "logosHealthiest Cities & Counties Challenge")."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.award_names import written_awards
from kg.extract.awards import _fullest


def test_an_ampersand_joins_a_name():
    assert [n for _a, _b, n in written_awards("the Happiest Towns & Villages Challenge winner")] == [
        "Happiest Towns & Villages Challenge"]


def test_a_superlative_or_a_scope_before_a_name_is_no_giver():
    written = ["Happiest Towns & Villages Challenge", "Towns & Villages Challenge"]
    assert _fullest("Towns & Villages Challenge", written) == "Happiest Towns & Villages Challenge"
    assert _fullest("Harbor Medal Awards", ["National Harbor Medal Awards", "Harbor Medal Awards"]) == (
        "National Harbor Medal Awards")
    assert _fullest("Town Website Award", ["LTA Town Website Award", "Town Website Award"]) == "Town Website Award"


def test_the_page_s_winners_take_the_whole_name():
    text = ("Congratulations to our Happiest Towns & Villages Finalists\n\n"
            "Happiest Towns & Villages Challenge WINNER, cityscape, logosHappiest Towns & Villages Challenge "
            "Runner Up\n\n"
            "Our winners: Tier 2: Mecklenburg County, North Carolina: Village HeartBEAT and Tier 1: Bridgeport, "
            "Connecticut: East End market.\n\n"
            "The Challenge also awarded runners-up:\n\n"
            "Tier 2: Camden, New Jersey: Camden SMART, and Miami, Florida: Live Well Little Havana.\n")
    rec = extract_text(text)
    assert rec.awards and {a.award for a in rec.awards} == {"Happiest Towns & Villages Challenge"}
