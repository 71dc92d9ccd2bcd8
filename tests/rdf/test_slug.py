"""Slugs and IRIs stay valid and stable for any input string."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st
from rdflib.term import _is_valid_uri

from kg.rdf.iris import IriScheme
from kg.rdf.slug import doc_key, slugify

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@given(st.text())
def test_any_string_gives_a_clean_nonempty_slug(text: str) -> None:
    slug = slugify(text)
    assert SLUG.fullmatch(slug), slug
    assert slugify(text) == slug


@given(st.text(), st.one_of(st.none(), st.text(max_size=3)))
def test_any_name_gives_a_valid_iri(name: str, state: str | None) -> None:
    iri = IriScheme("https://example.org/id/")
    for node in (iri.city(name, state), iri.person(name), iri.organization(name), iri.award(name),
                 iri.program(name, iri.city(name, state)), iri.document(name), iri.document_graph(name)):
        assert _is_valid_uri(str(node)), node
        assert str(node).startswith("https://example.org/id/")


@given(st.text(min_size=1), st.text(min_size=1))
def test_distinct_document_ids_give_distinct_keys(a: str, b: str) -> None:
    if a != b:
        assert doc_key(a) != doc_key(b)


def test_slug_folds_accents_apostrophes_and_punctuation() -> None:
    assert slugify("  Thomas M. Menino ") == "thomas-m-menino"
    assert slugify("Prince George’s County") == "prince-georges-county"
    assert slugify("Winston-Salem") == "winston-salem"
    assert slugify("Coeur d'Alene") == slugify("Cœur d’Alene".replace("œ", "oe"))
    assert slugify("東京") != slugify("大阪")
