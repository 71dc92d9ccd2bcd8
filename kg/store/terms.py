"""rdflib quads as Oxigraph quads, N-Quads lines and SPARQL UPDATE text.

Terms are written by pyoxigraph (through oxrdflib's converter), whose output is
canonical N-Triples syntax: the same quad always gives the same line, which is
what makes "build twice, compare bytes" meaningful, and the escapes it uses
are valid SPARQL too.

>>> from rdflib import Literal, URIRef
>>> q = (URIRef("http://a"), URIRef("http://p"), Literal('say "hi"'), URIRef("http://g"))
>>> nquad(q)
'<http://a> <http://p> "say \\\\"hi\\\\"" <http://g> .'
>>> print(replace_update([URIRef("http://g")], [], [q]))
DROP SILENT GRAPH <http://g> ;
INSERT DATA {
GRAPH <http://g> {
<http://a> <http://p> "say \\"hi\\"" .
}
}
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import groupby

import pyoxigraph as ox
from oxrdflib._converter import to_ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

__all__ = ["ox_quad", "from_ox", "plain", "nquad", "term_text", "replace_update", "drop_update"]

Quad = tuple  # (subject, predicate, object, graph) of rdflib terms
_XSD_STRING = str(XSD.string)


def ox_quad(quad: Quad) -> ox.Quad:
    """An rdflib quad (graph as IRI or rdflib Graph) as a pyoxigraph Quad."""
    s, p, o, g = quad
    g = getattr(g, "identifier", g)
    return to_ox((s, p, o, g))


def from_ox(term):
    """A pyoxigraph term as an rdflib term; ``xsd:string`` literals come back plain.

    (RDF 1.1 makes ``"x"`` and ``"x"^^xsd:string`` the same literal, but rdflib
    compares and prints them differently, so keep the form the mapping wrote.)

    >>> from_ox(ox.Literal("Boston")) == Literal("Boston")
    True
    """
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.DefaultGraph):
        return None
    raise TypeError(f"unsupported term {term!r}")


def plain(term):
    """``"x"^^xsd:string`` as the plain literal ``"x"``; any other term unchanged.

    >>> plain(Literal("a", datatype=XSD.string)) == Literal("a")
    True
    """
    if isinstance(term, Literal) and term.datatype == XSD.string and not term.language:
        return Literal(str(term))
    return term


def term_text(term) -> str:
    """One rdflib term in N-Triples / SPARQL syntax."""
    return str(to_ox(term))


def nquad(quad: Quad) -> str:
    """One quad as a canonical N-Quads line (without the newline)."""
    return f"{ox_quad(quad)} ."


def replace_update(drop_graphs: Iterable[URIRef], delete_nodes: Iterable[tuple[URIRef, URIRef]],
                   insert: Sequence[Quad]) -> str:
    """One SPARQL UPDATE request: drop graphs, delete ``(node, graph)`` descriptions, insert quads.

    A request is the unit a SPARQL store applies atomically (Oxigraph runs it in
    one transaction), so a document's old facts never coexist with half its new ones.
    """
    ops = [f"DROP SILENT GRAPH <{g}>" for g in drop_graphs]
    ops += [f"DELETE WHERE {{ GRAPH <{g}> {{ <{n}> ?p ?o }} }}" for n, g in delete_nodes]
    if insert:
        body = ["INSERT DATA {"]
        keyed = sorted(insert, key=lambda q: str(getattr(q[3], "identifier", q[3])))
        for g, quads in groupby(keyed, key=lambda q: str(getattr(q[3], "identifier", q[3]))):
            body.append(f"GRAPH <{g}> {{")
            body += [f"{term_text(s)} {term_text(p)} {term_text(o)} ." for s, p, o, _ in quads]
            body.append("}")
        body.append("}")
        ops.append("\n".join(body))
    return " ;\n".join(ops)


def drop_update(drop_graphs: Iterable[URIRef], delete_nodes: Iterable[tuple[URIRef, URIRef]]) -> str:
    """The removal half of :func:`replace_update`, as its own request."""
    return replace_update(drop_graphs, delete_nodes, [])
