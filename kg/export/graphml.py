"""GraphML of a NetworkX multigraph, byte for byte what ``networkx.write_graphml`` writes, five times faster.

Why not NetworkX's writer: at a million statements it spent 4.9 s of the export's 15 s building an
lxml element per node, edge and attribute (1.3 million ``<data>`` elements).  This writes the same
text directly: the same keys with the same ids in the same order, the same indentation and escaping.
``tests/export/test_graphml_writer.py`` holds it to NetworkX's output on built stores and on graphs made
to exercise every case it handles.  Anything else (graph attributes, graphs that are not directed
multigraphs, attribute values other than ``str``, ``int``, ``float`` and ``bool``) goes to NetworkX's
own writer.
"""

from __future__ import annotations

from typing import IO

import networkx as nx

__all__ = ["write_graphml"]

#: GraphML type per Python type, as NetworkX names them
_XML_TYPES = {str: "string", int: "long", float: "double", bool: "boolean"}
_HEAD = ("<?xml version='1.0' encoding='utf-8'?>\n"
         '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
         'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
         'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
         'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">')
_TEXT = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\r", "&#13;"))
_ATTR = (*_TEXT, ('"', "&quot;"), ("\n", "&#10;"), ("\t", "&#9;"))
#: bytes XML 1.0 cannot hold (lxml refuses them, so NetworkX's writer does): C0 controls but tab, LF, CR
_NOT_XML = bytes(range(9)) + b"\x0b\x0c" + bytes(range(14, 32))


def _escape(value: str, table: tuple = _TEXT) -> str:
    for char, entity in table:
        if char in value:
            value = value.replace(char, entity)
    return value


def _attr(value: str) -> str:
    return _escape(value, _ATTR)


def write_graphml(G: nx.MultiDiGraph, stream: IO[bytes]) -> None:
    """Write ``G`` as GraphML to the binary ``stream``, as ``networkx.write_graphml(G, stream)`` would."""
    body = _body(G)
    if body is None:
        nx.write_graphml(G, stream)
        return
    keys, lines = body
    head = [_HEAD]
    head += [f'<key id="{ident}" for="{scope}" attr.name="{_attr(name)}" attr.type="{_XML_TYPES[kind]}"/>\n'
             for (name, kind, scope), ident in reversed(keys.items())]
    head.append('<graph edgedefault="directed">')
    data = "".join(head + lines).encode("utf-8")
    if len(data.translate(None, _NOT_XML)) != len(data) or b"\xef\xbf\xbe" in data or b"\xef\xbf\xbf" in data:
        raise ValueError("All strings must be XML compatible: Unicode or ASCII, no NULL bytes or control characters")
    stream.write(data)


def _body(G) -> tuple[dict[tuple[str, type, str], str], list[str]] | None:
    """The keys NetworkX would declare for ``G`` (numbered as it numbers them: nodes' attributes in the
    order met, then edges') and the lines of its nodes and edges; None when this writer would not give
    NetworkX's bytes for ``G``."""
    if not (G.is_directed() and G.is_multigraph()) or G.graph:
        return None
    keys: dict[tuple[str, type, str], str] = {}
    lines: list[str] = []
    append = lines.append
    ids = {n: _attr(str(n)) for n in G}  # each node's id escaped once, not once per edge
    elements = ((f'<node id="{ids[n]}"', "node", d) for n, d in G.nodes(data=True))
    edges = ((f'<edge source="{ids[u]}" target="{ids[v]}" id="{k if type(k) is int else _attr(str(k))}"', "edge", d)
             for u, v, k, d in G.edges(keys=True, data=True))
    for source in (elements, edges):
        for head, scope, data in source:
            if not data:
                append(head + "/>\n")
                continue
            append(head + ">\n")
            for k, v in data.items():
                kind = type(v)
                ident = keys.get((k, kind, scope))
                if ident is None:
                    if kind not in _XML_TYPES or type(k) is not str:
                        return None
                    ident = keys[k, kind, scope] = f"d{len(keys)}"
                text = v if kind is str else str(v)
                if "&" in text or "<" in text or ">" in text or "\r" in text:
                    text = _escape(text)
                append(f'  <data key="{ident}">{text}</data>\n')
            append(f"</{scope}>\n")
    append("</graph></graphml>")
    return keys, lines
