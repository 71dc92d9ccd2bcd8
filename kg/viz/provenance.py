"""Provenance of a node, read off the NetworkX view of the graph, for tooltips.

The mapping attaches provenance as ordinary triples (``dcterms:source`` the
document, ``prov:wasDerivedFrom`` an evidence sentence or the document,
``schema:mentions`` from the document, one named graph per document).  The
view folds those into each node's tooltip instead of drawing every evidence
sentence as a node.  Rules are by predicate local name and node type, so
they hold for any RDF that uses PROV-O / Dublin Core in the usual way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx

from kg.export.networkx import local_name

__all__ = ["Provenance", "provenance", "is_evidence", "is_document", "is_provenance_edge",
           "PROVENANCE_PREDICATES", "SENTENCE_ATTRIBUTES", "DOCUMENT_TYPES", "EVIDENCE_TYPES"]

#: Local names of predicates that point from a fact to where it was read.
PROVENANCE_PREDICATES = frozenset({
    "wasDerivedFrom", "hadPrimarySource", "wasQuotedFrom", "qualifiedDerivation",
    "qualifiedPrimarySource", "qualifiedQuotation", "entity", "source", "evidence", "hasEvidence",
})
#: Node attributes that hold an evidence sentence, in order of preference.
SENTENCE_ATTRIBUTES = ("sentenceText", "sentence", "exact", "evidenceText")
DOCUMENT_TYPES = frozenset({"SourceDocument", "Document", "PressRelease", "Article", "NewsArticle",
                            "CreativeWork", "WebPage"})
EVIDENCE_TYPES = frozenset({"EvidenceSentence", "Evidence", "Derivation", "Quotation", "PrimarySource"})


@dataclass
class Provenance:
    """Where a node was read: source document labels, evidence sentences, facts it derives from."""

    documents: list[str] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)
    derived_from: list[str] = field(default_factory=list)


def is_evidence(G: nx.MultiDiGraph, node: str) -> bool:
    """An evidence node: typed as one, or carrying a sentence attribute."""
    data = G.nodes[node]
    return data.get("type") in EVIDENCE_TYPES or any(k in data for k in SENTENCE_ATTRIBUTES)


def is_document(G: nx.MultiDiGraph, node: str) -> bool:
    """A source document node (by type)."""
    return G.nodes[node].get("type") in DOCUMENT_TYPES


def is_provenance_edge(G: nx.MultiDiGraph, u: str, v: str, data: dict) -> bool:
    """An edge that only says where ``u`` was read (to an evidence node or a document)."""
    if data.get("label") not in PROVENANCE_PREDICATES:
        return False
    return is_evidence(G, v) or is_document(G, v)


def _sentence(G: nx.MultiDiGraph, node: str) -> str | None:
    data = G.nodes[node]
    for key in SENTENCE_ATTRIBUTES:
        if data.get(key):
            return str(data[key])
    return None


def _add(items: list[str], value: str) -> None:
    if value and value not in items:
        items.append(value)


def provenance(G: nx.MultiDiGraph, node: str) -> Provenance:
    """Everything the graph says about where ``node`` comes from (deduplicated, in a stable order)."""
    out = Provenance()
    for _, target, data in sorted(G.out_edges(node, data=True), key=lambda e: (e[1], e[2]["label"])):
        if data.get("label") not in PROVENANCE_PREDICATES:
            continue
        if is_evidence(G, target):
            sentence = _sentence(G, target)
            if sentence:
                _add(out.sentences, sentence)
            for _, doc, d2 in G.out_edges(target, data=True):
                if d2.get("label") in PROVENANCE_PREDICATES and not is_evidence(G, doc):
                    _add(out.documents, G.nodes[doc].get("label", local_name(doc)))
        elif is_document(G, target) or G.out_degree(target) == 0:
            _add(out.documents, G.nodes[target].get("label", local_name(target)))
        else:
            _add(out.derived_from, G.nodes[target].get("label", local_name(target)))
    for source, _, data in G.in_edges(node, data=True):
        if data.get("label") == "mentions" and is_document(G, source):
            _add(out.documents, G.nodes[source].get("label", local_name(source)))
    if not out.documents:
        for _, _, data in G.out_edges(node, data=True):
            if data.get("graph"):
                _add(out.documents, local_name(data["graph"]))
    out.documents.sort()
    return out
