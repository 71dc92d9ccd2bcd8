"""One person key for extraction, IRIs and resolution (kg.keys)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kg.extract.officials import person_key as extraction_key
from kg.keys import name_tokens, person_key
from kg.rdf.iris import IriScheme
from kg.rdf.names import person_key as iri_key

NAMES = st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ .,'-"), max_size=40)


def test_every_stage_uses_the_same_key() -> None:
    assert extraction_key is person_key is iri_key


@given(NAMES)
def test_the_key_ignores_case_and_is_stable(name: str) -> None:
    key = person_key(name)
    assert person_key(name.upper()) == person_key(name.lower()) == key
    assert person_key(key) == key


@given(st.sampled_from(["Thomas Menino", "Ana María Ruiz", "Bill Oates"]), st.sampled_from(["", "Jr.", "III"]),
       st.sampled_from(["", "Mayor", "Dr.", "Hon."]))
def test_honorifics_initials_and_suffixes_do_not_split_a_person(name: str, suffix: str, honorific: str) -> None:
    first, *rest = name.split()
    written = " ".join(filter(None, [honorific, first, "Q.", *rest, suffix]))
    assert person_key(written) == person_key(name)


def test_iris_and_extraction_agree_on_who_is_one_person() -> None:
    scheme = IriScheme()
    assert scheme.person("Thomas M. Menino") == scheme.person("Mayor Thomas Menino") == scheme.person("thomas menino")
    assert scheme.person("Mayor Menino") != scheme.person("Thomas Menino")  # resolution ties it, not the key
    assert name_tokens("Mayor Menino") == ["menino"]
