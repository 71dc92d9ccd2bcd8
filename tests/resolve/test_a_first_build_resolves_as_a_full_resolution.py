"""A first build into an empty store resolves to exactly what a full resolution gives.

Why: a build that fills an empty store loads it with the bulk loader and follows nothing it writes, and
its resolution then compares, for the nodes that merge with none, only the triples resolution rewrites
(their labels and the resolution graph's own statements), not every statement that names them; the
nodes in an ``owl:sameAs`` have every triple compared.  Places and people here merge, split and turn
ambiguous, beside a synthetic archive whose places have several names.
"""

from __future__ import annotations

import random

from kg.build_workers import prepare_path
from kg.rdf.namespaces import OWL, SKOS
from kg.record import Award, City, DocumentRecord, Official
from kg.store.prepared import prepare_document

from corpus_fixture import write_corpus

PLACES = [("Springfield", "IL"), ("Springfield", "MO"), ("Springfield", None), ("Marana", "AZ"), ("Marana", None)]
PEOPLE = ["Jane Roe", "Roe", "Sam Lee", "Lee"]


def tricky(rng: random.Random, doc_id: str) -> DocumentRecord:
    """A release naming two of the places (with or without their state) and a mayor by full or last name."""
    places = rng.sample(PLACES, 2)
    return DocumentRecord(id=doc_id, content_hash=doc_id, cities=[City(n, s) for n, s in places],
                          officials=[Official(rng.choice(PEOPLE), "Mayor", places[0][0])],
                          awards=[Award(city=places[0][0], award="Digital Cities Survey", year=2015, rank=1)])


def test_bulk_loaded_documents_resolve_as_a_full_resolution(new_store, tmp_path) -> None:
    folder = write_corpus(tmp_path / "docs", 40, seed=11)
    rng = random.Random(5)
    docs = [prepare_path(path) for path in sorted(folder.glob("*.txt"))]
    docs += [prepare_document(tricky(rng, f"tricky{i}")) for i in range(8)]
    st = new_store()
    st.add_prepared(docs, {}, bulk=True)
    st.resolve()
    merged = {(s, o) for s, p, o in st.default_triples() if p == OWL.sameAs}
    assert merged and any(p == SKOS.altLabel for _s, p, _o in st.default_triples())
    text = st.canonical_nquads()
    st.resolve(full=True)
    assert st.canonical_nquads() == text
