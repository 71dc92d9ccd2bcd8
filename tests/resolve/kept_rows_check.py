"""The check each kind of kept rows whose marker means "computed" is put through after every change: the held
rows are a full recomputation's, the marker is held exactly when the store holds what the query reads, and the
catalogue query gives, in order, the rows of the text that joins the documents' statements."""

from __future__ import annotations

from collections.abc import Callable

from kg import queries
from kg.resolve.kept_rows import KeptRows

__all__ = ["as_text", "check_kept_rows"]


def as_text(rows) -> list[tuple[str, ...]]:
    return [tuple("" if v is None else str(v) for v in row) for row in rows]


def check_kept_rows(st, kind: KeptRows, has_input: str, query: str, joined: str, values=None,
                    shown: Callable = as_text) -> list[tuple[str, ...]]:
    """The query's rows (through ``shown``) after checking them; ``has_input`` is an ASK of what the rows are
    computed from."""
    assert sorted(as_text(kind.held(st))) == sorted(as_text(kind.computed(st)))
    assert kind.current(st) == st.query(has_input).askAnswer  # "computed", rows or none
    rows = shown(st.query(queries.get(query).text, values))
    assert rows == shown(st.query(joined, values))
    return rows
