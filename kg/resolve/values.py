"""``VALUES`` blocks that restrict a lookup to given nodes, a few hundred at a time.

Why one helper: the rows resolution keeps (win rows, officials' rows, label keys) are refreshed for the
nodes a batch changed, and each reads them in chunks so that no query text grows with the store.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

__all__ = ["CHUNK", "integer_literal", "values_blocks"]

#: nodes per ``VALUES`` block
CHUNK = 400


def values_blocks(var: str, nodes: Iterable[Node] | None) -> Iterator[str]:
    """One ``VALUES ?var { ... }`` block per :data:`CHUNK` of ``nodes`` (sorted); with None, one empty
    string, so the query reads every node.

    >>> list(values_blocks("e", [URIRef("urn:b"), URIRef("urn:a")]))
    ['VALUES ?e { <urn:a> <urn:b> }']
    >>> list(values_blocks("e", None))
    ['']
    """
    if nodes is None:
        yield ""
        return
    ordered = sorted(nodes)
    for i in range(0, len(ordered), CHUNK):
        terms = " ".join(f"<{t}>" if isinstance(t, URIRef) else t.n3() for t in ordered[i:i + CHUNK])
        yield f"VALUES ?{var} {{ {terms} }}"


_INTEGERS: dict[int, Literal] = {}


def integer_literal(value: int) -> Literal:
    """``value`` as an ``xsd:integer`` literal, one object per value: the kept rows repeat small counts and
    years hundreds of thousands of times, and a literal made per row cost a visible share of computing them.

    >>> integer_literal(3) is integer_literal(3), integer_literal(3).n3()
    (True, '"3"^^<http://www.w3.org/2001/XMLSchema#integer>')
    """
    found = _INTEGERS.get(value)
    if found is None:
        found = _INTEGERS[value] = Literal(value, datatype=XSD.integer)
    return found
