"""rdflib quads as Oxigraph quads, N-Quads lines and SPARQL UPDATE text.

Terms are written by pyoxigraph (through oxrdflib's converter), whose output is
canonical N-Triples syntax: the same quad always gives the same line, which is
what makes "build twice, compare bytes" meaningful, and the escapes it uses
are valid SPARQL too.

>>> from rdflib import Literal, URIRef
>>> q = (URIRef("http://a"), URIRef("http://p"), Literal('say "hi"'), URIRef("http://g"))
>>> nquad(q)
'<http://a> <http://p> "say \\\\"hi\\\\"" <http://g> .'
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from itertools import groupby, islice

import pyoxigraph as ox
from oxrdflib._converter import to_ox
from rdflib import BNode, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import XSD

__all__ = ["DEFAULT_GRAPH", "ox_quad", "from_ox", "plain", "nquad", "nquads_text", "nquads_pieces", "TEXT_CHUNK",
           "term_text", "with_union", "replace_update", "data_update", "gc_paused"]

Quad = tuple  # (subject, predicate, object, graph) of rdflib terms
_XSD_STRING = str(XSD.string)
#: rdflib's name for a dataset's default graph (what pyoxigraph calls ``DefaultGraph``).
DEFAULT_GRAPH = DATASET_DEFAULT_GRAPH_ID


def ox_quad(quad: Quad) -> ox.Quad:
    """An rdflib quad (graph as IRI or rdflib Graph) as a pyoxigraph Quad.

    Terms are converted through a cache: documents repeat the same IRIs and
    labels, and conversion, not Oxigraph, is what bounds load speed.
    """
    s, p, o, g = quad
    return ox.Quad(_ox(s), _ox(p), _ox(o), _ox(getattr(g, "identifier", g)))


@lru_cache(maxsize=1 << 16)
def _ox(term):
    if type(term) is URIRef:
        return ox.DefaultGraph() if term == DATASET_DEFAULT_GRAPH_ID else ox.NamedNode(term)
    return to_ox(term)


@contextmanager
def gc_paused() -> Iterator[None]:
    """Run a block that makes hundreds of thousands of objects and no reference cycles with Python's
    cycle collector off (as it was before, after).

    Why: the collector runs every 700 new containers and, every so often, walks every object alive; turning
    a million statements into terms and a graph spent a third of its time there (NetworkX graph of 1M
    statements: 4.7 s -> 3.0 s)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def from_ox(term):
    """A pyoxigraph term as an rdflib term; ``xsd:string`` literals come back plain.

    Cached: reading a store back (resolution reads every quad) repeats the same
    IRIs thousands of times, and building rdflib terms is the slow part.

    (RDF 1.1 makes ``"x"`` and ``"x"^^xsd:string`` the same literal, but rdflib
    compares and prints them differently, so keep the form the mapping wrote.)

    >>> from_ox(ox.Literal("Boston")) == Literal("Boston")
    True
    """
    if isinstance(term, ox.DefaultGraph):
        return None
    return _from_ox(term)


@lru_cache(maxsize=1 << 17)
def _from_ox(term):
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
    return str(_ox(term))


def nquad(quad: Quad) -> str:
    """One quad as a canonical N-Quads line (without the newline)."""
    return f"{ox_quad(quad)} ."


def nquads_text(quads: Iterable[Quad]) -> str:
    """Many quads as :func:`nquad`'s lines, each ending in a newline, each distinct term written once.

    Why: a document repeats its IRIs and the union repeats every triple, and each kept row repeats its node,
    predicates and graph; a quad made into a pyoxigraph Quad to be printed cost about a quarter of mapping a
    document (measured 2026-12-05) and 8 of the 50 s a 5,000-document build spent resolving (2026-12-06).

    >>> from rdflib import URIRef as U
    >>> q = (U("http://a"), U("http://p"), Literal("x"), U("http://g"))
    >>> nquads_text([q, q[:3] + (DEFAULT_GRAPH,)]) == nquad(q) + "\\n" + nquad(q[:3] + (DEFAULT_GRAPH,)) + "\\n"
    True
    """
    texts: dict = {}

    def text(term) -> str:
        found = texts[term] = term_text(term)
        return found

    lines = []
    for s, p, o, g in quads:
        line = f"{texts.get(s) or text(s)} {texts.get(p) or text(p)} {texts.get(o) or text(o)}"
        lines.append(f"{line} .\n" if g is None or g == DEFAULT_GRAPH else f"{line} {texts.get(g) or text(g)} .\n")
    return "".join(lines)


#: quads written as one piece of N-Quads text: the text of a million row quads is never held whole
TEXT_CHUNK = 100_000


def nquads_pieces(quads: Iterable[Quad], size: int = TEXT_CHUNK) -> Iterator[str]:
    """:func:`nquads_text` of ``size`` quads at a time.

    Why: the lines of a large kind of kept rows and their text cost twice the memory of the quads themselves
    (the win rows of 10,000 documents: 440 MB to compute, 960 MB once written whole; measured 2026-12-07).

    >>> from rdflib import URIRef as U
    >>> q = (U("http://a"), U("http://p"), Literal("x"), U("http://g"))
    >>> list(nquads_pieces([q, q, q], size=2)) == [nquads_text([q, q]), nquads_text([q])]
    True
    """
    rest = iter(quads)
    while chunk := list(islice(rest, size)):
        yield nquads_text(chunk)


def with_union(quads: Sequence[Quad], exclude: Iterable[URIRef] = ()) -> list[Quad]:
    """``quads`` plus each of their distinct triples once more in the default graph.

    The store keeps the default graph equal to the union (as a set) of the
    document graphs, so queries see each fact once however many documents state
    it.  Graphs in ``exclude`` (the bookkeeping) stay out of the union.

    >>> from rdflib import URIRef as U
    >>> q = [(U("http://a"), U("http://p"), U("http://b"), U(f"http://g{i}")) for i in (1, 2)]
    >>> [str(g) for *_, g in with_union(q)]
    ['http://g1', 'http://g2', 'urn:x-rdflib:default']
    """
    skip = set(exclude)
    union = dict.fromkeys((s, p, o) for s, p, o, g in quads if g not in skip and g != DEFAULT_GRAPH)
    return list(quads) + [(s, p, o, DEFAULT_GRAPH) for s, p, o in union]


def replace_update(old_graphs: Sequence[URIRef], delete_nodes: Iterable[tuple[URIRef, URIRef]],
                   insert: Sequence[Quad], exclude: Iterable[URIRef] = ()) -> str:
    """One SPARQL UPDATE request that swaps a document's graphs for new quads.

    In order: take out of the default graph (the union) every triple that only
    ``old_graphs`` held; drop ``old_graphs``; delete the ``(node, graph)``
    descriptions (bookkeeping); insert ``insert`` (quads in
    ``urn:x-rdflib:default`` go to the default graph).  A request is the unit a
    SPARQL store applies atomically (Oxigraph runs it in one transaction), so a
    document's old facts never coexist with half its new ones.

    >>> from rdflib import URIRef as U
    >>> q = (U("http://a"), U("http://p"), Literal('say "hi"'), U("http://g"))
    >>> print(replace_update([U("http://g")], [], with_union([q])))
    DELETE { ?s ?p ?o } WHERE {
      VALUES ?old { <http://g> }
      GRAPH ?old { ?s ?p ?o }
      FILTER NOT EXISTS { GRAPH ?other { ?s ?p ?o } FILTER(?other NOT IN (<http://g>)) }
    } ;
    DROP SILENT GRAPH <http://g> ;
    INSERT DATA {
    <http://a> <http://p> "say \\"hi\\"" .
    GRAPH <http://g> {
    <http://a> <http://p> "say \\"hi\\"" .
    }
    }
    """
    ops = []
    old = [f"<{g}>" for g in old_graphs]
    if old:
        keep_out = ", ".join(old + [f"<{g}>" for g in exclude])
        ops.append("DELETE { ?s ?p ?o } WHERE {\n"
                   f"  VALUES ?old {{ {' '.join(old)} }}\n"
                   "  GRAPH ?old { ?s ?p ?o }\n"
                   f"  FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other NOT IN ({keep_out})) }}\n"
                   "}")
    ops += [f"DROP SILENT GRAPH {g}" for g in old]
    ops += [f"DELETE WHERE {{ GRAPH <{g}> {{ <{n}> ?p ?o }} }}" for n, g in delete_nodes]
    if insert:
        ops.append(_data_block("INSERT DATA", insert))
    return " ;\n".join(ops)


def _data_block(keyword: str, quads: Sequence[Quad]) -> str:
    body = [keyword + " {"]
    keyed = sorted(quads, key=lambda q: "" if q[3] in (DEFAULT_GRAPH, None) else str(q[3]))
    for g, group in groupby(keyed, key=lambda q: q[3]):
        lines = [f"{term_text(s)} {term_text(p)} {term_text(o)} ." for s, p, o, _ in group]
        body += lines if g in (DEFAULT_GRAPH, None) else [f"GRAPH <{g}> {{", *lines, "}"]
    body.append("}")
    return "\n".join(body)


def data_update(drop_graphs: Sequence[URIRef], delete: Sequence[Quad], insert: Sequence[Quad]) -> str:
    """One SPARQL UPDATE request: drop graphs, delete these quads, insert those (graph None = default).

    >>> from rdflib import URIRef as U
    >>> t = (U("http://a"), U("http://p"), U("http://b"), None)
    >>> print(data_update([U("http://g")], [t], []))
    DROP SILENT GRAPH <http://g> ;
    DELETE DATA {
    <http://a> <http://p> <http://b> .
    }
    """
    ops = [f"DROP SILENT GRAPH <{g}>" for g in drop_graphs]
    if delete:
        ops.append(_data_block("DELETE DATA", delete))
    if insert:
        ops.append(_data_block("INSERT DATA", insert))
    return " ;\n".join(ops) or "CLEAR SILENT GRAPH <urn:x-civic-kg:nothing>"
