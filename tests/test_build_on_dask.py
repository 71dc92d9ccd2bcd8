"""``kg build --dask``: extraction on a Dask cluster of several processes gives the graph a local build gives."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.build import build_paths
from kg.store import open_store
from kg.store.meta import META_GRAPH

from corpus_fixture import write_corpus

pytest.importorskip("distributed", reason="the [dask] extra (dask[distributed]) is not installed")


def test_a_local_cluster_of_two_processes_builds_the_graph_of_a_local_build(tmp_path):
    folder = write_corpus(tmp_path / "docs", 40, seed=13)
    (folder / "broken.txt").write_bytes(b"")  # a bad file is reported and skipped, as locally
    with open_store(tmp_path / "local") as st:
        local = build_paths([folder], st, workers=1)
        expected = st.canonical_nquads()
    shards = tmp_path / "shards"
    with open_store(tmp_path / "cluster") as st:
        remote = build_paths([folder], st, dask="local", workers=2, shards=shards)
        got = st.canonical_nquads()
    assert got == expected
    assert remote.counts() == local.counts() and [e.code for e in remote.errors] == ["E101"]
    parts = sorted(shards.glob("part-*.nq"))
    assert parts and sum(p.read_text(encoding="utf-8").count("\n") for p in parts) > 1000
    # the shards hold every document's quads: loaded into another store, they give its document graphs
    with open_store(None) as other:
        for part in parts:
            other.ox.bulk_load(path=str(part), format=ox.RdfFormat.N_QUADS)
        with open_store(tmp_path / "cluster", read_only=True) as st:
            derived = {str(META_GRAPH), *map(str, st.resolution_graphs())}
            named = {q for q in st.ox if not isinstance(q.graph_name, ox.DefaultGraph)
                     and q.graph_name.value not in derived}
        assert named <= set(other.ox)
