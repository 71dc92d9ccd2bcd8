"""Pick the part of the readable graph a view shows: around a name, of a type, an award, a year, a state.

Why: a view is readable only when it is small.  Filtering happens here, on NetworkX,
before anything reaches pyvis (whose ``add_node``/``add_edge`` are slow and whose
browser layout stalls on thousands of nodes).  Every filter returns a new graph; they
compose (``--award`` then ``--year`` gives one award's editions of one year).  What the
cap leaves out is counted by type so the page can say so and how to focus.

>>> G = nx.MultiDiGraph()
>>> G.add_node("b", label="Boston", type="City", state="MA")
>>> G.add_node("e", label="Digital Cities Survey 2011", type="AwardEdition", year=2011)
>>> G.add_node("a", label="Digital Cities Survey", type="Award")
>>> G.add_edge("b", "e", key="won", kind="won"); G.add_edge("e", "a", key="of", kind="of")
'won'
'of'
>>> sorted(around(G, "boston", hops=1).nodes)
['b', 'e']
>>> sorted(by_award(G, "digital cities survey").nodes)
['a', 'b', 'e']
"""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass, field

import networkx as nx

from kg.errors import KGError

__all__ = ["around", "by_types", "by_award", "by_year", "by_state", "cap", "Cap", "TYPE_NAMES", "matching"]

#: Types a user may name with ``--type`` (lower-cased spellings -> the node type).
TYPE_NAMES = {
    "city": "City", "cities": "City", "county": "County", "counties": "County", "state": "State",
    "person": "Person", "people": "Person", "official": "Person", "officials": "Person",
    "program": "Program", "programs": "Program", "programme": "Program",
    "organization": "Organization", "organisation": "Organization", "organizations": "Organization",
    "organisations": "Organization", "org": "Organization",
    "award": "Award", "awards": "Award", "edition": "AwardEdition", "awardedition": "AwardEdition",
    "editions": "AwardEdition",
}


def matching(G: nx.MultiDiGraph, name: str, types: tuple[str, ...] = ()) -> list[str]:
    """Nodes called ``name`` (case-insensitive, exact label or IRI), else those whose label contains it."""
    key = " ".join(name.split()).casefold()
    pool = [n for n, d in G.nodes(data=True) if not types or d.get("type") in types]
    exact = [n for n in pool if G.nodes[n].get("label", "").casefold() == key or n == name]
    if exact:
        return sorted(exact)
    return sorted(n for n in pool if key and key in G.nodes[n].get("label", "").casefold())


def _no_match(G: nx.MultiDiGraph, name: str, what: str, types: tuple[str, ...] = ()) -> KGError:
    labels = sorted({d.get("label", "") for _, d in G.nodes(data=True) if not types or d.get("type") in types})
    close = difflib.get_close_matches(name, labels, n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    return KGError("E620", None, detail=f"{what} {name!r}{hint}")


def around(G: nx.MultiDiGraph, name: str, hops: int = 1) -> nx.MultiDiGraph:
    """Every node within ``hops`` edges (either direction) of the nodes called ``name``."""
    seeds = matching(G, name)
    if not seeds:
        raise _no_match(G, name, "node")
    U = G.to_undirected(as_view=True)
    keep: set[str] = set()
    for seed in seeds:
        keep |= set(nx.single_source_shortest_path_length(U, seed, cutoff=max(hops, 0)))
    H = G.subgraph(keep).copy()
    H.graph["focus"] = [G.nodes[s].get("label", s) for s in seeds]
    return H


def by_types(G: nx.MultiDiGraph, names: list[str]) -> nx.MultiDiGraph:
    """Only nodes of the named types (``city``, ``person``, ``Award``... see :data:`TYPE_NAMES`)."""
    wanted = set()
    for name in names:
        key = name.replace(" ", "").replace("-", "").casefold()
        if key not in TYPE_NAMES:
            raise KGError("E621", None, detail=name, limit=", ".join(sorted(set(TYPE_NAMES.values()))))
        wanted.add(TYPE_NAMES[key])
    return G.subgraph(n for n, d in G.nodes(data=True) if d.get("type") in wanted).copy()


def _closure(G: nx.MultiDiGraph, places: set[str], editions: set[str]) -> set[str]:
    """Places and editions with the awards the editions belong to and those awards' givers."""
    keep = set(places) | set(editions)
    for e in editions:
        keep |= {v for _, v, k in G.out_edges(e, keys=True) if k == "of"}
    for a in [n for n in keep if G.nodes[n].get("type") == "Award"]:
        keep |= {u for u, _, k in G.in_edges(a, keys=True) if k == "gives"}
    return keep


def _people_and_programs(G: nx.MultiDiGraph, places: set[str]) -> set[str]:
    out = set()
    for p in places:
        out |= {u for u, _, k in G.in_edges(p, keys=True) if k == "leads"}
        out |= {v for _, v, k in G.out_edges(p, keys=True) if k == "runs"}
    return out


def by_award(G: nx.MultiDiGraph, name: str) -> nx.MultiDiGraph:
    """One award series (by name or a part of it): its editions, winners and organiser."""
    series = matching(G, name, ("Award",))
    if not series:
        raise _no_match(G, name, "award", ("Award",))
    editions = {u for s in series for u, _, k in G.in_edges(s, keys=True) if k == "of"}
    winners = {u for e in editions for u, _, k in G.in_edges(e, keys=True) if k == "won"}
    H = G.subgraph(_closure(G, winners, editions) | set(series)).copy()
    H.graph["award"] = [G.nodes[s]["label"] for s in series]
    return H


def by_year(G: nx.MultiDiGraph, year: int) -> nx.MultiDiGraph:
    """The editions of one year, their winners and those winners' leaders and programs."""
    editions = {n for n, d in G.nodes(data=True) if d.get("type") == "AwardEdition" and d.get("year") == year}
    winners = {u for e in editions for u, _, k in G.in_edges(e, keys=True) if k == "won"}
    return G.subgraph(_closure(G, winners, editions) | _people_and_programs(G, winners)).copy()


def by_state(G: nx.MultiDiGraph, usps: str) -> nx.MultiDiGraph:
    """The places of one state (two-letter code) with what they won, who leads them and what they run."""
    code = usps.strip().upper()
    places = {n for n, d in G.nodes(data=True) if d.get("state") == code and d.get("type") != "State"}
    editions = {v for p in places for _, v, k in G.out_edges(p, keys=True) if k == "won"}
    return G.subgraph(_closure(G, places, editions) | _people_and_programs(G, places)).copy()


@dataclass
class Cap:
    """What a capped view left out: how many nodes in all, and per type."""

    total: int
    shown: int
    left_out: dict[str, int] = field(default_factory=dict)

    @property
    def capped(self) -> bool:
        return self.shown < self.total


def cap(G: nx.MultiDiGraph, max_nodes: int) -> tuple[nx.MultiDiGraph, Cap]:
    """The ``max_nodes`` best-connected nodes (ties by label) and what was left out."""
    total = G.number_of_nodes()
    if total <= max_nodes:
        return G, Cap(total, total)
    keep = sorted(G.nodes, key=lambda n: (-G.degree(n), G.nodes[n].get("label", ""), n))[:max_nodes]
    kept = set(keep)
    left = Counter(d.get("type", "Resource") for n, d in G.nodes(data=True) if n not in kept)
    H = G.subgraph(keep).copy()
    H.graph.update(G.graph)
    return H, Cap(total, len(keep), dict(sorted(left.items(), key=lambda kv: (-kv[1], kv[0]))))
