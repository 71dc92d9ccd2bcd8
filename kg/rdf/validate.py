"""Validate a graph (or dataset) against the civic-kg SHACL shapes with pySHACL.

A dataset is validated as the union of its graphs, the view every query sees.
No RDFS/OWL inference is run: the shapes are written against asserted types,
which keeps validation fast enough for every build.

>>> from kg.record import DocumentRecord, City
>>> from kg.rdf.mapping import record_to_graph
>>> validate(record_to_graph(DocumentRecord(id="d", cities=[City("Boston", "MA")])))[0]
True
"""

from __future__ import annotations

from pyshacl import validate as _shacl_validate
from rdflib import Graph
from rdflib.graph import ConjunctiveGraph

from kg.rdf.ontology import load_shapes

__all__ = ["validate", "union_graph"]

_SHAPES: Graph | None = None


def union_graph(graph: Graph) -> Graph:
    """A plain graph with every triple of ``graph`` (all named graphs of a dataset merged)."""
    if not isinstance(graph, ConjunctiveGraph):
        return graph
    out = Graph()
    for s, p, o, _ in graph.quads((None, None, None, None)):
        out.add((s, p, o))
    return out


def validate(graph: Graph) -> tuple[bool, str]:
    """Check ``graph`` against ``ontology/shapes.ttl``; returns (conforms, readable report)."""
    global _SHAPES
    if _SHAPES is None:
        _SHAPES = load_shapes()
    conforms, _report_graph, report_text = _shacl_validate(
        union_graph(graph), shacl_graph=_SHAPES, inference="none", advanced=False,
        abort_on_first=False, allow_warnings=True,
    )
    return bool(conforms), str(report_text)
