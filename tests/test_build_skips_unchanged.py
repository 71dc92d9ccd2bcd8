"""A file already in the store with the same bytes, base and extractor is not extracted again.

Proved on the real store without spying on the extractor: the stored record hash is altered
after the first build; a build that extracted the file again would see a different hash and
replace it, one that trusts bytes + extractor reports it unchanged and leaves the store alone.
"""

from __future__ import annotations

import shutil

from kg import EXAMPLES_DIR
from kg.build import build_paths
from kg.store import KGS, META_GRAPH, open_store
from kg.store.fingerprint import extractor_fingerprint
from kg.store.meta import doc_node

DOC = "boston-2011-digital-cities"


def _set(store, predicate, value: str) -> None:
    node = doc_node(DOC)
    store.update(f"""DELETE {{ GRAPH <{META_GRAPH}> {{ <{node}> <{predicate}> ?v }} }}
                     INSERT {{ GRAPH <{META_GRAPH}> {{ <{node}> <{predicate}> "{value}" }} }}
                     WHERE {{ OPTIONAL {{ GRAPH <{META_GRAPH}> {{ <{node}> <{predicate}> ?v }} }} }}""")


def test_same_bytes_and_extractor_are_not_extracted_again(tmp_path) -> None:
    with open_store(tmp_path / "s") as st:
        build_paths([EXAMPLES_DIR], st)
        assert st.entry(DOC).extractor == extractor_fingerprint()
        _set(st, KGS.recordHash, "as-if-extracted-by-something-else")
        report = build_paths([EXAMPLES_DIR], st)
        assert report.status[DOC] == "unchanged" and report.resolution is None
        assert st.entry(DOC).record_hash == "as-if-extracted-by-something-else"


def test_another_extractor_extracts_again(tmp_path) -> None:
    with open_store(tmp_path / "s") as st:
        build_paths([EXAMPLES_DIR], st)
        before = st.canonical_nquads()
        _set(st, KGS.extractor, "older-extractor")
        report = build_paths([EXAMPLES_DIR], st)
        # same facts: nothing replaced, only the stamp brought up to date
        assert report.status[DOC] == "unchanged"
        assert st.canonical_nquads() == before
        _set(st, KGS.extractor, "older-extractor")
        _set(st, KGS.recordHash, "older-facts")
        assert build_paths([EXAMPLES_DIR], st).status[DOC] == "replaced"
        assert st.canonical_nquads() == before


def test_changed_bytes_are_extracted_again(tmp_path) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(EXAMPLES_DIR, docs)
    with open_store(tmp_path / "s") as st:
        build_paths([docs], st)
        path = docs / f"{DOC}.txt"
        path.write_text(path.read_text(encoding="utf-8") + "\nThe city thanks its residents.\n", encoding="utf-8")
        assert build_paths([docs], st).status[DOC] == "replaced"
