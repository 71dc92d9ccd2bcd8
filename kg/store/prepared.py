"""A document made ready to write, away from any store: what build workers send back.

Why: mapping a record to quads and writing them as text cost as much as
extraction itself, so a parallel build does both in the worker processes and
the writer only loads.  A :class:`PreparedDocument` holds the document's
bookkeeping entry and every quad it adds (its graphs, their triples once more
for the union default graph, its bookkeeping) as canonical N-Quads text: small
to send between processes, and Oxigraph loads it without converting a term in
Python.  The same function prepares documents for a one-process build, so both
write the same bytes.

>>> from kg.record import DocumentRecord
>>> p = prepare_document(DocumentRecord(id="x", content_hash="abc"), extractor="f1")
>>> p.entry.doc_id, p.entry.extractor, p.entry.statements > 0
('x', 'f1', True)
>>> len(p.quads()) == p.nquads.count("\\n")
True
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import URIRef

from kg.errors import StoreError
from kg.rdf.namespaces import DEFAULT_BASE
from kg.record import DocumentRecord
from kg.store.meta import META_GRAPH, DocumentEntry, meta_quads, record_hash
from kg.store.terms import DEFAULT_GRAPH, from_ox, nquads_text, with_union

__all__ = ["PreparedDocument", "prepare_document"]


@dataclass(frozen=True)
class PreparedDocument:
    """One document's bookkeeping entry and the N-Quads it writes (default-graph lines are the union)."""

    entry: DocumentEntry
    nquads: str

    def nodes(self) -> set[URIRef]:
        """The IRIs its quads have as subject or object (bookkeeping left out): what resolution rechecks."""
        meta, out = str(META_GRAPH), set()
        for q in ox.parse(self.nquads, format=ox.RdfFormat.N_QUADS):
            if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value == meta:
                continue
            out.add(q.subject.value)
            if isinstance(q.object, ox.NamedNode):
                out.add(q.object.value)
        return {URIRef(n) for n in out}

    def quads(self) -> list[tuple]:
        """The quads as rdflib terms (graph ``DEFAULT_GRAPH`` for the union), for backends that need them."""
        return [(from_ox(q.subject), from_ox(q.predicate), from_ox(q.object),
                 from_ox(q.graph_name) if not isinstance(q.graph_name, ox.DefaultGraph) else DEFAULT_GRAPH)
                for q in ox.parse(self.nquads, format=ox.RdfFormat.N_QUADS)]


def prepare_document(record: DocumentRecord, base: str = DEFAULT_BASE, *, extractor: str = "") -> PreparedDocument:
    """Map ``record`` to the quads the store will hold for it; ``StoreError("E204")`` if mapping fails."""
    from kg.rdf.mapping import record_to_quads

    try:
        quads = [(s, p, o, getattr(g, "identifier", g)) for s, p, o, g in record_to_quads(record, base)]
    except Exception as exc:  # a mapping bug must name the document, not crash the batch
        raise StoreError("E204", record.file or record.id, detail=f"{type(exc).__name__}: {exc}") from exc
    graphs = {URIRef(g) for *_, g in quads if g is not None}
    if META_GRAPH in graphs:
        raise StoreError("E204", record.id, detail="the mapping wrote into the store's bookkeeping graph")
    entry = DocumentEntry(record.id, record.content_hash or "", record_hash(record), base, graphs,
                          extractor=extractor, statements=len(quads))
    return PreparedDocument(entry, nquads_text(with_union(quads, [META_GRAPH]) + meta_quads(entry)))
