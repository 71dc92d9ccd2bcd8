"""Interactive, offline HTML view of the knowledge graph (pyvis / vis-network).

:func:`render_html` writes one self-contained page: nodes coloured by type
with a legend, tooltips with provenance, no network access needed.

>>> from rdflib import Graph, URIRef, Literal
>>> from rdflib.namespace import RDFS
>>> g = Graph()
>>> _ = g.add((URIRef("https://example.org/boston"), RDFS.label, Literal("<b>Boston</b>")))
>>> html = to_html(g, title="demo")
>>> "<b>Boston</b>" in html, "http://" in html.split("<script>")[0]
(False, False)
"""

from __future__ import annotations

from kg.viz.palette import PALETTE, colour_for
from kg.viz.render import DEFAULT_MAX_NODES, render_html, to_html, view_graph

__all__ = ["render_html", "to_html", "view_graph", "colour_for", "PALETTE", "DEFAULT_MAX_NODES"]
