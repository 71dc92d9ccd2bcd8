"""What resolution reads: the entities the document graphs describe, indexed for the rules.

Resolution looks only at the named document graphs (never at the default
graph, which it derives, nor at its own resolution graph), so its result is a
function of what the documents say and nothing else: the same documents give
the same resolution in any order.

>>> from rdflib import Literal, URIRef
>>> from kg.rdf.namespaces import CIVIC, RDF, RDFS
>>> g, x = URIRef("http://e/graph/d1"), URIRef("http://e/city/aurora")
>>> facts = Facts.from_quads([(x, RDF.type, CIVIC.City, g), (x, RDFS.label, Literal("Aurora"), g)])
>>> facts.nodes[x].kinds, facts.nodes[x].label, sorted(facts.nodes[x].docs)
({'City'}, 'Aurora', ['http://e/graph/d1'])
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib import Literal, URIRef

from kg.rdf.namespaces import CIVIC, ORG, RDF, RDFS, SKOS

__all__ = ["KINDS", "KIND_CLASSES", "READ_PREDICATES", "Node", "Facts", "doc_of_graph"]

#: The classes resolution knows how to merge (local names of ``civic:`` classes).
KINDS = ("City", "County", "Person", "Organization", "Program", "Post")
_KIND_OF = {CIVIC[k]: k for k in KINDS}
#: The classes as IRIs (what a store is asked for: every statement about an instance of one).
KIND_CLASSES = tuple(_KIND_OF)
_TYPE, _LABEL, _ALT = RDF.type, RDFS.label, SKOS.altLabel
#: Edges the rules look at (who holds which post, where a program runs...).
EDGES = (ORG.holds, ORG.heldBy, ORG.postIn, ORG.memberOf, CIVIC.leads, CIVIC.operatedBy, CIVIC.title,
         CIVIC.inState)
#: Every predicate :meth:`Facts.from_quads` looks at: a store need not hand resolution any other.
READ_PREDICATES = (_TYPE, _LABEL, _ALT, *EDGES)


def doc_of_graph(graph: URIRef) -> str:
    """A document's stated and inferred graphs count as one document."""
    text = str(graph)
    return text[: -len("/inferred")] if text.endswith("/inferred") else text


@dataclass
class Node:
    """One IRI of a resolvable kind, as all the document graphs together describe it."""

    iri: URIRef
    kinds: set[str] = field(default_factory=set)
    #: rdfs:label -> number of documents stating it
    labels: dict[str, int] = field(default_factory=dict)
    alt_labels: set[str] = field(default_factory=set)
    docs: set[str] = field(default_factory=set)

    @property
    def label(self) -> str:
        """The label most documents use (ties: the longest, then the first in code-point order)."""
        if not self.labels:
            return str(self.iri).rstrip("/").rsplit("/", 1)[-1]
        return min(self.labels, key=lambda lbl: (-self.labels[lbl], -len(lbl), lbl))

    @property
    def names(self) -> set[str]:
        """Every surface form: labels and alternative labels."""
        return set(self.labels) | self.alt_labels


@dataclass
class Facts:
    """The resolvable nodes and the few edges between them that the rules need."""

    nodes: dict[URIRef, Node] = field(default_factory=dict)
    #: predicate -> subject -> set of objects (over all document graphs)
    edges: dict[URIRef, dict[URIRef, set]] = field(default_factory=dict)
    #: document -> label strings of the places it names (for qualified organisation names)
    doc_places: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def from_quads(cls, quads: Iterable[tuple]) -> Facts:
        """Index (s, p, o, graph) quads of the document graphs."""
        quads = list(quads)
        facts = cls()
        kinds: dict[URIRef, set[str]] = defaultdict(set)
        for s, p, o, _g in quads:
            if p == _TYPE and o in _KIND_OF:
                kinds[s].add(_KIND_OF[o])
        label_docs: dict[URIRef, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        edges: dict[URIRef, dict[URIRef, set]] = {p: defaultdict(set) for p in EDGES}
        for s, p, o, g in quads:
            if s not in kinds:
                continue
            node = facts.nodes.get(s)
            if node is None:
                node = facts.nodes[s] = Node(s, set(kinds[s]))
            doc = doc_of_graph(g)
            node.docs.add(doc)
            if p == _LABEL and isinstance(o, Literal):
                label_docs[s][str(o)].add(doc)
                if kinds[s] & {"City", "County"}:
                    facts.doc_places.setdefault(doc, set()).add(str(o))
            elif p == _ALT and isinstance(o, Literal):
                node.alt_labels.add(str(o))
            elif p in edges:
                edges[p][s].add(o)
        for s, labels in label_docs.items():
            facts.nodes[s].labels = {lbl: len(docs) for lbl, docs in labels.items()}
        facts.edges = {p: dict(v) for p, v in edges.items()}
        return facts

    def of_kind(self, kind: str) -> list[Node]:
        """Nodes typed ``kind``, in IRI order (rules iterate deterministically)."""
        return sorted((n for n in self.nodes.values() if kind in n.kinds), key=lambda n: str(n.iri))

    def objects(self, predicate: URIRef, subject: URIRef) -> set:
        return self.edges.get(predicate, {}).get(subject, set())
