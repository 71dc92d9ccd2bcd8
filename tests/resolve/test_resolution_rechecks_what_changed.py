"""Resolution after a write rechecks only the nodes the write touched, and ends where a full rebuild ends.

Seeded sequences of adds, replacements and removals of documents whose places
and people merge, split and turn ambiguous; after each, the store (resolved
from what changed) must be exactly what rebuilding the whole default graph gives.
"""

from __future__ import annotations

import random

import pytest

from kg.record import Award, City, DocumentRecord, Official

PLACES = [("Springfield", "IL"), ("Springfield", "MO"), ("Springfield", None), ("Marana", "AZ"), ("Marana", None),
          ("Aurora", "CO"), ("Aurora", None), ("Peoria", "IL"), ("Peoria", None)]
PEOPLE = ["Jane Roe", "Roe", "J. Roe", "Sam Lee", "Lee"]


def record(rng: random.Random, doc_id: str, version: int) -> DocumentRecord:
    places = rng.sample(PLACES, rng.randint(1, 2))
    city = places[0][0]
    return DocumentRecord(
        id=doc_id, content_hash=f"{doc_id}-{version}", cities=[City(n, s) for n, s in places],
        officials=[Official(rng.choice(PEOPLE), "Mayor", city)],
        awards=[Award(city=city, award="Digital Cities Survey", year=rng.randint(2010, 2020), rank=1)])


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_each_write_resolved_from_what_changed_equals_a_full_rebuild(new_store, seed):
    rng = random.Random(seed)
    st = new_store()
    versions: dict[str, int] = {}
    for _ in range(20):
        doc_id = f"d{rng.randint(0, 7)}"
        if doc_id in versions and rng.random() < 0.35:
            st.remove_document(doc_id)
            del versions[doc_id]
        else:
            versions[doc_id] = versions.get(doc_id, 0) + 1
            st.add_document(record(rng, doc_id, versions[doc_id]))
        text = st.canonical_nquads()
        st.resolve(full=True)
        assert st.canonical_nquads() == text
