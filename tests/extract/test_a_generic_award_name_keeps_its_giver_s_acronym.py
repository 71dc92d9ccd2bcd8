"""An award name of generic words only ("Awards of Excellence") is told apart from every other series of that
name by its giver's acronym written before it; a name of its own ("Awards for Municipal Excellence") is not."""

from __future__ import annotations

from kg.extract.award_names import written_awards


def _names(text: str) -> list[str]:
    return [n for _a, _b, n in written_awards(text)]


def test_the_acronym_before_a_generic_name_is_part_of_it():
    assert "GMIS Awards of Excellence" in _names("Here are the 2019 GMIS Awards of Excellence winners.")


def test_the_acronym_before_a_name_of_its_own_stays_the_giver_s():
    assert "Awards for Municipal Excellence" in _names("The NLC Awards for Municipal Excellence went to Tacoma.")
    assert not any(n.startswith("NLC") for n in _names("The NLC Awards for Municipal Excellence went to Tacoma."))
