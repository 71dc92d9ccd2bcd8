"""The pipeline isolates components: one component's bug costs its facts, not the document."""

from __future__ import annotations

import logging

from kg import EXAMPLES_DIR
from kg.extract import extract_file, pipeline


def test_a_failing_component_is_reported_and_the_rest_lands(monkeypatch, caplog):
    def broken(doc, record):
        raise ValueError("boom")

    monkeypatch.setattr(pipeline, "COMPONENTS",
                        [(n, broken if n == "quotes" else c) for n, c in pipeline.COMPONENTS])
    path = EXAMPLES_DIR / "boston-2011-digital-cities.txt"
    with caplog.at_level(logging.WARNING, logger="kg.extract"):
        rec = extract_file(path)
    assert rec.quotes == []
    assert [c.name for c in rec.cities] == ["Boston"] and rec.awards and rec.programs
    (msg,) = [r.getMessage() for r in caplog.records]
    assert str(path) in msg and "quotes" in msg and "ValueError: boom" in msg
