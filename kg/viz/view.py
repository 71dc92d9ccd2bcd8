"""The readable view: the README's graph, filtered first, then drawn with pyvis on one offline page.

Why this order: the store is read as direct statements (:mod:`kg.viz.readable`), cut down
with NetworkX (:mod:`kg.viz.focus`), and only then are provenance looked up and pyvis
called, for the nodes and edges that are drawn.  A focused view costs the same on 20 or
20,000 documents, and the whole-graph view says what it left out and how to focus.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
from pyvis.network import Network

from kg.errors import KGError
from kg.queries.facts import Evidence, provenance
from kg.viz import focus as F
from kg.viz.palette import colour_for
from kg.viz.readable import readable_graph
from kg.viz.render import page_html, write_page

__all__ = ["ViewSpec", "DEFAULT_VIEW_NODES", "select", "view_html", "render_view", "FOCUS_HINT"]

#: The whole-graph view keeps this many best-connected nodes unless told otherwise.
DEFAULT_VIEW_NODES = 300
#: Edge labels are drawn up to this many edges (always in tooltips and the details panel).
EDGE_LABEL_LIMIT = 600
FOCUS_HINT = ("Focus with kg viz --focus NAME --hops 2, --award NAME, --year YEAR, --state XX or --type TYPE, "
              "or open the index of views (kg viz --site DIR).")
_EVIDENCE_ITEMS = 8
_LABEL_CHARS = 36


@dataclass
class ViewSpec:
    """What one view shows: the filters in the order they apply, and the cap."""

    focus: str | None = None
    hops: int = 1
    types: list[str] = field(default_factory=list)
    award: str | None = None
    year: int | None = None
    state: str | None = None
    max_nodes: int = DEFAULT_VIEW_NODES

    def describe(self) -> str:
        """A short title suffix naming the filters ("Boston, 2 hops · year 2019")."""
        parts = []
        if self.focus:
            parts.append(f"around {self.focus} ({self.hops} hop{'s' if self.hops != 1 else ''})")
        if self.award:
            parts.append(self.award)
        if self.year is not None:
            parts.append(str(self.year))
        if self.state:
            parts.append(self.state.upper())
        if self.types:
            parts.append(", ".join(self.types))
        return " · ".join(parts)

    @property
    def focused(self) -> bool:
        return bool(self.focus or self.types or self.award or self.year is not None or self.state)


def select(G: nx.MultiDiGraph, spec: ViewSpec) -> tuple[nx.MultiDiGraph, F.Cap]:
    """Apply the filters of ``spec`` to the readable graph, then the cap."""
    H = G
    if spec.award:
        H = F.by_award(H, spec.award)
    if spec.year is not None:
        H = F.by_year(H, spec.year)
    if spec.state:
        H = F.by_state(H, spec.state)
    if spec.focus:
        H = F.around(H, spec.focus, spec.hops)
    if spec.types:
        H = F.by_types(H, spec.types)
    if H.number_of_nodes() == 0:
        raise KGError("E622", None, detail=f"no node is left after the filters ({spec.describe()})")
    return F.cap(H, spec.max_nodes)


def _short(text: Any, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _evidence(items: list[Evidence]) -> list[dict[str, str]]:
    out = [{"document": e.document, "sentence": _short(e.sentence, 400)} for e in items[:_EVIDENCE_ITEMS]]
    return out


def _more(items: list[Evidence]) -> str:
    extra = len(items) - _EVIDENCE_ITEMS
    return f"… and {extra} more" if extra > 0 else ""


def _node_facts(H: nx.MultiDiGraph, n: str) -> list[str]:
    """The node's own facts, then those of its drawn edges: clicking Boston shows why it won."""
    out = list(H.nodes[n].get("facts", []))
    for *_, d in list(H.out_edges(n, data=True)) + list(H.in_edges(n, data=True)):
        out += [f for f in d.get("facts", []) if f not in out]
    return out


def _dedup(items: list[Evidence]) -> list[Evidence]:
    """Evidence with sentences first, each (document, sentence) once; bare documents only if no sentence."""
    seen: set[tuple[str, str]] = set()
    out = []
    for e in sorted(items, key=lambda e: (not e.sentence, e.document, e.start if e.start is not None else -1)):
        if (e.document, e.sentence) in seen or (not e.sentence and any(d == e.document for d, _ in seen)):
            continue
        seen.add((e.document, e.sentence))
        out.append(e)
    return out


def _node_tip(d: dict[str, Any], items: list[Evidence], degree: int) -> dict[str, Any]:
    props = []
    if d.get("state"):
        props.append(f"state: {d['state']}")
    if d.get("population"):
        props.append(f"population: {d['population']:,}")
    if d.get("year"):
        props.append(f"year: {d['year']}")
    props.append(f"connections: {degree}")
    if d.get("note"):
        props.append(d["note"])
    return {"label": d.get("label", ""), "type": d.get("type", ""), "iri": d.get("iri", ""),
            "properties": props, "evidence": _evidence(items), "more": _more(items)}


def _edge_text(kind: str, d: dict[str, Any]) -> tuple[str, list[str]]:
    """The edge label and the detail lines of its tooltip."""
    lines: list[str] = []
    label = kind
    if kind == "won":
        ranks = d.get("ranks") or []
        if ranks:
            label += " #" + "/".join(str(r) for r in ranks)
            lines.append("rank: " + ", ".join(str(r) for r in ranks) + (" (documents disagree)" if len(ranks) > 1
                                                                          else ""))
        cats = d.get("categories") or []
        if cats:
            label += "\n" + _short("; ".join(cats), 28)
            lines.append("category: " + "; ".join(cats))
        if d.get("streak"):
            lines.append(f"streak: {d['streak']} in a row")
        lines.append(f"status: {d.get('status', 'stated')}" + (" (implied by a stated streak)"
                                                                if d.get("status") == "inferred" else ""))
        lines += [f"reason: {r}" for r in d.get("reasons", [])]
    elif kind == "leads" and d.get("titles"):
        lines.append("title: " + "; ".join(d["titles"]))
    elif kind == "of":
        label = "of"
    if d.get("note"):
        lines.append(d["note"])
    return label, lines


def _network(H: nx.MultiDiGraph, prov: dict[str, list[Evidence]]) -> Network:
    net = Network(directed=True, cdn_resources="in_line", height="100%", width="100%")
    for n, d in H.nodes(data=True):
        kind = d.get("type", "Resource")
        degree = H.degree(n)
        net.add_node(n, label=_short(d.get("label", n), _LABEL_CHARS), color=colour_for(kind),
                     size=8 + 3 * min(degree, 12), kind=kind,
                     tip=_node_tip(d, _dedup([e for f in _node_facts(H, n) for e in prov.get(f, [])]), degree),
                     shape="diamond" if kind in ("Award", "AwardEdition") else "dot")
    show_labels = H.number_of_edges() <= EDGE_LABEL_LIMIT
    for u, v, kind, d in H.edges(keys=True, data=True):
        label, lines = _edge_text(kind, d)
        items = _dedup([e for f in d.get("facts", []) for e in prov.get(f, [])])
        head = f"{H.nodes[u].get('label', u)} {kind} {H.nodes[v].get('label', v)}"
        tip = {"label": head, "type": label.replace("\n", " · "), "properties": lines,
               "evidence": _evidence(items), "more": _more(items)}
        edge: dict[str, Any] = {"kind": kind, "tip": tip, "dashes": d.get("status") == "inferred"}
        if show_labels:
            edge["label"] = label
        net.add_edge(u, v, **edge)
    big = H.number_of_nodes() > 150
    net.set_options(json.dumps({
        "nodes": {"font": {"size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"}, "borderWidth": 1},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                  "color": {"color": "#9a9a9a", "highlight": "#333"},
                  "font": {"size": 10, "align": "middle", "color": "#444", "multi": False},
                  "smooth": {"enabled": not big, "type": "dynamic"}},
        "physics": {"solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -80, "springLength": 120},
                    "stabilization": {"enabled": True, "iterations": 200 if big else 400, "fit": True}},
        "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False},
        "layout": {"improvedLayout": H.number_of_nodes() <= 100},
    }))
    return net


def view_html(store_or_graph: Any, spec: ViewSpec | None = None, *, title: str = "civic-kg",
              index_link: str = "", store: Any = None) -> str:
    """The page of one view: ``store_or_graph`` is a store, or a :func:`readable_graph` (then give
    ``store`` for provenance)."""
    spec = spec or ViewSpec()
    if isinstance(store_or_graph, nx.MultiDiGraph):
        G = store_or_graph
    else:
        store = store_or_graph
        G = readable_graph(store)
    if G.number_of_nodes() == 0:
        raise KGError("E622", None, detail="the store holds no wins, leaders or programs")
    H, capped = select(G, spec)
    facts = {f for _, d in H.nodes(data=True) for f in d.get("facts", [])}
    facts |= {f for *_, d in H.edges(data=True) for f in d.get("facts", [])}
    prov = provenance(store, facts) if store is not None else {}
    net = _network(H, prov)
    left = ", ".join(f"{n:,} {t}" for t, n in capped.left_out.items())
    notes = []
    if not spec.focused and not capped.capped:
        notes.append(FOCUS_HINT)
    if "focus" in H.graph:
        notes.append("Centred on: " + ", ".join(H.graph["focus"]))
    heading = f"{title} — {spec.describe()}" if spec.describe() else title
    return page_html(net, title=heading, legend_types=(d.get("type", "Resource") for _, d in H.nodes(data=True)),
                     total_nodes=capped.total, left_out=left, focus_hint=FOCUS_HINT, notes=notes,
                     index_link=index_link)


def render_view(store_or_graph: Any, path: str | Path, spec: ViewSpec | None = None, *, title: str = "civic-kg",
                index_link: str = "", store: Any = None) -> Path:
    """Write one view to ``path`` (atomically) and return the path."""
    return write_page(view_html(store_or_graph, spec, title=title, index_link=index_link, store=store), path)
