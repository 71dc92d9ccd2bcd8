"""A folder of views with an index page: the whole graph, one view per award, one per state.

Why: nobody finds one city in a thousand-document cloud; a page of links to small views
(each award's winners, each state's places) is where people start.  The index is plain
HTML with no script at all; every view is a page of :mod:`kg.viz.view`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx

from kg import __version__
from kg.html import render
from kg.rdf.slug import slugify
from kg.viz.readable import readable_graph
from kg.viz.render import write_page
from kg.viz.view import ViewSpec, render_view

__all__ = ["write_site", "INDEX"]

INDEX = r"""{% extends "base.html" %}
{% block style %}  h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin-top: 1.5rem; }
  ul.views { columns: 2; padding-left: 1.2rem; } li { margin: 0.15rem 0; }
  .count { color: #777; font-size: 0.85rem; }
{% endblock %}
{% block body %}
<h1>{{ title }}</h1>
<p>Interactive views of the graph. Each page works offline; click a node or an edge to see the
  documents and sentences it was read from.</p>
<p><a href="{{ overview }}">The whole graph</a> <span class="count">({{ nodes }} nodes, {{ edges }} edges;
  big graphs show the best-connected nodes and say what they left out)</span></p>
<h2>By award</h2>
<ul class="views" id="awards">
{% for v in awards %}  <li><a href="{{ v.href }}">{{ v.name }}</a> <span class="count">{{ v.count }} winners</span></li>
{% endfor %}</ul>
<h2>By state</h2>
<ul class="views" id="states">
{% for v in states %}  <li><a href="{{ v.href }}">{{ v.name }}</a> <span class="count">{{ v.count }} places</span></li>
{% endfor %}</ul>
<p class="count">Any other view: <code>kg viz --focus NAME --hops 2</code>, <code>--award NAME</code>,
  <code>--year YEAR</code>, <code>--state XX</code>, <code>--type TYPE</code>.</p>
{% endblock %}
"""


def _winners(G: nx.MultiDiGraph, award: str) -> int:
    editions = [u for u, _, k in G.in_edges(award, keys=True) if k == "of"]
    return len({u for e in editions for u, _, k in G.in_edges(e, keys=True) if k == "won"})


def write_site(store: Any, folder: str | Path, *, title: str = "civic-kg",
               max_nodes: int | None = None) -> list[Path]:
    """Write ``index.html``, ``graph.html`` and one page per award and per state into ``folder``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    G = readable_graph(store)
    cap = {} if max_nodes is None else {"max_nodes": max_nodes}
    written = [render_view(G, folder / "graph.html", ViewSpec(**cap), title=title, index_link="index.html",
                           store=store)]
    awards, states = [], []
    for n, d in sorted(G.nodes(data=True), key=lambda nd: nd[1].get("label", "")):
        if d.get("type") == "Award":
            href = f"award-{slugify(d['label'])}.html"
            written.append(render_view(G, folder / href, ViewSpec(award=d["label"], **cap), title=title,
                                       index_link="index.html", store=store))
            awards.append({"name": d["label"], "href": href, "count": _winners(G, n)})
    places: dict[str, int] = {}
    for _, d in G.nodes(data=True):
        if d.get("state") and d.get("type") in ("City", "County"):
            places[d["state"]] = places.get(d["state"], 0) + 1
    for code, count in sorted(places.items()):
        href = f"state-{code.lower()}.html"
        written.append(render_view(G, folder / href, ViewSpec(state=code, **cap), title=title,
                                   index_link="index.html", store=store))
        states.append({"name": code, "href": href, "count": count})
    page = render(INDEX,
        title=title, version=__version__, overview="graph.html", nodes=G.number_of_nodes(),
        edges=G.number_of_edges(), awards=awards, states=states)
    written.insert(0, write_page(page, folder / "index.html"))
    return written
