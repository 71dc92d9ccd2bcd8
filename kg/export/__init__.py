"""Exports of the knowledge graph to other tools' formats.

:func:`kg.export.networkx.to_networkx` turns a civic-kg store (its facts, read as text), or any rdflib
graph or dataset, into a ``networkx.MultiDiGraph`` (the basis of the GraphML / GEXF exports, written by
NetworkX, and of :mod:`kg.viz`).
"""

from __future__ import annotations

from kg.export.networkx import to_networkx

__all__ = ["to_networkx"]
