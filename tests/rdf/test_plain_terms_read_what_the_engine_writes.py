"""Plain terms (:mod:`kg.rdf.plain_terms`) read back exactly what Oxigraph writes as SPARQL TSV, whatever
the text holds (quotes, backslashes, tabs, newlines, any character), however the text arrives in pieces,
and give each literal the Python value rdflib would."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pyoxigraph as ox
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Literal, URIRef

from kg.rdf.plain_terms import (
    PlainLiteral,
    from_rdflib,
    iter_tsv,
    nquads_of_tsv,
    parse_term,
    parse_tsv,
    python_value,
    tsv_lines,
)

XSD = "http://www.w3.org/2001/XMLSchema#"
_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
_iri = st.text("abcdefghijklmnopqrstuvwxyz0123456789-._~/éü", max_size=20).map(lambda t: f"https://example.org/{t}")
_literal = st.one_of(
    _text.map(ox.Literal),
    st.tuples(_text, st.sampled_from(["en", "en-US", "fr", "ga"])).map(lambda t: ox.Literal(t[0], language=t[1])),
    st.integers(-10**20, 10**20).map(lambda n: ox.Literal(str(n), datatype=ox.NamedNode(XSD + "integer"))),
    st.decimals(allow_nan=False, allow_infinity=False, places=3).map(
        lambda d: ox.Literal(str(d), datatype=ox.NamedNode(XSD + "decimal"))),
    st.floats(allow_nan=False).map(lambda f: ox.Literal(repr(f), datatype=ox.NamedNode(XSD + "double"))),
    st.booleans().map(lambda b: ox.Literal(str(b).lower(), datatype=ox.NamedNode(XSD + "boolean"))),
    st.dates().map(lambda d: ox.Literal(d.isoformat(), datatype=ox.NamedNode(XSD + "date"))),
    st.tuples(_text, _iri).map(lambda t: ox.Literal(t[0], datatype=ox.NamedNode(t[1]))),
)
_object = st.one_of(_literal, _iri.map(ox.NamedNode), st.just(ox.BlankNode("b0")))


def _plain_of_ox(term) -> object:
    """What the engine itself says the term is, as a plain term."""
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if term.language:
        return PlainLiteral(term.value, None, term.language)
    datatype = term.datatype.value
    return PlainLiteral(term.value, None if datatype == XSD + "string" else datatype)


@settings(max_examples=150, deadline=None)
@given(st.lists(_object, min_size=1, max_size=12))
def test_the_engines_tsv_reads_back_as_its_own_terms(objects) -> None:
    store = ox.Store()
    s, p = ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/p")
    for o in objects:
        store.add(ox.Quad(s, p, o))
    out = io.BytesIO()
    store.query("SELECT ?o WHERE { ?s ?p ?o }").serialize(out, ox.QueryResultsFormat.TSV)
    stored = [_plain_of_ox(solution[0]) for solution in store.query("SELECT ?o WHERE { ?s ?p ?o }")]
    read = [row[0] for row in parse_tsv(out.getvalue())]
    # bare numbers come back with the engine's own (canonical) lexical form
    assert [python_value(t) if isinstance(t, PlainLiteral) else t for t in read] == [
        python_value(t) if isinstance(t, PlainLiteral) else t for t in stored]
    assert [(t.lexical, t.language) if isinstance(t, PlainLiteral) else t for t in read] == [
        (t.lexical, t.language) if isinstance(t, PlainLiteral) else t for t in stored]


@settings(max_examples=150, deadline=None)
@given(st.lists(_object, min_size=1, max_size=12))
def test_the_engines_tsv_rows_make_the_engines_own_nquads(objects) -> None:
    store = ox.Store()
    s, p, g = (ox.NamedNode(f"https://example.org/{n}") for n in "spg")
    quads = [ox.Quad(s, p, o, g) for o in objects]
    store.extend(quads)
    out = io.BytesIO()
    store.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }").serialize(out, ox.QueryResultsFormat.TSV)
    written = "".join(nquads_of_tsv(lines) for lines in tsv_lines([out.getvalue()]))
    assert sorted(written.split("\n")[:-1]) == sorted(f"{q} ." for q in store)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_text, _text), min_size=1, max_size=8), st.lists(st.integers(0, 400), max_size=6))
def test_rows_cut_anywhere_read_as_the_whole_text(cells, cuts) -> None:
    lines = ["?a\t?b"] + [f"{_quoted(a)}\t{_quoted(b)}" for a, b in cells]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    points = sorted({min(c, len(data)) for c in cuts})
    pieces = [data[i:j] for i, j in zip([0, *points], [*points, len(data)], strict=True)]
    assert list(iter_tsv(pieces)) == parse_tsv(data) == [(PlainLiteral(a), PlainLiteral(b)) for a, b in cells]


def _quoted(text: str) -> str:
    return str(ox.Literal(text))  # the engine's own N-Triples form


def _rdflib_value(lit: Literal):
    """The value rdflib gives, made GraphML-safe the way the export always did."""
    value = lit.toPython()
    if isinstance(value, bool | int):
        return value
    if isinstance(value, float | Decimal):
        return float(value)
    if isinstance(value, dt.date | dt.time | dt.datetime):
        return value.isoformat()
    return str(lit)


@settings(max_examples=200, deadline=None)
@given(st.one_of(
    _text.map(Literal),
    st.integers(-10**12, 10**12).map(lambda n: Literal(n)),
    st.decimals(allow_nan=False, allow_infinity=False, places=2).map(lambda d: Literal(d)),
    st.floats(allow_nan=False).map(lambda f: Literal(f)),
    st.booleans().map(lambda b: Literal(b)),
    st.dates().map(lambda d: Literal(d)),
    st.datetimes().map(lambda d: Literal(d)),
    st.sampled_from(["x", "1.0", "", " 7"]).map(lambda t: Literal(t, datatype=URIRef(XSD + "integer"))),
))
def test_each_literal_has_the_python_value_rdflib_gives(lit) -> None:
    assert python_value(from_rdflib(lit)) == _rdflib_value(lit)


def test_a_cell_that_is_no_term_is_refused() -> None:
    import pytest

    for cell in ('"open', "word", '"x"^^http://no-brackets'):
        with pytest.raises(ValueError, match="not an RDF term"):
            parse_term(cell)
