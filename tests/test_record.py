"""The record model round-trips through JSON, including the gold files' records."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from kg.record import (
    Award,
    City,
    DocumentRecord,
    Evidence,
    Quote,
    records_from_json,
    records_to_json,
)

from conftest import SHARED, needs_shared


def test_round_trip_with_evidence():
    ev = Evidence(sentence="Boston won.", start=0, end=11)
    rec = DocumentRecord(
        id="d", date="2011-11-15", cities=[City("Boston", "MA", evidence=ev)],
        awards=[Award(city="Boston", award="Digital Cities Survey", year=2011, streak=2, evidence=ev)],
        quotes=[Quote(speaker="Thomas M. Menino", text="This recognition")],
    )
    (back,) = records_from_json(records_to_json([rec]))
    assert back == rec
    assert isinstance(back.cities[0].evidence, Evidence)


def test_evidence_is_omitted_when_absent():
    d = City("Boston").to_dict()
    assert d == {"name": "Boston", "state": None, "aliases": []}


@needs_shared
def test_gold_records_load():
    for path in (SHARED / "gold" / "seeds.json", SHARED / "dev" / "gold.json"):
        raw = json.loads(path.read_text(encoding="utf-8"))
        recs = records_from_json(path.read_text(encoding="utf-8"))
        assert [r.id for r in recs] == [g["id"] for g in raw]
        assert sum(len(r.awards) for r in recs) == sum(len(g["awards"]) for g in raw)


@given(st.text(), st.one_of(st.none(), st.text(max_size=2)), st.integers(1900, 2100))
def test_any_strings_round_trip(name, state, year):
    rec = DocumentRecord(id=name, cities=[City(name, state)], awards=[Award(city=name, award=name, year=year)])
    assert records_from_json(records_to_json([rec])) == [rec]
