"""Load the civic-kg ontology and SHACL shapes shipped with the package.

The Turtle files live in ``ontology/`` (``kg/ontology`` is a symlink to it) so
that they are data, not code, and other tools can read them directly.

>>> from kg.rdf.namespaces import CIVIC, OWL, RDF
>>> (CIVIC.AwardWin, RDF.type, OWL.Class) in load_ontology()
True
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from importlib.abc import Traversable

from rdflib import Graph

from kg.rdf.namespaces import bind_all

__all__ = ["ontology_file", "shapes_file", "load_ontology", "load_shapes"]


def ontology_file() -> Traversable:
    """The ontology's Turtle file (``ontology/civic.ttl``)."""
    return resources.files("kg").joinpath("ontology/civic.ttl")


def shapes_file() -> Traversable:
    """The SHACL shapes' Turtle file (``ontology/shapes.ttl``)."""
    return resources.files("kg").joinpath("ontology/shapes.ttl")


@lru_cache(maxsize=2)
def _parse(which: str) -> Graph:
    graph = Graph()
    bind_all(graph)
    source = ontology_file() if which == "ontology" else shapes_file()
    graph.parse(data=source.read_text(encoding="utf-8"), format="turtle")
    return graph


def _copy(graph: Graph) -> Graph:
    out = Graph()
    for prefix, ns in graph.namespaces():
        out.bind(prefix, ns)
    for triple in graph:
        out.add(triple)
    return out


def load_ontology() -> Graph:
    """A fresh copy of the ontology graph (callers may add to it)."""
    return _copy(_parse("ontology"))


def load_shapes() -> Graph:
    """A fresh copy of the SHACL shapes graph."""
    return _copy(_parse("shapes"))
