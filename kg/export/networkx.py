"""RDF -> NetworkX: the graph as nodes and edges, for analysis and GraphML/GEXF export.

RDF is a set of triples; graph tools want nodes with attributes and labelled
edges.  The conversion is generic over RDF (it does not know the civic
ontology) so it keeps working as the mapping evolves:

* every IRI or blank node becomes a node (id = the IRI, or ``_:id``) with
  ``iri``, ``type`` (local name of its most specific ``rdf:type``, civic terms
  preferred), ``types`` (all type IRIs, space separated) and ``label``
  (``skos:prefLabel`` / ``rdfs:label`` / ``schema:name`` ..., else the IRI's last
  segment);
* literal-valued properties become node attributes named by the predicate's
  local name (prefixed, e.g. ``rdfs_label``, when two predicates share a local
  name or the name is reserved by GraphML/GEXF); repeated values are joined
  with `` | ``;
* every other triple becomes an edge with ``predicate`` (IRI), ``label``
  (local name, e.g. ``won``) and, for quads, ``graph`` (the named graph IRI);
* ``rdf:type`` triples are folded into ``type`` rather than drawn as edges.

Attribute values are only ``str``, ``int``, ``float`` or ``bool`` (one Python
type per attribute name), so ``networkx.write_graphml`` and ``write_gexf``
accept the result as is.

>>> from rdflib import Graph
>>> g = Graph().parse(format="turtle", data='''
... @prefix civic: <https://w3id.org/civic-kg/ontology#> .
... @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
... @prefix ex: <https://example.org/> .
... ex:boston a civic:City ; rdfs:label "Boston" ; civic:population 617594 .
... ex:menino a civic:Official ; rdfs:label "Thomas M. Menino" ; civic:leads ex:boston .
... ''')
>>> G = to_networkx(g)
>>> G.nodes["https://example.org/boston"]["type"], G.nodes["https://example.org/boston"]["population"]
('City', 617594)
>>> [(u.rsplit("/", 1)[1], v.rsplit("/", 1)[1], d["label"]) for u, v, d in G.edges(data=True)]
[('menino', 'boston', 'leads')]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

import networkx as nx
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID, ConjunctiveGraph
from rdflib.namespace import DCTERMS, FOAF, RDF, RDFS, SKOS
from rdflib.term import Node

from kg.rdf.namespaces import CIVIC
from kg.rdf.plain_terms import PlainLiteral, PlainTerm, literal_n3, plain_rows, python_value

__all__ = ["to_networkx", "local_name", "node_id", "LABEL_PREDICATES"]

#: Predicates whose literal value names a node, in order of preference.
_SCHEMA = Namespace("https://schema.org/")
_SCHEMA_HTTP = Namespace("http://schema.org/")
LABEL_PREDICATES: tuple[URIRef, ...] = (
    SKOS.prefLabel, RDFS.label, _SCHEMA.name, _SCHEMA_HTTP.name, FOAF.name, DCTERMS.title,
    _SCHEMA.headline, _SCHEMA_HTTP.headline,
)
_LABELS = tuple(str(p) for p in LABEL_PREDICATES)
_RDF_TYPE, _SUBCLASS_OF = str(RDF.type), str(RDFS.subClassOf)

# Node / edge attribute names with a meaning of their own here or in GraphML/GEXF writers.
_RESERVED = frozenset({
    "id", "iri", "label", "type", "types", "kind", "pid", "start", "end", "viz", "parents",
    "slices", "spells", "weight", "predicate", "graph", "key",
})


def local_name(iri: str) -> str:
    """The last segment of an IRI (after ``#``, ``/`` or ``:``), for compact labels.

    >>> local_name("https://w3id.org/civic-kg/ontology#won")
    'won'
    >>> local_name("https://w3id.org/civic-kg/id/city/boston-ma/")
    'boston-ma'
    """
    text = str(iri).rstrip("/#")
    for sep in ("#", "/", ":"):
        if sep in text:
            tail = text.rsplit(sep, 1)[1]
            if tail:
                return tail
    return text


def node_id(term: Node) -> str:
    """The NetworkX node id of an RDF term: the IRI, ``_:`` + blank node id, or the literal's N3."""
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal):
        return term.n3()
    return str(term)


def _quads(graph: Graph | Iterable[tuple[Node, Node, Node]]) -> Iterator[tuple[Node, Node, Node, str | None]]:
    """(s, p, o, named graph IRI or None) for a Graph, ConjunctiveGraph or Dataset, or for plain triples
    (a store's facts, read without building an rdflib graph first), deduplicated."""
    seen: set[tuple[Node, Node, Node, str | None]] = set()
    if not isinstance(graph, Graph):
        for triple in dict.fromkeys(graph):
            yield (*triple, None)
        return
    if isinstance(graph, ConjunctiveGraph):
        for s, p, o, ctx in graph.quads((None, None, None, None)):
            ident = getattr(ctx, "identifier", ctx)
            name = None
            if isinstance(ident, URIRef) and ident != DATASET_DEFAULT_GRAPH_ID:
                name = str(ident)
            quad = (s, p, o, name)
            if quad not in seen:
                seen.add(quad)
                yield quad
    else:
        for s, p, o in graph.triples((None, None, None)):
            yield s, p, o, None


def _attribute_names(predicates: Iterable[str], graph: Graph) -> dict[str, str]:
    """Attribute name per literal predicate: the local name, prefixed where it would clash."""
    by_local: dict[str, list[str]] = defaultdict(list)
    for p in sorted(set(predicates)):
        by_local[local_name(p).replace("-", "_")].append(p)
    names: dict[str, str] = {}
    for local, preds in by_local.items():
        for p in preds:
            if len(preds) == 1 and local not in _RESERVED:
                names[p] = local
                continue
            try:
                prefix, _, _ = graph.namespace_manager.compute_qname(p, generate=False)
            except (KeyError, ValueError):
                prefix = ""
            names[p] = f"{prefix or 'ns'}_{local}"
    # Two predicates still sharing a name (same prefix too): fall back to the full IRI.
    counts: dict[str, int] = defaultdict(int)
    for name in names.values():
        counts[name] += 1
    return {p: (p if counts[n] > 1 else n) for p, n in names.items()}


def _most_specific(types: set[str], parents: dict[str, set[str]]) -> str | None:
    """The most specific of a node's types: civic terms first, then drop any superclass of another."""
    if not types:
        return None
    pool = {t for t in types if t.startswith(str(CIVIC))} or set(types)

    def ancestors(t: str) -> set[str]:
        out: set[str] = set()
        todo = list(parents.get(t, ()))
        while todo:
            c = todo.pop()
            if c not in out:
                out.add(c)
                todo.extend(parents.get(c, ()))
        return out

    supers = set().union(*(ancestors(t) for t in pool))
    specific = sorted(pool - supers) or sorted(pool)
    # No axioms in the graph: a name that extends another (InferredAwardWin / AwardWin) is narrower.
    names = {t: local_name(t) for t in specific}
    narrower = [t for t in specific
                if not any(o != t and names[o].endswith(names[t]) for o in specific)]
    return (narrower or specific)[0]


def _pick_label(values: dict[str, list[PlainLiteral]]) -> str | None:
    for pred in _LABELS:
        lits = values.get(pred)
        if lits:
            return min(lits, key=lambda lit: (lit.language not in (None, "en"), lit.lexical)).lexical
    return None


def to_networkx(graph: Graph | Iterable[tuple[Node, Node, Node]] | Any, *,
                literals_as_attributes: bool = True) -> nx.MultiDiGraph:
    """Convert an rdflib ``Graph`` or ``Dataset``, an iterable of rdflib triples, or a civic-kg store
    (:func:`kg.store.open_store`: its document graphs' facts, each once) to a ``networkx.MultiDiGraph``.

    Why a store too: it hands its facts over as text (``Store.fact_rows``), and no term object is made on
    the way; building an rdflib graph of a large store only to read it back costs more than the conversion.

    With ``literals_as_attributes=False`` literals become nodes of type
    ``Literal`` (id = their N3 form) joined by ordinary edges, which is what
    some graph tools want; the default keeps them as node attributes.
    """
    from kg.store.terms import gc_paused

    with gc_paused():  # a million statements make a million objects and no cycles
        if hasattr(graph, "fact_rows"):
            return _convert(((s, p, o, None) for s, p, o in graph.fact_rows()), None, literals_as_attributes)
        return _convert(plain_rows(_quads(graph)), graph if isinstance(graph, Graph) else None, literals_as_attributes)


def _convert(quads: Iterable[tuple], prefixes: Graph | None, literals_as_attributes: bool) -> nx.MultiDiGraph:
    """The graph of distinct plain quads (s, p, o, named graph IRI or None); ``prefixes`` names attributes
    whose local names clash."""
    types: dict[str, set[str]] = defaultdict(set)
    literals: dict[str, dict[str, list[PlainLiteral]]] = defaultdict(lambda: defaultdict(list))
    edges: list[tuple[str, str, PlainTerm, str | None]] = []
    parents: dict[str, set[str]] = defaultdict(set)
    subjects: set[str] = set()
    for s, p, o, g in quads:
        if type(s) is PlainLiteral:  # generalised RDF: a literal as subject draws nothing
            continue
        subjects.add(s)
        if type(o) is PlainLiteral:
            values = literals[s][p]
            if o not in values:
                values.append(o)
            if not literals_as_attributes:
                edges.append((s, p, o, g))
            continue
        o_iri = not o.startswith("_:")
        if o_iri and p == _RDF_TYPE:
            types[s].add(o)
            continue
        if o_iri and p == _SUBCLASS_OF and not s.startswith("_:"):
            parents[s].add(o)
        edges.append((s, p, o, g))

    if prefixes is None:
        from kg.rdf.namespaces import bind_all

        prefixes = Graph()
        bind_all(prefixes)  # prefixes for attribute names that clash
    names = _attribute_names((p for props in literals.values() for p in props), prefixes)
    G = nx.MultiDiGraph()
    nodes: set[PlainTerm] = subjects | {o for _, _, o, _ in edges}
    ids = {term: literal_n3(term) if type(term) is PlainLiteral else term for term in nodes}
    by_types: dict[frozenset, tuple[str, str]] = {}  # a node's types -> its (type, types) attributes
    G.add_nodes_from((ids[term], _node_attributes(term, types, literals, names, parents, by_types))
                     for term in sorted(nodes, key=ids.__getitem__))
    short = {p: local_name(p) for p in {e[1] for e in edges}}
    # each edge with the key NetworkX would give it (0, 1, ... per node pair in the order added), added one
    # by one: add_edges_from spent two thirds of its time building views of the graph for each edge
    keyed = sorted((ids[s], p, ids[o], g or "", g) for s, p, o, g in edges)
    add_edge, next_key = G.add_edge, {}
    for u, p, v, _, g in keyed:
        key = next_key.get((u, v), 0)
        next_key[u, v] = key + 1
        if g is None:
            add_edge(u, v, key, predicate=p, label=short[p])
        else:
            add_edge(u, v, key, predicate=p, label=short[p], graph=g)
    _unify_attribute_types(G)
    return G


def _node_attributes(
    term: PlainTerm,
    types: dict[str, set[str]],
    literals: dict[str, dict[str, list[PlainLiteral]]],
    names: dict[str, str],
    parents: dict[str, set[str]],
    by_types: dict[frozenset, tuple[str, str]],
) -> dict[str, Any]:
    if type(term) is PlainLiteral:
        return {"iri": "", "type": "Literal", "types": "", "label": term.lexical}
    own = frozenset(types.get(term, ()))
    described = by_types.get(own)
    if described is None:  # a few dozen combinations of types in a whole store
        best = _most_specific(set(own), parents)
        described = by_types[own] = (local_name(best) if best is not None else "Resource", " ".join(sorted(own)))
    props = literals.get(term, {})
    blank = term.startswith("_:")
    attrs: dict[str, Any] = {
        "iri": "" if blank else term,
        "type": described[0],
        "types": described[1],
        "label": _pick_label(props) or (term[2:] if blank else local_name(term)),
    }
    for pred, lits in sorted(props.items()) if len(props) > 1 else props.items():
        if len(lits) == 1:
            attrs[names[pred]] = python_value(lits[0])
            continue
        values = [python_value(lit) for lit in lits]
        if len(set(map(repr, values))) == 1:
            attrs[names[pred]] = values[0]
        else:
            attrs[names[pred]] = " | ".join(sorted({str(v) for v in values}))
    return attrs


def _unify_attribute_types(G: nx.MultiDiGraph) -> None:
    """Make each attribute name hold one Python type (GraphML declares a type per key)."""
    kinds: dict[str, set[type]] = defaultdict(set)
    for _, data in G.nodes(data=True):
        for k, v in data.items():
            kinds[k].add(type(v))
    mixed = {k for k, ts in kinds.items() if len(ts) > 1}
    if not mixed:
        return
    for _, data in G.nodes(data=True):
        for k in mixed & data.keys():
            data[k] = str(data[k])
