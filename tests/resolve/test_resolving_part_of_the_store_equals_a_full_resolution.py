"""After a removal or a change, resolution reads only the entities linked to it, and ends where a fresh build ends.

A synthetic archive (recurring cities, officials, organisers, programs, winners' lists)
plus documents whose places and people merge, split and turn ambiguous; documents are
removed and changed one at a time, each write resolved from its scope
(:mod:`kg.resolve.scope`); after each the store must be what a full resolution gives,
and at the end what a fresh build of the remaining files gives, byte for byte.
"""

from __future__ import annotations

import random

from kg.build import build_paths
from kg.record import Award, City, DocumentRecord, Official
from kg.store import open_store

from corpus_fixture import write_corpus

PLACES = [("Springfield", "IL"), ("Springfield", "MO"), ("Springfield", None), ("Marana", "AZ"), ("Marana", None)]
PEOPLE = ["Jane Roe", "Roe", "Sam Lee", "Lee"]


def tricky(rng: random.Random, doc_id: str) -> DocumentRecord:
    places = rng.sample(PLACES, 2)
    return DocumentRecord(id=doc_id, content_hash=doc_id, cities=[City(n, s) for n, s in places],
                          officials=[Official(rng.choice(PEOPLE), "Mayor", places[0][0])],
                          awards=[Award(city=places[0][0], award="Digital Cities Survey", year=2015, rank=1)])


def test_removals_and_changes_resolved_in_part_equal_full_resolution_and_a_fresh_build(tmp_path):
    folder = write_corpus(tmp_path / "docs", 60, seed=5)
    rng = random.Random(3)
    with open_store(tmp_path / "store") as st:
        build_paths([folder], st)
        records = [tricky(rng, f"tricky{i}") for i in range(6)]
        for record in records:
            st.add_document(record)
        files = sorted(folder.glob("*.txt"))
        for step, path in enumerate(rng.sample(files, 6)):
            if step % 3 == 2:  # a changed document: the same file with another city's paragraph
                path.write_text(path.read_text(encoding="utf-8") + "\nThe City of Aurora, Colorado, helped.\n",
                                encoding="utf-8")
                build_paths([folder], st)
            else:
                assert st.remove_document(path.stem, resolve=False)
                path.unlink()
                res = st.resolve()
                assert res.counts is not None, "resolved in part, not from every entity"
                # the union's size, kept without counting it, is what counting gives
                assert st.recorded_union() == len(st.default_triples())
            text = st.canonical_nquads()
            st.resolve(full=True)
            assert st.canonical_nquads() == text
        for record in records[::2]:
            assert st.remove_document(record.id)
        final = st.canonical_nquads(include_meta=False)
    with open_store(tmp_path / "fresh") as fresh:
        build_paths([folder], fresh)
        for record in records[1::2]:
            fresh.add_document(record, resolve=False)
        fresh.resolve()
        assert fresh.canonical_nquads(include_meta=False) == final
