"""Blocking keys: two entities the rules may relate share a key, so a change need only re-resolve its neighbours.

Why: resolving every entity again after removing one document read all 300k
entity statements of a 10k-document store (most of ``kg remove``'s 8 s).  Every
rule of :mod:`kg.resolve.rules` only ever compares nodes that agree on
something computable from each node alone: a place slug, a normalised
organisation name or its initials, a head word in a shared document, a surname,
a program name, a post title under one owner.  Those are the node's keys.  The
store keeps them (bookkeeping, :data:`KEY`), so the nodes that may be affected
by a change are found by looking keys up, not by reading everything
(:mod:`kg.resolve.scope`).

Keys may over-approximate (a shared key costs only a little more reading) but
must never miss a pair a rule could relate; ``tests/resolve`` checks that a
resolution from keys ends byte for byte where a full one does.

>>> from rdflib import URIRef
>>> from kg.resolve.facts import Node
>>> org = Node(URIRef("http://e/org/cdg"), {"Organization"}, {"Center for Digital Government": 1}, docs={"d1"})
>>> sorted(node_keys(org, {}, lambda x: x))
['h|center|d1', 'i|CDG', 'o|center for digital government']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from rdflib import URIRef

from kg.rdf.names import place_key
from kg.rdf.slug import slugify
from kg.resolve.facts import Facts, Node
from kg.resolve.rules import (
    _HEADS,
    _ORG,
    _PLACE,
    HELD_BY,
    POST_IN,
    TITLE,
    _is_acronym,
    _with_state,
    acronym,
    name_key,
    name_tokens,
)
from kg.store.meta import KGS

__all__ = ["KEY", "KEYS_VERSION", "node_keys", "facts_keys", "qualified_probes", "is_scoped_org"]

#: Predicate of a key in the bookkeeping graph: ``<node> kgs:resolutionKey "p|city|boston"``.
KEY = URIRef(KGS["resolutionKey"])
#: Changes whenever the keys (or the rules they mirror) change: a store keyed otherwise is re-keyed in full.
KEYS_VERSION = "1"


def is_scoped_org(iri: URIRef) -> bool:
    """An organisation minted for one document (a generic name such as "Public Information Office")."""
    m = _ORG.match(str(iri))
    return bool(m and m["doc"])


def node_keys(node: Node, edges: dict, root: Callable[[URIRef], URIRef]) -> set[str]:
    """Every key of ``node``; ``edges`` as :attr:`Facts.edges`, ``root`` gives a node's group root."""
    keys: set[str] = set()
    kinds = node.kinds
    if kinds & {"City", "County"}:
        m = _PLACE.match(str(node.iri))
        if m:
            keys.add(f"p|{m['kind']}|{m['slug']}")
            if m["state"]:
                keys.update(f"p|{m['kind']}|{slugify(place_key(a))}" for a in node.alt_labels)
            else:
                written = _with_state(node.label)
                if written is not None:
                    keys.add(f"p|{m['kind']}|{slugify(place_key(written[0]))}")
    if "Organization" in kinds:
        label = node.label
        scoped = is_scoped_org(node.iri)
        if not scoped:
            keys.update(f"o|{name_key(n)}" for n in node.names)
        if _is_acronym(label):
            keys.add(f"i|{label.replace('.', '').replace('&', '')}")
        elif not scoped:
            keys.add(f"i|{acronym(label)}")
        heads = [w for w in name_key(label).split() if w in _HEADS]
        keys.update(f"h|{w}|{d}" for w in heads for d in node.docs)
        if scoped:
            keys.update(f"q|{d}|{name_key(label)}" for d in node.docs)
    if "Person" in kinds:
        tokens = name_tokens(node.label)
        if tokens:
            keys.add(f"s|{tokens[-1]}")
    if "Program" in kinds:
        keys.update(f"g|{name_key(n)}" for n in node.names)
    if "Post" in kinds:
        owners = edges.get(POST_IN, {}).get(node.iri) or edges.get(HELD_BY, {}).get(node.iri) or set()
        titles = edges.get(TITLE, {}).get(node.iri) or {node.label}
        keys.update(f"t|{name_key(str(t))}|{root(o)}" for t in titles for o in owners)
    return keys


def qualified_probes(node: Node) -> set[str]:
    """The keys a scoped organisation would have if ``node`` (not scoped) qualified its name
    in one of their shared documents: "Public Information Office" inside "City of Long Beach
    Public Information Office".  Looked up, never stored (an organiser named in thousands of
    documents would otherwise store thousands of them)."""
    if "Organization" not in node.kinds or is_scoped_org(node.iri):
        return set()
    words = name_key(node.label).split()
    shorts = {" ".join(words[i:]) for i in range(1, len(words))} | {" ".join(words[:i]) for i in range(1, len(words))}
    return {f"q|{d}|{s}" for d in node.docs for s in shorts}


def facts_keys(facts: Facts, nodes: Iterable[URIRef], root: Callable[[URIRef], URIRef]) -> set[tuple[URIRef, str]]:
    """(node, key) for each of ``nodes`` present in ``facts``."""
    out: set[tuple[URIRef, str]] = set()
    for iri in nodes:
        node = facts.nodes.get(iri)
        if node is not None:
            out.update((iri, k) for k in node_keys(node, facts.edges, root))
    return out
