"""Writing a resolution: the resolution graph, and the default graph rebuilt from it.

:func:`compute` turns the document graphs' quads into a :class:`Resolution`
(who merges into whom, which label each entity shows, what is flagged).
:func:`default_triples` is what the default graph must then hold: every
document graph's triples with duplicates rewritten to their canonical node
("smushing"), one ``rdfs:label`` per entity (the other surface forms as
``skos:altLabel``), plus the resolution graph itself.  :func:`resolve_store`
writes both, changing only the triples that differ from what the store holds,
in one backend transaction.

Everything is a function of the set of document quads, so building twice or
in another order gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib import Literal, URIRef

from kg.rdf.namespaces import CIVIC, DEFAULT_BASE, OWL, RDFS, SKOS
from kg.resolve import (
    award_rows,
    conflict_rows,
    label_keys,
    official_rows,
    quote_rows,
    quoted_rows,
    row_reach,
    run_rows,
    streak_rows,
)
from kg.resolve.facts import KIND_CLASSES, READ_PREDICATES, Facts
from kg.resolve.keys import KEY, KEYS_VERSION, facts_keys
from kg.resolve.rows_aside import RowsAside
from kg.resolve.rules import _ORG, _PLACE, Flag, Merge, _is_acronym, name_key, name_tokens, resolve_facts
from kg.resolve.scope import DEPENDENT_PREDICATES, Scope, find_scope
from kg.resolve.summary import refresh
from kg.store.meta import KGS, META_GRAPH
from kg.store.pending import RESOLUTION
from kg.store.terms import gc_paused

__all__ = ["Resolution", "compute", "default_triples", "resolution_graph_iri", "resolve_store"]


def resolution_graph_iri(base: str = DEFAULT_BASE) -> URIRef:
    """``{base}graph/resolution``: derived data, owned by no document."""
    return URIRef((base if base.endswith(("/", "#")) else base + "/") + "graph/resolution")


@dataclass
class Resolution:
    """The outcome of resolving a store's documents."""

    graph: URIRef
    #: duplicate -> canonical node
    canonical: dict[URIRef, URIRef] = field(default_factory=dict)
    #: canonical -> every member (itself included), for groups of two or more
    groups: dict[URIRef, list[URIRef]] = field(default_factory=dict)
    #: node -> the one rdfs:label the default graph shows for it
    preferred: dict[URIRef, str] = field(default_factory=dict)
    merges: list[Merge] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    #: quads of the resolution graph, sorted
    quads: list[tuple] = field(default_factory=list)
    #: the whole store's counts when this resolution covers part of it (see :mod:`kg.resolve.scope`)
    counts: dict[str, int] | None = None
    #: the nodes whose default-graph triples this resolution checked (None: every node)
    touched: set[URIRef] | None = None
    #: the default-graph triples this resolution deleted or inserted (None: not known, as after a full one)
    written: set[tuple] | None = None

    def find(self, node):
        """The canonical node of ``node`` (itself when it merged with nothing)."""
        return self.canonical.get(node, node)

    def summary(self) -> dict[str, int]:
        """Counts for ``kg build``/``kg resolve``/``kg stats``."""
        if self.counts is not None:
            return dict(self.counts)
        return {"merged": len(self.canonical), "groups": len(self.groups),
                "flagged": len({f.node for f in self.flags if f.ambiguous})}


def _rank(facts: Facts, iri: URIRef) -> tuple:
    """Sort key of a group's members: the first becomes canonical.

    A place with a state, an organisation not scoped to one document and not an
    acronym, the longest person or organisation name, then the node most documents
    name, then the IRI."""
    node = facts.nodes.get(iri)
    text = str(iri)
    m_place, m_org = _PLACE.match(text), _ORG.match(text)
    scoped = bool((m_place and not m_place["state"]) or (m_org and m_org["doc"]))
    words = 0
    if node is not None and "Person" in node.kinds:
        words = len(name_tokens(node.label))
    elif node is not None and "Organization" in node.kinds:
        words = len(name_key(node.label).split())
    docs = len(node.docs) if node is not None else 0
    short = bool(m_org and node is not None and _is_acronym(node.label))
    return (scoped, short, -words, -docs, len(text), text)


def compute(quads: Iterable[tuple], graph: URIRef, *, facts: Facts | None = None,
            outside: dict[URIRef, URIRef] | None = None) -> Resolution:
    """Resolve the entities of (s, p, o, g) document quads (or of ``facts`` already indexed);
    ``outside``: group roots of nodes resolved elsewhere that edges point to."""
    facts = facts if facts is not None else Facts.from_quads(quads)
    r = resolve_facts(facts, outside)
    res = Resolution(graph, merges=list(r.merges))
    for members in r.components().values():
        members = sorted(members, key=lambda x: _rank(facts, x))
        canonical = members[0]
        res.groups[canonical] = members
        for dup in members[1:]:
            res.canonical[dup] = canonical
    out: set[tuple] = set()
    for iri, node in facts.nodes.items():
        c = res.find(iri)
        if c not in res.preferred:
            res.preferred[c] = facts.nodes[c].label if c in facts.nodes else node.label
    for iri, node in sorted(facts.nodes.items()):
        c = res.find(iri)
        for name in node.names:
            if name != res.preferred[c]:
                out.add((c, SKOS.altLabel, Literal(name), graph))
        if c != iri:
            out.add((iri, OWL.sameAs, c, graph))
    for flag in r.flags:
        node = res.find(flag.node)
        cands = sorted({res.find(c) for c in flag.candidates} - {node}, key=str)
        if not cands:
            continue
        res.flags.append(Flag(node, flag.name, tuple(cands), flag.rule, flag.ambiguous))
        for c in cands:
            out.add((node, CIVIC.possiblySameAs, c, graph))
        if flag.ambiguous:
            out.add((node, CIVIC.ambiguousName, Literal(flag.name), graph))
    res.quads = sorted(out, key=lambda q: tuple(str(t) for t in q))
    return res


def default_triples(quads: Iterable[tuple], res: Resolution) -> set[tuple]:
    """What the default graph holds: smushed document triples, one label each, and the resolution graph."""
    find, preferred = res.find, res.preferred
    out: set[tuple] = set()
    for s, p, o, _g in quads:
        s2, o2 = find(s), find(o)
        if p == RDFS.label and s2 in preferred and str(o) != preferred[s2]:
            p = SKOS.altLabel
        out.add((s2, p, o2))
    out.update((s, p, o) for s, p, o, _g in res.quads)
    return out


def resolve_store(store, *, full: bool = False, pending: bool = False,
                  changed: set[URIRef] | None = None, rows_due: bool = False, compact: bool = False,
                  rows_aside: bool = False) -> Resolution:
    """:func:`_resolve_store`, then the win rows of what changed (:mod:`kg.resolve.summary`).

    The rows are written in a transaction of their own; the marker resolution's transaction leaves
    (:data:`kg.store.pending.ROWS_DUE`) and theirs clears, found before resolving (``rows_due``, from the
    store's pending markers), says a process stopped between the two: then every row is recomputed.
    When the store knows every default-graph triple the writes since the last resolution changed (removals
    only), the award, official and win rows are given the nodes those triples and resolution's own reach
    (:mod:`kg.resolve.row_reach`) rather than every node the written documents mention.

    Python's cycle collector is paused meanwhile: resolving a large store makes millions of terms and tuples
    and no reference cycles, and the collector walked them again and again (about a sixth of computing the
    win rows of a 10k build).  ``compact``: then compact the store, from the moment resolution is written on,
    beside computing the rows (:meth:`kg.store.Store.compaction_after`).  ``rows_aside``: when every row is
    recomputed, the win rows, official rows and label keys are computed in other processes meanwhile
    (:mod:`kg.resolve.rows_aside`)."""
    with gc_paused(), store.compaction_after(compact) as compaction:
        removed = store._union_removed
        res = _resolve_store(store, full=full, pending=pending, changed=changed)
        nodes = None if full or rows_due or changed is None or res.touched is None else changed | res.touched
        triples = None if nodes is None or removed is None or res.written is None else removed | res.written

        def reach(kind: str) -> set[URIRef] | None:
            return nodes if triples is None else row_reach.REACH[kind](store, triples)

        compaction.start(overlap=nodes is None)  # (it clears what killed compactions left: first)
        aside = RowsAside.start(store) if rows_aside and nodes is None else None
        try:
            award_rows.refresh(store, reach("award_rows"))  # before the win rows, as the official rows
            conflict_rows.refresh(store, nodes)
            run_rows.refresh(store, nodes)
            quote_rows.refresh(store, nodes)
            quoted_rows.refresh(store, nodes)
            streak_rows.refresh(store, nodes)
            official_rows.refresh(store, reach("official_rows"), aside=aside)  # before the win rows (they clear
            label_keys.refresh(store, nodes, aside=aside)                       # kgs:rowsDue)
            refresh(store, reach("win_rows"), aside=aside)
        finally:
            if aside is not None:
                aside.close()
    return res


def _resolve_store(store, *, full: bool = False, pending: bool = False,
                   changed: set[URIRef] | None = None) -> Resolution:
    """Recompute resolution over ``store``'s document graphs and bring the store in line with it.

    Resolution reads only the statements about resolvable entities.  Then the
    default graph is corrected where it can differ from the plain union the
    store maintains per document: the triples touching a node that the old or
    the new resolution graph names (merged, relabelled or flagged).  Any other
    triple is the same in the plain and the resolved union.  When the store
    knows which IRIs the documents written since the last resolution mention
    (``changed``), only the nodes whose resolution changed and the named nodes
    those documents mention are corrected (with every node merged with one of
    them, before or now): why, ``kg remove`` of one document at 2,000 documents
    spent 11 of its 25 s reading and comparing the triples of every named node.
    ``full=True`` recomputes every triple instead.  Only differences are
    written, in one transaction that also clears the store's marker that
    resolution is due; a store already resolved is not touched unless
    ``pending`` (the marker is set).
    """
    bases, has_documents = store.bases()
    graph = resolution_graph_iri(bases.pop() if len(bases) == 1 else DEFAULT_BASE)
    old_graphs = store.resolution_graphs()
    skip = set(old_graphs) | {graph}
    if not full and changed and has_documents and old_graphs == [graph] and store.keys_version() == KEYS_VERSION:
        scope = find_scope(store, changed, graph)
        if scope is not None:
            return _resolve_scope(store, scope, graph, changed, pending)
    facts = None
    if full:
        doc_quads = [q for q in store.quads() if q[3] not in skip]
        entity_quads = doc_quads
    else:
        entity_quads = [q for q in store.typed_quads(KIND_CLASSES, READ_PREDICATES) if q[3] not in skip]
    facts = Facts.from_quads(entity_quads)
    res = compute([], graph, facts=facts) if entity_quads else Resolution(graph)
    old_res = set(store.graph_quads(old_graphs)) if old_graphs else set()
    old_keys = store.keyed(everything=True, predicate=KEY)
    roots = _group_root(res)
    new_keys = facts_keys(facts, facts.nodes, lambda x: roots.get(x, x))
    version = store.keys_version()
    meta_delete = [(n, KEY, Literal(k), META_GRAPH) for n, k in sorted(old_keys - new_keys, key=_key)]
    meta_insert = [(n, KEY, Literal(k), META_GRAPH) for n, k in sorted(new_keys - old_keys, key=_key)]
    wanted_version = KEYS_VERSION if (has_documents or entity_quads) else ""  # an empty store keeps nothing
    if version != wanted_version:
        meta_delete += [(RESOLUTION, KGS.resolutionKeys, Literal(version), META_GRAPH)] if version else []
        meta_insert += [(RESOLUTION, KGS.resolutionKeys, Literal(wanted_version), META_GRAPH)] if wanted_version else []
    target = graph if (has_documents or entity_quads) else None
    if full:
        wanted = default_triples(doc_quads, res)
        current = set(store.default_triples())
    else:
        named = _nodes(old_res) | _nodes(res.quads)
        touched = named if changed is None else _merged_with(
            _nodes(old_res ^ set(res.quads)) | (named & changed), old_res, res.quads)
        res.touched = touched
        wanted, current = _touched_triples(store, touched, old_res, res, skip)
    if not full:
        res.written = current ^ wanted
    if (current == wanted and old_res == set(res.quads) and old_graphs == ([target] if target else [])
            and not meta_delete and not meta_insert):
        if pending:  # nothing to change but the markers (and the union's size)
            store.write_derived([], None, [], delete=[], insert=[], full=full)
        return res
    store.write_derived(old_graphs, target, res.quads, full=full,
                        delete=sorted(current - wanted, key=_key), insert=sorted(wanted - current, key=_key),
                        meta_delete=meta_delete, meta_insert=meta_insert)
    return res


#: the predicates whose default-graph triples resolution rewrites for a node it merges with no other (its
#: labels, and the resolution graph's own statements)
_LABELLING = (RDFS.label, SKOS.altLabel, OWL.sameAs, CIVIC.possiblySameAs, CIVIC.ambiguousName)


def _touched_triples(store, touched: set[URIRef], old_res: set[tuple], res: Resolution,
                     skip: set[URIRef]) -> tuple[set[tuple], set[tuple]]:
    """(wanted, current): the default-graph triples of ``touched`` that resolution may change, as the
    resolution ``res`` wants them and as the store holds them.

    Why not every triple touching each node: most touched nodes merge with none (a city known by two names
    is touched for its ``skos:altLabel``), and their other triples read the same in the plain and the
    resolved union; reading every statement naming a hub city in every graph took most of a 10k build's
    resolution.  So a node in an ``owl:sameAs`` (before or now) has all its triples compared, the others only
    those it is the subject of with a :data:`_LABELLING` predicate."""
    linked = {t for s, p, o, _g in (*old_res, *res.quads) if p == OWL.sameAs for t in (s, o)}
    merged, labelled = touched & linked, touched - linked

    def kept(t: tuple) -> bool:
        return t[0] in merged or t[2] in merged or (t[0] in labelled and t[1] in _LABELLING)

    quads = [q for q in (*store.quads_touching(merged), *store.subject_quads(labelled, _LABELLING))
             if q[3] not in skip]
    wanted = {t for t in default_triples(quads, res) if kept(t)}
    current = {t for t in (*store.default_touching(merged), *store.default_subject_triples(labelled, _LABELLING))
               if kept(t)}
    return wanted, current


def _resolve_scope(store, scope: Scope, graph: URIRef, changed: set[URIRef], pending: bool) -> Resolution:
    """Resolve only ``scope``'s nodes and correct what they touch (see :mod:`kg.resolve.scope`).

    The returned resolution knows the groups of the scope; others keep theirs in the store."""
    checked: set[URIRef] = set()
    while True:
        res = compute([], graph, facts=scope.facts, outside=scope.outside_root)
        roots = _group_root(res)
        moved = {n for n in scope.nodes - checked if roots.get(n, n) != scope.old_root(n)}
        checked |= moved
        tied = store.referrers(moved, DEPENDENT_PREDICATES) - scope.nodes if moved else set()
        if moved:
            new_roots = dict(scope.outside_root)
            new_roots.update(roots)
            tied |= scope.keyed_anew(store, lambda x, r=new_roots: r.get(x, x))
        if not tied:
            break
        if not scope.grow(store, tied):
            return _resolve_store(store, changed=None, pending=pending)
    old_res, new_res = scope.old_quads, set(res.quads)
    find = dict(scope.outside_canonical)
    find.update(res.canonical)
    view = Resolution(graph, canonical=find, preferred=res.preferred, quads=res.quads)
    named = _nodes(old_res) | _nodes(new_res)
    touched = _merged_with(_nodes(old_res ^ new_res) | (named & changed), old_res, new_res)
    res.touched = touched
    wanted, current = _touched_triples(store, touched, old_res, view, {graph})
    roots = dict(scope.outside_root)
    roots.update(_group_root(res))
    new_keys = facts_keys(scope.facts, scope.nodes, lambda x: roots.get(x, x))
    delete, insert = sorted(current - wanted, key=_key), sorted(wanted - current, key=_key)
    res.written = current ^ wanted
    meta_delete = [(n, KEY, Literal(k), META_GRAPH) for n, k in sorted(scope.old_keys - new_keys, key=_key)]
    meta_insert = [(n, KEY, Literal(k), META_GRAPH) for n, k in sorted(new_keys - scope.old_keys, key=_key)]
    outside_groups = {c for c in scope.outside_canonical.values()}
    flagged = {f.node for f in res.flags if f.ambiguous} | (
        {s for s, p, _o, _g in store.graph_predicate(graph, CIVIC.ambiguousName)} - scope.nodes)
    res.counts = {"merged": len(scope.outside_canonical) + len(res.canonical),
                  "groups": len(outside_groups) + len(res.groups), "flagged": len(flagged)}
    if not (delete or insert or meta_delete or meta_insert or old_res != new_res or pending):
        return res
    known = store.recorded_union()
    removed = store._union_removed
    union = None if known is None or removed is None else known - len(removed) - len(delete) + len(insert)
    store.write_derived([], None, sorted(new_res - old_res, key=_key), graph_delete=sorted(old_res - new_res, key=_key),
                        delete=delete, insert=insert, meta_delete=meta_delete, meta_insert=meta_insert, union=union)
    return res


def _group_root(res: Resolution) -> dict[URIRef, URIRef]:
    """``node -> least IRI of its group`` (the rules' union-find root) for every merged node."""
    return {m: min(members, key=str) for members in res.groups.values() for m in members}


def _merged_with(seed: set[URIRef], *resolutions: Iterable[tuple]) -> set[URIRef]:
    """``seed`` and every node an ``owl:sameAs`` of any of ``resolutions`` joins to one of them.

    Why: a default-graph triple of a merged entity is made from the statements of all its
    members, so correcting one member's triples means reading every member's."""
    links: dict[URIRef, set[URIRef]] = {}
    for quads in resolutions:
        for s, p, o, _g in quads:
            if p == OWL.sameAs:
                links.setdefault(s, set()).add(o)
                links.setdefault(o, set()).add(s)
    out: set[URIRef] = set()
    stack = list(seed)
    while stack:
        node = stack.pop()
        if node not in out:
            out.add(node)
            stack.extend(links.get(node, ()))
    return out


def _nodes(quads: Iterable[tuple]) -> set[URIRef]:
    """The IRIs a resolution graph talks about (subjects and IRI objects)."""
    out: set[URIRef] = set()
    for s, _p, o, _g in quads:
        out.add(s)
        if isinstance(o, URIRef):
            out.add(o)
    return out


def _key(t: tuple) -> tuple:
    return tuple(str(x) for x in t)
