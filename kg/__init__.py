"""civic-kg: a knowledge graph of cities, officials, programs and awards, built from
the press releases and news stories that governments publish about themselves.

Data flows one way: document -> facts (:mod:`kg.record`) -> triples (:mod:`kg.rdf`)
-> store (:mod:`kg.store`) -> queries and exports.
"""

from __future__ import annotations

__all__ = ["__version__", "EXAMPLES_DIR"]

from pathlib import Path

__version__ = "0.1.0"

#: The bundled example documents (the two seed press releases).
EXAMPLES_DIR = Path(__file__).parent / "examples"
