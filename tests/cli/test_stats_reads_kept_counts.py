"""``kg stats`` prints the same figures whether it reads the counts the store keeps or counts them itself."""

from __future__ import annotations

import json

from kg import EXAMPLES_DIR
from kg.cli import main
from kg.store import open_store
from kg.store.counts import COUNTS, kept
from kg.store.meta import META_GRAPH


def stats_json(store, capsys) -> dict:
    capsys.readouterr()
    assert main(["stats", "-s", str(store), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_kept_and_counted_figures_are_the_same(tmp_path, capsys):
    store = tmp_path / "store"
    assert main(["build", str(EXAMPLES_DIR), "-s", str(store), "--no-progress"]) == 0
    with open_store(store, read_only=True) as st:
        assert kept(st) is not None
    from_kept = stats_json(store, capsys)
    with open_store(store) as st:  # as a store written before the counts were kept
        st._apply_update(f"DELETE WHERE {{ GRAPH <{META_GRAPH}> {{ ?r <{COUNTS}> ?c }} }}")
        assert kept(st) is None
    counted = stats_json(store, capsys)
    assert from_kept == counted
    assert from_kept["classes"] and from_kept["awards_per_year"] and from_kept["statements"] > 500
