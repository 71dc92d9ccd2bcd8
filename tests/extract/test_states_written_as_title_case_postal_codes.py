"""States written as postal codes in title case with a dot ("Springdale, Ar.", "Stockton, Ca.", "El Paso,
Tx."), as some newspapers print them: the place is read with its state, and a list of such places after
"The other winning communities are" are the award's winners. Codes that are words or names ("Al.", "Me.",
"Or.") stay out."""

from __future__ import annotations

from kg.extract import extract_text


def test_places_with_title_case_codes_are_read_with_their_states():
    rec = extract_text("The other winning communities are Springdale, Ar., Stockton, Ca., Longmont, Co., "
                       "Las Vegas, Nv., and El Paso, Tx., the National Civic League said of its 2018 "
                       "All-America City Award.")
    assert {(c.name, c.state) for c in rec.cities} >= {("Springdale", "AR"), ("Stockton", "CA"),
                                                        ("Longmont", "CO"), ("Las Vegas", "NV"), ("El Paso", "TX")}
    assert sorted(a.city for a in rec.awards) == ["El Paso", "Las Vegas", "Longmont", "Springdale", "Stockton"]


def test_a_code_that_is_a_word_is_no_state_form():
    from kg.extract.gazetteer import state_pattern

    assert state_pattern().fullmatch("Tx.") and state_pattern().fullmatch("Nv.")
    assert not any(state_pattern().fullmatch(w) for w in ("Al.", "Me.", "Or.", "Oh.", "Hi."))
