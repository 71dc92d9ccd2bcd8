"""The part of the store a change can re-resolve: its entities and every node linked to them.

Why: after ``kg remove`` of one document, resolving the whole corpus again
read every entity statement of the store (most of its 8 s at 10k documents).
Resolution is a function of the facts, and a rule only relates nodes that
share a blocking key (:mod:`kg.resolve.keys`) or that an edge ties together (a
person to the city it leads, a post to its owner, a program to its city).  So
the nodes a change can affect are those connected to the changed ones through
keys (as they were, kept in the bookkeeping, and as they are now), edges and
the old resolution's own links (``owl:sameAs``, ``civic:possiblySameAs``).
:func:`find_scope` gathers them, reading only their statements; resolving them
alone gives what a full resolution gives them, and every other node keeps its
group.  Past :data:`LIMIT` nodes it gives up and resolution reads everything.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from rdflib import Literal, URIRef

from kg.rdf.namespaces import CIVIC, ORG, OWL, RDF, RDFS
from kg.resolve.facts import KIND_CLASSES, READ_PREDICATES, Facts, doc_of_graph
from kg.resolve.keys import KEY, facts_keys, is_scoped_org, node_keys, qualified_probes

__all__ = ["Scope", "find_scope", "LIMIT", "old_groups"]

#: Nodes past which resolving a part costs about as much as resolving everything.
LIMIT = 20_000
#: Edges along which a node's resolution depends on another's group (ties, owners, cities).
DEPENDENT_PREDICATES = (ORG.memberOf, CIVIC.leads, ORG.postIn, ORG.heldBy, CIVIC.operatedBy)
_LINKS = (OWL.sameAs, CIVIC.possiblySameAs)
POST_IN = ORG.postIn
_PLACES = (CIVIC.City, CIVIC.County)


@dataclass
class Scope:
    """The nodes to re-resolve, their facts, and what the old resolution said about them."""

    nodes: set[URIRef]
    facts: Facts
    #: quads of the old resolution graph about ``nodes``
    old_quads: set[tuple] = field(default_factory=set)
    #: (node, key) the bookkeeping holds for ``nodes``
    old_keys: set[tuple[URIRef, str]] = field(default_factory=set)
    #: the old resolution's groups (canonical -> members) and its graph
    groups: dict[URIRef, set[URIRef]] = field(default_factory=dict)
    old_graph: URIRef | None = None
    quads: list[tuple] = field(default_factory=list)
    doc_places: dict[str, set[str]] = field(default_factory=dict)
    #: the owners (``org:postIn``) of the typed posts the scope's people hold that are not in the scope
    post_owners: dict[URIRef, set] = field(default_factory=dict)
    #: keys looked up as the scope's nodes have them under a new resolution's groups
    probed: set[str] = field(default_factory=set)

    def old_root(self, node: URIRef) -> URIRef:
        """The node's union-find root in the old resolution (the least IRI of its group)."""
        if not hasattr(self, "_roots"):
            self._roots = {m: min(ms, key=str) for ms in self.groups.values() for m in ms}
        return self._roots.get(node, node)

    @property
    def outside_root(self) -> dict[URIRef, URIRef]:
        """Group root of every merged node outside the scope (they keep their groups)."""
        return {m: self.old_root(m) for ms in self.groups.values() if not ms & self.nodes for m in ms}

    @property
    def outside_canonical(self) -> dict[URIRef, URIRef]:
        """Canonical node of every merged node outside the scope."""
        return {m: c for c, ms in self.groups.items() if not ms & self.nodes for m in ms if m != c}

    def grow(self, store, more: Iterable[URIRef], limit: int = LIMIT) -> bool:
        """Add ``more`` and everything linked to them; False past ``limit`` nodes.

        The posts a person holds are not added for that alone: the rules read of them only their owners
        (a person's ties), and their own groups change only through what reaches them otherwise (a key they
        share with a changed node, an owner whose group changes, a link of the old resolution).  Why: the
        posts of an organisation named in a hundred documents held every statement of each, most of what a
        removal read."""
        frontier = {n for n in more if isinstance(n, URIRef)} - self.nodes
        old_graph = self.old_graph
        while frontier:
            if len(self.nodes) + len(frontier) > limit:
                return False
            self.nodes |= frontier
            mine = [q for q in store.subject_quads(frontier, READ_PREDICATES) if q[3] != old_graph]
            self.quads += mine
            part = Facts.from_quads(mine)
            held = store.keyed(nodes=frontier, predicate=KEY)
            self.old_keys |= held
            keys = {k for _n, k in held}
            probes: set[str] = set()
            scoped_docs: set[str] = set()
            found: set[URIRef] = set()
            posts: set[URIRef] = set()
            for node in part.nodes.values():
                keys |= node_keys(node, part.edges, self.old_root)
                probes |= qualified_probes(node)
                if "Organization" in node.kinds and is_scoped_org(node.iri):
                    scoped_docs |= node.docs - set(self.doc_places)
                posts |= part.objects(ORG.holds, node.iri)  # a person's ties go through its posts' owners
            found |= {n for n, _k in store.keyed(keys=keys | probes, predicate=KEY)}
            if old_graph is not None:
                links = store.graph_touching(old_graph, frontier)
                self.old_quads.update(links)
                found |= {t for s, p, o, _g in links if p in _LINKS for t in (s, o)}
            found |= _documents_of(store, scoped_docs, self.doc_places)
            self._read_owners(store, {p for p in posts if isinstance(p, URIRef)} - self.post_owners.keys() - self.nodes)
            frontier = {n for n in found if isinstance(n, URIRef)} - self.nodes
        self.facts = Facts.from_quads(self.quads)
        self.facts.doc_places = self.doc_places
        owners = self.facts.edges.setdefault(POST_IN, {})
        for post, of in self.post_owners.items():
            if post not in self.facts.nodes:
                owners[post] = set(of)
        return True

    def _read_owners(self, store, posts: set[URIRef]) -> None:
        """Record the owners of ``posts`` that a resolvable kind types, as :meth:`Facts.from_quads` would."""
        if not posts:
            return
        typed = store.typed(posts, (CIVIC.Post, *KIND_CLASSES))  # (posts first: a lookup per class until one)
        for post in posts:
            self.post_owners[post] = set()
        skip = (self.old_graph,) if self.old_graph is not None else ()
        for post, owner in store.stated_objects(typed, POST_IN, skip):
            self.post_owners[post].add(owner)

    def keyed_anew(self, store, root: Callable[[URIRef], URIRef]) -> set[URIRef]:
        """The nodes outside the scope that hold a key the scope's nodes have only under the groups ``root``
        gives (a post whose owner's group gained a member takes that group's root into its key).

        Why: the keys followed while growing are those of the old groups; a node outside whose key a
        scope node takes on only now (the post of a stateless city that a stated one joins) must be
        resolved with it, or the two posts would stay apart where a full resolution merges them."""
        before = {k for _n, k in facts_keys(self.facts, self.nodes, self.old_root)}
        fresh = {k for _n, k in facts_keys(self.facts, self.nodes, root)} - before - self.probed
        self.probed |= fresh
        return {n for n, _k in store.keyed(keys=fresh, predicate=KEY)} - self.nodes if fresh else set()


def old_groups(same_as: Iterable[tuple]) -> dict[URIRef, set[URIRef]]:
    """canonical -> members (itself included) from ``dup owl:sameAs canonical`` quads."""
    groups: dict[URIRef, set[URIRef]] = {}
    for s, _p, o, _g in same_as:
        groups.setdefault(o, {o}).add(s)
    return groups


def find_scope(store, seeds: Iterable[URIRef], old_graph: URIRef | None, *, limit: int = LIMIT) -> Scope | None:
    """The nodes connected to ``seeds`` through keys and the old resolution's links, with their
    complete facts (and the owners of the posts their people hold); None past ``limit`` nodes.

    Nodes tied by an edge to a node whose group changes (a person to the city it leads) are added
    by :meth:`Scope.grow` once resolution of the scope shows which groups changed."""
    groups = old_groups(store.graph_predicate(old_graph, OWL.sameAs)) if old_graph else {}
    scope = Scope(set(), Facts(), groups=groups, old_graph=old_graph)
    seeds = {n for n in seeds if isinstance(n, URIRef)}
    linked = {t for s, p, o, _g in store.graph_touching(old_graph, seeds) if p in _LINKS for t in (s, o)
              } if old_graph else set()
    # the entities among what changed: typed so now, or keyed or linked by the last resolution
    seeds = (store.typed(seeds, KIND_CLASSES) | {n for n, _k in store.keyed(nodes=seeds, predicate=KEY)}
             | (linked & seeds))
    return scope if scope.grow(store, seeds, limit) else None


def _root_of(groups: dict[URIRef, set[URIRef]]):
    """A node's union-find root in a resolution: the least IRI of its group (see ``Resolver.union``)."""
    roots = {m: min(members, key=str) for members in groups.values() for m in members}
    return lambda x: roots.get(x, x)


def _documents_of(store, docs: set[str], doc_places: dict[str, set[str]]) -> set[URIRef]:
    """The organisations of documents that a scoped organisation belongs to (its name may be qualified
    by one of them), recording the places each document names (``doc_places``)."""
    if not docs:
        return set()
    graphs = [URIRef(d) for d in sorted(docs)] + [URIRef(d + "/inferred") for d in sorted(docs)]
    kinds: dict[URIRef, set] = {}
    labels: list[tuple] = []
    for s, p, o, g in store.graph_quads(graphs):
        if p == RDF.type:
            kinds.setdefault(s, set()).add(o)
        elif p == RDFS.label and isinstance(o, Literal):
            labels.append((s, str(o), doc_of_graph(g)))
    for d in docs:
        doc_places.setdefault(d, set())
    for s, label, d in labels:
        if kinds.get(s, set()) & set(_PLACES):
            doc_places.setdefault(d, set()).add(label)
    return {s for s, k in kinds.items() if CIVIC.Organization in k}
