"""``kg extract --explain``: each fact with the sentence and offsets it came from."""

from __future__ import annotations

from kg import EXAMPLES_DIR
from kg.extract import extract_file
from kg.extract.explain import explain_records


def test_explain_shows_each_fact_with_its_sentence():
    rec = extract_file(EXAMPLES_DIR / "baton-rouge-2019-digital-cities.txt")
    out = explain_records([rec])
    assert out.startswith("== baton-rouge-2019-digital-cities")
    assert "  city: name='Baton Rouge'" in out
    assert "  inferred award: city='Baton Rouge'" in out
    lines = out.splitlines()
    i = next(k for k, line in enumerate(lines) if line.startswith("  award: city='Baton Rouge'"))
    ev = rec.awards[0].evidence
    assert lines[i + 1].strip().startswith(f"[{ev.start}:{ev.end}]")
    assert rec.text[ev.start:ev.end] == ev.sentence
