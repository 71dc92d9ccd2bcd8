"""The graph the way the README states it, as NetworkX: who won what, who leads, who runs, who gives.

Why: drawing the stored RDF shows reified wins, evidence sentences and untyped nodes in
one cloud.  People think in direct statements, so this graph has one node per named
thing and one edge per statement:

* ``City -won-> Award edition`` (ranks, categories, streak and stated/inferred on the edge),
* ``Award edition -of-> Award``,
* ``Person -leads-> City`` (the titles on the edge),
* ``City -runs-> Program``,
* ``Organisation -gives-> Award`` (``civic:gives``: the award's organiser, which the mapping
  states from the award list, ``kg/data/awards.json``).

Each edge keeps the IRIs of the facts behind it (``facts``: win nodes, post holdings,
programs) so provenance is looked up later, only for what a view shows
(:func:`kg.queries.facts.provenance`).
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from kg.queries import facts as F

__all__ = ["readable_graph", "EDGE_KINDS"]

#: Edge kinds, as drawn.
EDGE_KINDS = ("won", "of", "leads", "runs", "gives")


def _add_node(G: nx.MultiDiGraph, entity: F.Entity) -> None:
    if entity.iri in G:
        return
    attrs: dict[str, Any] = {"label": entity.label, "type": entity.type, "iri": entity.iri, "facts": [entity.iri]}
    if entity.state:
        attrs["state"] = entity.state
    if entity.population is not None:
        attrs["population"] = entity.population
    if entity.year is not None:
        attrs["year"] = entity.year
    G.add_node(entity.iri, **attrs)


def readable_graph(store: Any) -> nx.MultiDiGraph:
    """The readable graph of everything in ``store`` (nodes only where an edge touches them)."""
    ents = F.entities(store)
    G = nx.MultiDiGraph()

    won: dict[tuple[str, str], list[F.Win]] = {}
    for w in F.wins(store):
        if w.recipient in ents and w.edition in ents:
            won.setdefault((w.recipient, w.edition), []).append(w)
    for (r, edition), ws in sorted(won.items()):
        _add_node(G, ents[r])
        _add_node(G, ents[edition])
        G.add_edge(r, edition, key="won", kind="won", facts=[w.iri for w in ws],
                   ranks=sorted({w.rank for w in ws if w.rank is not None}),
                   categories=sorted({w.category for w in ws if w.category}),
                   streak=max((w.streak for w in ws if w.streak), default=0),
                   status="stated" if any(not w.inferred for w in ws) else "inferred",
                   reasons=sorted({w.reason for w in ws if w.reason}),
                   year=ws[0].year)
        series = ws[0].award
        if series in ents and not G.has_edge(edition, series, key="of"):
            _add_node(G, ents[series])
            G.add_edge(edition, series, key="of", kind="of", facts=[])

    for lead in F.leads(store):
        if lead.person in ents and lead.place in ents:
            _add_node(G, ents[lead.person])
            _add_node(G, ents[lead.place])
            G.add_edge(lead.person, lead.place, key="leads", kind="leads", facts=list(lead.holdings),
                       titles=list(lead.titles))

    for run in F.runs(store):
        if run.place in ents and run.program in ents:
            _add_node(G, ents[run.place])
            _add_node(G, ents[run.program])
            G.add_edge(run.place, run.program, key="runs", kind="runs", facts=[run.program])

    for give in F.gives(store):
        if give.award in G and give.organisation in ents:
            _add_node(G, ents[give.organisation])
            G.add_edge(give.organisation, give.award, key="gives", kind="gives", facts=[],
                       note="the award's organiser (civic:gives, from the award list)")
    G.graph["entities"] = len(ents)
    return G
