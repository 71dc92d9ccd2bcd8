"""Fuzzing: any text gives a valid record; any record maps to quads that parse back, conform and have valid IRIs.

"Valid record": every extractor ran (none failed and lost its facts), every
piece of evidence points at the exact sentence it quotes, and the record's
JSON round-trips.  "Valid IRI": Oxigraph, which checks IRIs against RFC 3987,
accepts every one of them.
"""

from __future__ import annotations

import dataclasses
import logging

import pyoxigraph
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import BNode, Dataset, Literal, URIRef

from kg.errors import DocumentError
from kg.extract import extract_text
from kg.extract.document import text_from_bytes
from kg.rdf.mapping import record_to_graph, record_to_quads
from kg.rdf.validate import validate
from kg.record import (
    Amount,
    Award,
    City,
    County,
    DocumentRecord,
    Event,
    Evidence,
    InferredAward,
    Official,
    Program,
    Quote,
    records_from_json,
    records_to_json,
)

#: Text built from what press releases and hostile pages are made of, so fuzzing reaches the extractors' paths.
_WORDS = ["Mayor", "Thomas M. Menino", "of", "Boston", ", Mass.", "San José", "Calif.", "County", "won", "the",
          "Digital Cities Survey", "2011", "No. 1", "ranked", "first", "third year in a row", "“", "”", '"', "said",
          "$2.5 million", "program", "Center for Digital Government", "announced", "today", "Nov. 15, 2011",
          "{", "}", "<", ">", "\\", "'", ";", "#", "@prefix", "<script>", "DROP ALL", "\t", "\u00a0", "\u200b",
          ".", "\n", "\n\n", "- ", "1.", "|", "—", "(Tie)", "Gold", "Winners:", "Top 10"]
press_text = st.lists(st.one_of(st.sampled_from(_WORDS), st.text(max_size=8)), max_size=60).map(" ".join)
#: Strings that must survive everywhere: quotes, brackets, braces, backslashes, line breaks, SPARQL and Turtle.
_NASTY = ['"', "'", "<", ">", "{", "}", "\\", "\n", "\r", "\t", "\x00", "\x7f", "\u2028", "^^", "@en", " . ",
          "} ; DROP ALL ; INSERT DATA { <a> <b> <c> }", "\"\"\"", "'''", "<script>alert(1)</script>", "%20", "#x",
          "http://evil.example/", "_:b0", "?s", "\ufeff", "\U0001f680", "\u202e"]
nasty = st.lists(st.one_of(st.sampled_from(_NASTY), st.text(max_size=6)), max_size=5).map("".join)
maybe = st.one_of(st.none(), nasty)


class _Collect(logging.Handler):
    """The warnings the pipeline logs when an extractor fails on a document."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _evidence_in(obj) -> list[Evidence]:
    if isinstance(obj, Evidence):
        return [obj]
    if dataclasses.is_dataclass(obj):
        return [e for f in dataclasses.fields(obj) for e in _evidence_in(getattr(obj, f.name))]
    if isinstance(obj, list | tuple):
        return [e for x in obj for e in _evidence_in(x)]
    if isinstance(obj, dict):
        return [e for x in obj.values() for e in _evidence_in(x)]
    return []


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(press_text, st.text(max_size=400)))
def test_any_text_gives_a_valid_record(text):
    try:
        clean = text_from_bytes(text.encode("utf-8"), "text", "fuzz.txt")
    except DocumentError as exc:  # blank or binary-looking text: refused in one line
        assert exc.code in {"E101", "E102"} and "\n" not in str(exc)
        return
    failures = _Collect()
    log = logging.getLogger("kg.extract")
    log.addHandler(failures)
    try:
        record = extract_text(clean, "fuzz")
    finally:
        log.removeHandler(failures)
    assert failures.messages == []  # no extractor failed and lost its facts
    for ev in _evidence_in(record):
        assert 0 <= ev.start <= ev.end <= len(clean) and clean[ev.start:ev.end] == ev.sentence
    assert records_from_json(records_to_json([record], with_text=True)) == [record]
    record_to_quads(record)


@st.composite
def records(draw) -> DocumentRecord:
    """Any record: every field, hostile strings everywhere, evidence with any offsets."""
    ev = st.one_of(st.none(), st.builds(Evidence, nasty, st.integers(0, 10**6), st.integers(0, 10**6)))
    year = st.one_of(st.none(), st.integers(1, 9999))
    small = st.one_of(st.none(), st.integers(0, 10**6))
    names = st.lists(nasty, max_size=2)
    return DocumentRecord(
        id=draw(st.text(min_size=1, max_size=20)), file=draw(maybe), date=draw(maybe), publisher=draw(maybe),
        cities=draw(st.lists(st.builds(City, nasty, maybe, ev, names), max_size=2)),
        counties=draw(st.lists(st.builds(County, nasty, maybe, ev, names), max_size=2)),
        officials=draw(st.lists(st.builds(Official, nasty, maybe, maybe, ev, names), max_size=2)),
        organizations=draw(names),
        awards=draw(st.lists(st.builds(Award, nasty, nasty, year, small, maybe, small, st.booleans(), ev),
                             max_size=2)),
        inferred_awards=draw(st.lists(st.builds(InferredAward, nasty, nasty, st.integers(1, 9999), nasty, ev),
                                      max_size=2)),
        programs=draw(st.lists(st.builds(Program, nasty, maybe, names, ev), max_size=2)),
        quotes=draw(st.lists(st.builds(Quote, nasty, nasty, ev), max_size=2)),
        events=draw(st.lists(st.builds(Event, nasty, maybe, maybe, maybe, ev), max_size=2)),
        amounts=draw(st.lists(st.builds(Amount, nasty, st.one_of(st.integers(-10**15, 10**15),
                                                                  st.floats(allow_nan=False, allow_infinity=False)),
                                        maybe, ev), max_size=2)),
        title=draw(maybe), content_hash=draw(maybe), text=draw(maybe), date_evidence=draw(ev),
        organization_evidence=draw(st.dictionaries(nasty, st.builds(Evidence, nasty, st.integers(0, 99),
                                                                    st.integers(0, 99)), max_size=2)),
    )


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records())
def test_any_record_round_trips_through_json(record):
    assert records_from_json(records_to_json([record], with_text=True)) == [record]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records())
def test_any_record_maps_to_quads_with_valid_iris_that_parse_back(record):
    quads = record_to_quads(record)
    for term in (t for quad in quads for t in quad):
        assert not isinstance(term, BNode)
        if isinstance(term, URIRef):
            pyoxigraph.NamedNode(str(term))  # raises ValueError on anything RFC 3987 does not allow
        elif isinstance(term, Literal) and term.datatype is not None:
            pyoxigraph.NamedNode(str(term.datatype))
    ds = Dataset()
    for s, p, o, g in quads:
        ds.add((s, p, o, g))
    expected = {(s, p, o, str(g)) for s, p, o, g in quads}
    for fmt in ("nquads", "trig"):
        back = Dataset().parse(data=ds.serialize(format=fmt), format=fmt)
        assert {(s, p, o, str(getattr(g, "identifier", g))) for s, p, o, g in back.quads((None, None, None, None))
                if g is not None and str(getattr(g, "identifier", g)) != "urn:x-rdflib:default"} == expected
    # and Oxigraph, the store's engine, reads the same quads back
    store = pyoxigraph.Store()
    store.load(ds.serialize(format="nquads").encode("utf-8"), pyoxigraph.RdfFormat.N_QUADS)
    assert len(store) == len(expected)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records())
def test_any_record_maps_to_a_graph_that_passes_the_shapes(record):
    conforms, report = validate(record_to_graph(record))
    assert conforms, report


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(records(), min_size=1, max_size=3, unique_by=lambda r: r.id))
def test_any_records_load_into_the_store_and_come_out_whole(batch):
    from kg.store import open_store

    with open_store(None) as store:
        for record in batch:
            assert store.add_document(record, resolve=False) == "added"
        store.resolve()
        assert sorted(store.documents()) == sorted(r.id for r in batch)
        for record in batch:
            assert store.remove_document(record.id, resolve=False)
        assert store.documents() == {}
