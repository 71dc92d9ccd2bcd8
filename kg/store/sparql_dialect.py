"""How SPARQL texts are adapted to a server whose idea of the default graph is not the standard one.

The store keeps its default graph equal to the (resolved) union of the document graphs
(:mod:`kg.store.base`).  A standard SPARQL 1.1 server (Oxigraph, Fuseki, GraphDB) has a real default
graph, so texts go out as they are.

Virtuoso has none: a query without ``FROM`` reads *every* graph (each fact once per graph that
holds it), and ``INSERT DATA`` refuses triples outside ``GRAPH``.  So there the default graph is
kept in a named graph, :data:`UNION_GRAPH`, and each text gets

* ``DEFINE input:default-graph-uri <union>``: queries read it as their default graph, and the
  plain triples of an update are written to and deleted from it;
* after each ``GRAPH ?var { ... }`` group (outside update templates), ``FILTER(?var != <union>)``:
  Virtuoso's ``GRAPH ?g`` ranges over every graph, the union included, and a document-by-document
  query must not see the union as one more document.  (Virtuoso's ``input:named-graph-exclude``
  would hide the union from the default graph too.)
* each ``GRAPH <iri> { ... }`` becomes ``GRAPH ?kg_gN { ... } FILTER(?kg_gN = <iri>)``: with a
  default graph named, Virtuoso finds nothing in a graph named by its IRI (``DELETE WHERE { P }``
  is first spelt ``DELETE { P } WHERE { P }`` so that its pattern can be rewritten);
* booleans come back as ``"1"``/``"0"``, and are read as ``true``/``false`` (:meth:`Dialect.term`).

>>> print(VIRTUOSO.adapt("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }"))
DEFINE input:default-graph-uri <https://w3id.org/civic-kg/store#union>
SELECT * WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <https://w3id.org/civic-kg/store#union>) }
>>> STANDARD.adapt("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }")
'SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rdflib import XSD, Literal, URIRef
from rdflib.query import Result

from kg.queries.sparql_text import tokens
from kg.store.meta import KGS

__all__ = ["Dialect", "STANDARD", "VIRTUOSO", "UNION_GRAPH", "dialect_named", "detect"]

#: Where the default graph lives on a server without a real one (Virtuoso).
UNION_GRAPH = URIRef(KGS["union"])
#: Words after which ``{`` opens an update template or data block, where FILTER is not allowed.
_TEMPLATE_OPENERS = frozenset({"INSERT", "DELETE", "DATA"})


@dataclass(frozen=True)
class Dialect:
    """A server's way with the default graph: ``union_graph`` is None for a standard server."""

    name: str
    union_graph: URIRef | None = None
    read_term: Callable | None = None

    def result(self, result: Result) -> Result:
        """A query result with the terms the server answers in a form of its own put right."""
        if self.read_term is not None and result.type == "SELECT":
            fix = self.read_term
            result.bindings = [{k: fix(v) for k, v in row.items()} for row in result.bindings]
        return result

    def adapt(self, text: str, *, default: bool = True) -> str:
        """``text`` (a query or an update) as this server must receive it; ``default=False`` when the
        request names its default graph itself (the protocol's ``default-graph-uri``)."""
        if self.union_graph is None:
            return text
        text = _rewrite_graph_patterns(_expand_delete_where(text), self.union_graph)
        return f"DEFINE input:default-graph-uri <{self.union_graph}>\n{text}" if default else text


STANDARD = Dialect("standard")


def _virtuoso_term(term):
    """Virtuoso answers ``xsd:boolean`` values as ``"1"``/``"0"``: give them their canonical form back."""
    if isinstance(term, Literal) and term.datatype == XSD.boolean and str(term) in ("0", "1"):
        return Literal("true" if str(term) == "1" else "false", datatype=XSD.boolean)
    return term


VIRTUOSO = Dialect("virtuoso", UNION_GRAPH, _virtuoso_term)


def dialect_named(name: str) -> Dialect:
    """The dialect called ``name`` (``standard`` or ``virtuoso``)."""
    return VIRTUOSO if name == "virtuoso" else STANDARD


def detect(server_header: str) -> Dialect:
    """The dialect of a server from its HTTP ``Server`` header.

    >>> detect("Virtuoso/07.20.3229 (Linux) x86_64-pc-linux-gnu").name, detect("Oxigraph/0.5.3").name
    ('virtuoso', 'standard')
    """
    return VIRTUOSO if server_header.lower().startswith("virtuoso") else STANDARD


def _expand_delete_where(text: str) -> str:
    """``DELETE WHERE { P }`` spelt ``DELETE { P } WHERE { P }`` (the same update, by the standard).

    >>> _expand_delete_where("DELETE WHERE { GRAPH <g> { <n> ?p ?o } } ; DROP GRAPH <h>")
    'DELETE { GRAPH <g> { <n> ?p ?o } } WHERE { GRAPH <g> { <n> ?p ?o } } ; DROP GRAPH <h>'
    """
    toks = [t for t in tokens(text) if t[0] != "comment"]
    edits: list[tuple[int, int, str]] = []
    for i in range(len(toks) - 2):
        if (toks[i][1].upper(), toks[i + 1][1].upper(), toks[i + 2][1]) != ("DELETE", "WHERE", "{"):
            continue
        depth = 0
        for kind, tok, _start, end in toks[i + 2:]:
            depth += (tok == "{") - (tok == "}") if kind == "other" else 0
            if depth == 0:
                block = text[toks[i + 2][2]:end]
                edits.append((toks[i][2], end, f"DELETE {block} WHERE {block}"))
                break
    out, last = [], 0
    for start, end, new in edits:
        out += [text[last:start], new]
        last = end
    out.append(text[last:])
    return "".join(out)


def _rewrite_graph_patterns(text: str, graph: URIRef) -> str:
    """Outside update templates: append ``FILTER(?v != <graph>)`` after every ``GRAPH ?v { ... }``, and
    turn every ``GRAPH <iri> { ... }`` into ``GRAPH ?kg_gN { ... } FILTER(?kg_gN = <iri>)``.

    Why the second: once a default graph is named, Virtuoso finds nothing in ``GRAPH <iri>`` (that
    graph is not in the query's dataset) but still ranges ``GRAPH ?v`` over every graph.  A FILTER
    right after the group is legal wherever a GRAPH pattern is (both are GraphPatternNotTriples of
    the enclosing group) and filters that group, where the variable is bound.

    >>> u = URIRef("u:x")
    >>> print(_rewrite_graph_patterns("DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } }", u))
    DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <u:x>) }
    >>> print(_rewrite_graph_patterns("SELECT * { GRAPH <m:x> { ?s ?p ?o } }", u))
    SELECT * { GRAPH ?kg_g1 { ?s ?p ?o } FILTER(?kg_g1 = <m:x>) }
    """
    toks = [t for t in tokens(text) if t[0] != "comment"]
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement)
    stack: list[bool] = []  # per open brace: inside a template?
    pending: list[tuple[int, str]] = []  # (depth at which the GRAPH group closes, filter)
    previous = ""
    for i, (kind, tok, _start, end) in enumerate(toks):
        upper = tok.upper() if kind == "word" else tok
        if tok == "{" and kind == "other":
            template = bool(stack and stack[-1]) or previous in _TEMPLATE_OPENERS or (
                previous == "WHERE" and i >= 2 and toks[i - 2][1].upper() == "DELETE")
            stack.append(template)
        elif tok == "}" and kind == "other" and stack:
            stack.pop()
            while pending and pending[-1][0] == len(stack):
                edits.append((end, end, pending.pop()[1]))
        elif (upper == "GRAPH" and kind == "word" and not (stack and stack[-1]) and i + 2 < len(toks)
              and toks[i + 2][1] == "{"):
            name_kind, name, name_start, name_end = toks[i + 1]
            if name_kind == "var":
                pending.append((len(stack), f" FILTER(?{name[1:]} != <{graph}>)"))
            elif name_kind == "iri" or (name_kind == "word" and ":" in name):
                var = f"?kg_g{sum(1 for e in edits if e[2].startswith('?kg_g')) + 1}"
                edits.append((name_start, name_end, var))
                pending.append((len(stack), f" FILTER({var} = {name})"))
        previous = upper if kind == "word" else tok
    out, last = [], 0
    for start, end, new in sorted(edits):
        out += [text[last:start], new]
        last = end
    out.append(text[last:])
    return "".join(out)
