"""Render a graph as one self-contained, offline, interactive HTML page (pyvis + vis-network).

pyvis builds the vis-network node/edge/option data; the page itself comes
from :mod:`kg.viz.template`, because pyvis' own template pulls Bootstrap from
a CDN even in ``in_line`` mode and leaves node titles to be parsed as HTML.
vis-network's JS and CSS are inlined from the copies shipped inside the
pyvis package, so the page needs no network at all.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
from jinja2 import Environment
from pyvis.network import Network
from rdflib import Graph

from kg import __version__
from kg.errors import KGError
from kg.export.networkx import to_networkx
from kg.viz.palette import colour_for, legend
from kg.viz.provenance import is_evidence, is_provenance_edge, provenance
from kg.viz.template import PAGE

__all__ = ["render_html", "to_html", "view_graph", "page_html", "write_page", "DEFAULT_MAX_NODES", "VIS_VERSION"]

#: Beyond this many nodes the view keeps the best-connected ones and says so.
DEFAULT_MAX_NODES = 1500
#: Edge labels are drawn only up to this many edges (they stay in edge tooltips).
EDGE_LABEL_LIMIT = 400
#: vis-network's improved initial layout is used up to this many nodes.
IMPROVED_LAYOUT_LIMIT = 100
#: The vis-network build shipped in pyvis that the page inlines.
VIS_VERSION = "9.1.2"
_LABEL_CHARS = 40
_ATTR_CHARS = 160
_TIP_ITEMS = 6
_SKIP_PROPS = frozenset({"iri", "type", "types", "label"})


def _vis_asset(name: str) -> str:
    text = resources.files("pyvis").joinpath("lib", f"vis-{VIS_VERSION}", name).read_text(encoding="utf-8")
    if "</script" in text.lower() or "</style" in text.lower():  # would end the inline block early
        raise RuntimeError(f"pyvis asset {name} cannot be inlined safely")
    return text


def _short(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def view_graph(
    graph: Graph | nx.MultiDiGraph, *, max_nodes: int = DEFAULT_MAX_NODES, show_evidence: bool = False
) -> tuple[nx.MultiDiGraph, int]:
    """The NetworkX graph the page draws, and the node count before capping.

    Evidence-sentence nodes and the edges to them (and to documents) are left
    out unless ``show_evidence``: they are folded into tooltips instead.
    Over ``max_nodes`` the best-connected nodes are kept (with a warning).
    """
    G = graph if isinstance(graph, nx.MultiDiGraph) else to_networkx(graph)
    if show_evidence:
        H = G.copy()
    else:
        H = nx.MultiDiGraph()
        H.add_nodes_from((n, d) for n, d in G.nodes(data=True) if not is_evidence(G, n))
        H.add_edges_from(
            (u, v, k, d) for u, v, k, d in G.edges(keys=True, data=True)
            if u in H and v in H and not is_provenance_edge(G, u, v, d)
        )
    _merge_parallel_edges(H)
    total = H.number_of_nodes()
    if total > max_nodes:
        warnings.warn(f"the graph has {total} nodes; the view shows the {max_nodes} best-connected",
                      UserWarning, stacklevel=2)
        keep = sorted(H.nodes, key=lambda n: (-H.degree(n), n))[:max_nodes]
        H = H.subgraph(keep).copy()
    return H, total


def _merge_parallel_edges(G: nx.MultiDiGraph) -> None:
    """One drawn edge per (subject, predicate, object): a fact stated by several documents is
    one edge per named graph in :func:`to_networkx`, which would draw as a bundle of copies."""
    merged: dict[tuple[str, str, str], dict[str, Any]] = {}
    for u, v, data in G.edges(data=True):
        key = (u, v, data.get("predicate", ""))
        if key in merged:
            merged[key]["graphs"] += 1
        else:
            merged[key] = {**data, "graphs": 1}
    if len(merged) == G.number_of_edges():
        return
    G.remove_edges_from(list(G.edges(keys=True)))
    for (u, v, _), data in merged.items():
        G.add_edge(u, v, **data)


def _tip(G: nx.MultiDiGraph, full: nx.MultiDiGraph, node: str) -> dict[str, Any]:
    data = full.nodes[node]
    prov = provenance(full, node)
    label = data.get("label", node)
    props = [f"{k}: {_short(v, _ATTR_CHARS)}" for k, v in sorted(data.items())
             if k not in _SKIP_PROPS and v not in ("", None, label)]
    return {
        "label": _short(label, 200),
        "type": data.get("type", "Resource"),
        "iri": data.get("iri", ""),
        "documents": [_short(d, 120) for d in prov.documents[:_TIP_ITEMS]],
        "sentences": [_short(s, 300) for s in prov.sentences[:_TIP_ITEMS]],
        "derived_from": [_short(d, 120) for d in prov.derived_from[:_TIP_ITEMS]],
        "properties": props[:_TIP_ITEMS * 2],
    }


def _network(G: nx.MultiDiGraph, full: nx.MultiDiGraph) -> Network:
    net = Network(directed=True, cdn_resources="in_line", height="100%", width="100%")
    for node, data in G.nodes(data=True):
        type_name = data.get("type", "Resource")
        net.add_node(
            node,
            label=_short(data.get("label", node), _LABEL_CHARS),
            color=colour_for(type_name),
            size=10 + min(G.degree(node), 25),
            kind=type_name,
            tip=_tip(G, full, node),
        )
    show_labels = G.number_of_edges() <= EDGE_LABEL_LIMIT
    for u, v, data in G.edges(data=True):
        title = data.get("predicate", "")
        if data.get("graphs", 1) > 1:
            title += f" (stated in {data['graphs']} graphs)"
        edge: dict[str, Any] = {"title": title, "kind": data.get("label", "")}
        if show_labels:
            edge["label"] = data.get("label", "")
        net.add_edge(u, v, **edge)
    net.set_options(json.dumps({
        "nodes": {"shape": "dot", "font": {"size": 13}, "borderWidth": 1},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                  "color": {"color": "#9a9a9a", "highlight": "#444"},
                  "font": {"size": 10, "align": "middle", "color": "#555"},
                  "smooth": {"enabled": True, "type": "dynamic"}},
        "physics": {"solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 110},
                    "stabilization": {"enabled": True, "iterations": 300, "fit": True}},
        "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False},
        # The "improved" initial layout is slow on big graphs and says so on the console.
        "layout": {"improvedLayout": G.number_of_nodes() <= IMPROVED_LAYOUT_LIMIT},
    }))
    return net


def to_html(
    graph: Graph | nx.MultiDiGraph,
    *,
    title: str = "civic-kg",
    max_nodes: int = DEFAULT_MAX_NODES,
    show_evidence: bool = False,
) -> str:
    """The view of ``graph`` (rdflib graph/dataset or :func:`to_networkx` output) as an HTML string."""
    full = graph if isinstance(graph, nx.MultiDiGraph) else to_networkx(graph)
    G, total = view_graph(full, max_nodes=max_nodes, show_evidence=show_evidence)
    net = _network(G, full)
    return page_html(net, title=title, legend_types=(d.get("type", "Resource") for _, d in G.nodes(data=True)),
                     total_nodes=total)


def page_html(
    net: Network,
    *,
    title: str,
    legend_types: Iterable[str],
    total_nodes: int,
    left_out: str = "",
    focus_hint: str = "",
    notes: Iterable[str] = (),
    index_link: str = "",
) -> str:
    """The page around a pyvis network: inlined vis-network, legend, details panel, notes."""
    nodes, edges, _, _, _, options = net.get_network_data()
    env = Environment(autoescape=True, keep_trailing_newline=True)
    page = env.from_string(PAGE)
    return page.render(
        title=title,
        version=__version__,
        vis_js=_markup(_vis_asset("vis-network.min.js")),
        vis_css=_markup(_vis_asset("vis-network.css")),
        nodes=nodes,
        edges=edges,
        options=json.loads(options),
        legend=legend(legend_types),
        shown_nodes=len(nodes),
        shown_edges=len(edges),
        total_nodes=total_nodes,
        capped=total_nodes > len(nodes),
        left_out=left_out,
        focus_hint=focus_hint,
        notes=list(notes),
        index_link=index_link,
    )


def write_page(html: str, path: str | Path) -> Path:
    """Write ``html`` to ``path`` atomically; an unwritable path raises ``KGError`` E402."""
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_text(html, encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise KGError("E402", str(path), detail=exc.strerror or str(exc)) from None
    return path


def _markup(text: str) -> Any:
    from markupsafe import Markup

    return Markup(text)


def render_html(
    graph: Graph | nx.MultiDiGraph,
    path: str | Path,
    *,
    title: str = "civic-kg",
    max_nodes: int = DEFAULT_MAX_NODES,
    show_evidence: bool = False,
) -> Path:
    """Write the interactive, offline view of ``graph`` to ``path`` and return the path.

    Nodes are coloured by type (legend on the right); hovering shows type,
    label, IRI, source documents and evidence sentences.  The file is
    written atomically; an unwritable path raises ``KGError`` E402.
    """
    return write_page(to_html(graph, title=title, max_nodes=max_nodes, show_evidence=show_evidence), path)
