"""Interactive, offline HTML views of the knowledge graph (pyvis / vis-network).

:func:`render_view` writes the readable view (the README's graph, filtered with
:class:`ViewSpec`), :func:`write_site` a folder of views with an index page, and
:func:`render_html` the stored RDF as it is.  Every page is self-contained: nodes
coloured by type with a legend, provenance in tooltips and a details panel, no
network access needed.

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
from kg.viz.readable import readable_graph
from kg.viz.render import DEFAULT_MAX_NODES, render_html, to_html, view_graph
from kg.viz.site import write_site
from kg.viz.view import ViewSpec, render_view, view_html

__all__ = ["render_html", "to_html", "view_graph", "colour_for", "PALETTE", "DEFAULT_MAX_NODES",
           "readable_graph", "render_view", "view_html", "ViewSpec", "write_site"]
