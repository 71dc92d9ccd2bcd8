"""The matching rules: one function per kind of entity, each adding merges and flags to a :class:`Resolver`.

Rules run in a fixed order (places, organisations, persons, programs, posts)
because later ones compare through earlier results: two people are tied to the
same city only once the city's duplicates are known.  Each rule records why
it merged (``kg resolve --explain``).

* **places** (cities, counties apart): a node without a state merges into the
  one same-named node with a state (by name or alternative label) when the
  corpus has exactly one; with several it is flagged (``civic:possiblySameAs``
  each, ``civic:ambiguousName``), never merged.  A state written in the name
  ("Boston, Mass.") picks that state.  Two nodes with states never merge.
* **organisations**: same normalised name or alias; an acronym that is the
  initials of exactly one organisation (its own documents first); "the Center"
  into the one center its documents name; a generic name scoped to one
  document ("Public Information Office") into the document's qualified one
  ("City of Long Beach Public Information Office").
* **persons**: a shorter form of a name (surname only; first and last of a
  longer name) merges into the longer one when both are tied to the same
  jurisdiction, organisation or document, and only if exactly one longer form is.
* **programs**: same (resolved) city and a shared normalised name or alias.
* **posts**: same (resolved) owner, or holder, and the same title.

>>> acronym("Center for Digital Government"), acronym("National League of Cities")
('CDG', 'NLC')
>>> name_key("The Smart Cities Connect Media & Research")
'smart cities connect media and research'
>>> shorter_form(["menino"], ["thomas", "menino"]), shorter_form(["thomas", "menino"], ["tom", "menino"])
(True, False)
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import URIRef

from kg.keys import name_tokens
from kg.rdf.geo import state_code_for
from kg.rdf.names import place_key
from kg.rdf.namespaces import CIVIC, ORG
from kg.rdf.slug import slugify
from kg.resolve.facts import Facts, Node

__all__ = ["Merge", "Flag", "Resolver", "resolve_facts", "name_key", "name_tokens", "acronym", "shorter_form",
           "RULES"]


@dataclass(frozen=True)
class Merge:
    """``a`` and ``b`` are one entity, by ``rule``, because ``reason``."""

    a: URIRef
    b: URIRef
    rule: str
    reason: str


@dataclass(frozen=True)
class Flag:
    """``node`` may be any of ``candidates``: kept apart, flagged for review."""

    node: URIRef
    name: str
    candidates: tuple[URIRef, ...]
    rule: str
    ambiguous: bool = True


@dataclass
class Resolver:
    """Union-find over IRIs plus the record of every merge and flag."""

    facts: Facts
    parent: dict[URIRef, URIRef] = field(default_factory=dict)
    merges: list[Merge] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    #: roots of nodes resolved elsewhere (a resolution of part of the store, :mod:`kg.resolve.scope`)
    outside: dict[URIRef, URIRef] = field(default_factory=dict)

    def find(self, x: URIRef) -> URIRef:
        if x in self.outside:
            return self.outside[x]
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while x != root:  # path compression
            self.parent[x], x = root, self.parent.get(x, x)
        return root

    def union(self, a: URIRef, b: URIRef, rule: str, reason: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        lo, hi = sorted((ra, rb), key=str)  # deterministic roots; the canonical node is chosen later
        self.parent[hi] = lo
        self.merges.append(Merge(a, b, rule, reason))

    def components(self) -> dict[URIRef, list[URIRef]]:
        """root -> members (sorted) of every merged group of two or more."""
        groups: dict[URIRef, list[URIRef]] = defaultdict(list)
        for x in list(self.parent):
            groups[self.find(x)].append(x)
        for root, members in groups.items():
            if root not in members:
                members.append(root)
        return {r: sorted(m, key=str) for r, m in groups.items() if len(m) > 1}


HOLDS, HELD_BY, POST_IN, ORG_MEMBER = ORG.holds, ORG.heldBy, ORG.postIn, ORG.memberOf
LEADS, OPERATED_BY, TITLE = CIVIC.leads, CIVIC.operatedBy, CIVIC.title

_PUNCT = re.compile(r"[^\w\s]+")
_SMALL = {"of", "for", "the", "and", "a", "an", "in", "on", "at", "to", "&"}


def name_key(name: str) -> str:
    """Compare names without case, punctuation, a leading "the", or "&" vs "and"."""
    text = name.casefold().replace("&", " and ")
    text = " ".join(_PUNCT.sub(" ", text).split())
    return text[4:] if text.startswith("the ") else text


def acronym(name: str) -> str:
    """Initials of the significant words, upper case."""
    return "".join(w[0] for w in name_key(name).split() if w not in _SMALL).upper()


def _is_acronym(name: str) -> bool:
    letters = name.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def shorter_form(short: list[str], long: list[str]) -> bool:
    """``short`` names the same person more briefly: surname only, or first + last of a longer name."""
    if len(short) >= len(long) or not short or short[-1] != long[-1]:
        return False
    return len(short) == 1 or (short[0] == long[0] and len(short) == 2)


# -- places -----------------------------------------------------------------------------------
_PLACE = re.compile(r"^(?P<base>.*/)(?P<kind>city|county)/(?:(?P<state>[a-z]{2})/)?(?P<slug>[^/]+)$")


def resolve_places(r: Resolver) -> None:
    """Stateless cities/counties into the single same-named one with a state; several: flag."""
    stated: dict[tuple, list[URIRef]] = defaultdict(list)
    stateless: list[tuple[tuple, Node]] = []
    for kind in ("City", "County"):
        for node in r.facts.of_kind(kind):
            m = _PLACE.match(str(node.iri))
            if not m:
                continue
            if m["state"]:
                for slug in {m["slug"]} | {slugify(place_key(a)) for a in node.alt_labels}:
                    stated[(m["base"], m["kind"], slug)].append(node.iri)
            else:
                stateless.append(((m["base"], m["kind"], m["slug"]), node))
    for key, node in stateless:
        candidates = sorted(set(stated.get(key, ())), key=str)
        written = _with_state(node.label)
        if written is not None:  # "Boston, Mass.": the state is in the name itself
            name, code = written
            candidates = [c for c in stated.get((key[0], key[1], slugify(place_key(name))), ())
                          if f"/{key[1]}/{code.lower()}/" in str(c)][:1]
        if len(candidates) == 1:
            r.union(candidates[0], node.iri, "place",
                    f"{node.label!r} has no state; the only {key[1]} of that name in the corpus is "
                    f"in {str(candidates[0]).rsplit('/', 2)[-2].upper()}")
        elif candidates:
            r.flags.append(Flag(node.iri, node.label, tuple(candidates), "place"))


def _with_state(label: str) -> tuple[str, str] | None:
    """``("Boston", "MA")`` for ``"Boston, Mass."``; None when the label names no state after a comma.

    >>> _with_state("Boston, Mass."), _with_state("Washington, D.C."), _with_state("Boston")
    (('Boston', 'MA'), ('Washington', 'DC'), None)
    """
    name, sep, tail = label.rpartition(",")
    if not sep or not name.strip():
        return None
    code = state_code_for(tail.strip())
    return (name.strip(), code) if code else None


# -- organisations ------------------------------------------------------------------------------
_ORG = re.compile(r"^(?P<base>.*/)org/(?:(?P<doc>[^/]+)/)?(?P<slug>[^/]+)$")


def resolve_organizations(r: Resolver) -> None:
    """Shared name or alias; acronym = initials of exactly one; scoped generic name into its qualified form."""
    orgs = r.facts.of_kind("Organization")
    scoped = {n.iri for n in orgs if (m := _ORG.match(str(n.iri))) and m["doc"]}
    by_name: dict[str, list[Node]] = defaultdict(list)
    for node in orgs:
        if node.iri not in scoped:
            for name in node.names:
                by_name[name_key(name)].append(node)
    for key, nodes in sorted(by_name.items()):
        for other in nodes[1:]:
            r.union(nodes[0].iri, other.iri, "organization-name", f"both are named {key!r}")
    initials: dict[str, list[Node]] = defaultdict(list)
    for node in orgs:
        if node.iri not in scoped and not _is_acronym(node.label):
            initials[acronym(node.label)].append(node)
    for node in orgs:
        if not _is_acronym(node.label):
            continue
        letters = node.label.replace(".", "").replace("&", "")
        pool = [n for n in initials.get(letters, []) if n.iri != node.iri]
        local = [n for n in pool if n.docs & node.docs]
        pool = local or ([] if node.iri in scoped else pool)
        roots = sorted({r.find(n.iri) for n in pool}, key=str)
        if len(roots) == 1:
            r.union(pool[0].iri, node.iri, "organization-acronym",
                    f"{node.label!r} is the initials of {pool[0].label!r}")
        elif len(roots) > 1:
            r.flags.append(Flag(node.iri, node.label, tuple(roots), "organization-acronym"))
    _short_references(r, orgs, scoped)
    by_doc: dict[str, list[Node]] = defaultdict(list)
    for node in orgs:
        if node.iri not in scoped:
            for doc in node.docs:
                by_doc[doc].append(node)
    for node in orgs:
        if node.iri not in scoped:
            continue
        short = name_key(node.label)
        found = []
        others = {o.iri: o for d in sorted(node.docs) for o in by_doc.get(d, [])}
        places = {place_key(p) for d in node.docs for p in r.facts.doc_places.get(d, ())}
        for other in sorted(others.values(), key=lambda n: str(n.iri)):
            full = name_key(other.label)
            qualifier = full[: -len(short)] if full.endswith(" " + short) else (
                full[len(short):] if full.startswith(short + " ") else None)
            if qualifier is not None and place_key(qualifier.strip()) in places:
                found.append(other)
        if len(found) == 1:
            r.union(found[0].iri, node.iri, "organization-qualified",
                    f"{node.label!r} is {found[0].label!r} in the document that names both")
        elif found:
            r.flags.append(Flag(node.iri, node.label, tuple(n.iri for n in found), "organization-qualified"))


_HEADS = {"center", "centre", "foundation", "institute", "agency", "department", "council", "league",
          "association", "alliance", "commission", "coalition", "board", "office", "authority", "university"}


def _short_references(r: Resolver, orgs: list[Node], scoped: set[URIRef]) -> None:
    """"the Center" is the one organisation of its document whose name has that head word."""
    for node in orgs:
        words = name_key(node.label).split()
        if len(words) != 1 or words[0] not in _HEADS:
            continue
        found = {o.iri: o for o in orgs if o.iri != node.iri and o.docs & node.docs
                 and len(name_key(o.label).split()) > 1 and words[0] in name_key(o.label).split()}
        roots = sorted({r.find(i) for i in found}, key=str)
        if len(roots) == 1:
            other = found[min(found, key=str)]
            r.union(other.iri, node.iri, "organization-reference",
                    f"{node.label!r} refers to {other.label!r}, the only {words[0]} its documents name")
        elif roots:
            r.flags.append(Flag(node.iri, node.label, tuple(roots), "organization-reference"))


# -- persons -----------------------------------------------------------------------------------
def _ties(r: Resolver, node: Node) -> set[str]:
    """What ties a person to a place: resolved owners of their posts, memberships, led
    jurisdictions, and the documents that name them."""
    facts = r.facts
    owners = set(facts.objects(ORG_MEMBER, node.iri)) | set(facts.objects(LEADS, node.iri))
    for post in facts.objects(HOLDS, node.iri):
        owners |= facts.objects(POST_IN, post)
    return {str(r.find(o)) for o in owners} | node.docs


def resolve_persons(r: Resolver) -> None:
    """A shorter form of a name merges into the one longer form it shares a tie with."""
    people = r.facts.of_kind("Person")
    tokens = {n.iri: name_tokens(n.label) for n in people}
    ties = {n.iri: _ties(r, n) for n in people}
    by_surname: dict[str, list[Node]] = defaultdict(list)  # only a shared surname can match: no n^2 scan
    for n in people:
        if tokens[n.iri]:
            by_surname[tokens[n.iri][-1]].append(n)
    for node in sorted(people, key=lambda n: (-len(tokens[n.iri]), str(n.iri))):
        mine = tokens[node.iri]
        longer = [n for n in by_surname.get(mine[-1] if mine else "", []) if n.iri != node.iri
                  and (shorter_form(mine, tokens[n.iri]) or mine == tokens[n.iri])]
        if not longer:
            continue
        tied = [n for n in longer if ties[n.iri] & ties[node.iri]]
        roots = sorted({r.find(n.iri) for n in tied}, key=str)
        if len(roots) == 1:
            shared = sorted(ties[tied[0].iri] & ties[node.iri])[0]
            r.union(tied[0].iri, node.iri, "person",
                    f"{node.label!r} is a shorter form of {tied[0].label!r}; both tied to <{shared}>")
        elif roots:
            r.flags.append(Flag(node.iri, node.label, tuple(roots), "person"))
        else:
            r.flags.append(Flag(node.iri, node.label, tuple(sorted((n.iri for n in longer), key=str)),
                                "person", ambiguous=False))


# -- programs and posts -----------------------------------------------------------------------
def resolve_programs(r: Resolver) -> None:
    """Programs of the same resolved city sharing a normalised name or alias."""
    groups: dict[tuple[str, str], list[Node]] = defaultdict(list)
    for node in r.facts.of_kind("Program"):
        for city in r.facts.objects(OPERATED_BY, node.iri):
            for name in node.names:
                groups[(str(r.find(city)), name_key(name))].append(node)
    for (city, key), nodes in sorted(groups.items()):
        for other in nodes[1:]:
            r.union(nodes[0].iri, other.iri, "program", f"both are {key!r} run by <{city}>")


def resolve_posts(r: Resolver) -> None:
    """Posts with the same title in the same resolved jurisdiction/organisation (or held by one person)."""
    groups: dict[tuple[str, str], list[Node]] = defaultdict(list)
    for node in r.facts.of_kind("Post"):
        owners = r.facts.objects(POST_IN, node.iri) or r.facts.objects(HELD_BY, node.iri)
        for title in r.facts.objects(TITLE, node.iri) or {node.label}:
            for owner in owners:
                groups[(str(r.find(owner)), name_key(str(title)))].append(node)
    for (owner, key), nodes in sorted(groups.items()):
        for other in nodes[1:]:
            r.union(nodes[0].iri, other.iri, "post", f"both are {key!r} of <{owner}>")


#: The rules, in the order they run.
RULES = (resolve_places, resolve_organizations, resolve_persons, resolve_programs, resolve_posts)


def resolve_facts(facts: Facts, outside: dict[URIRef, URIRef] | None = None) -> Resolver:
    """Run every rule over ``facts``; the resolver holds the merged groups and the flags.

    ``outside`` gives the group root of nodes that ``facts`` leaves out but edges point to."""
    r = Resolver(facts, outside=dict(outside or {}))
    for rule in RULES:
        rule(r)
    return r
