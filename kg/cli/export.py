"""``kg export``: the graph as an RDF file (Turtle, TriG, N-Quads, JSON-LD) or a network (GraphML, GEXF)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import typer

from kg.cli.app import app, store_option
from kg.cli.output import err, open_cli_store, write_atomic
from kg.errors import KGError

__all__ = ["export", "FORMATS", "export_store", "export_pieces"]

#: format name -> (rdflib serializer or network writer, keeps named graphs?)
FORMATS: dict[str, tuple[str, bool]] = {
    "turtle": ("turtle", False),
    "trig": ("trig", True),
    "nquads": ("nquads", True),
    "jsonld": ("json-ld", True),
    "graphml": ("graphml", False),
    "gexf": ("gexf", False),
}
_ALIASES = {"ttl": "turtle", "nq": "nquads", "json-ld": "jsonld", "json": "jsonld"}
_SUFFIXES = {".ttl": "turtle", ".trig": "trig", ".nq": "nquads", ".jsonld": "jsonld", ".json": "jsonld",
             ".graphml": "graphml", ".gexf": "gexf"}


@app.command()
def export(
    fmt: str = typer.Option(None, "--format", "-f", metavar="turtle|trig|nquads|jsonld|graphml|gexf",
                            help="Default: from the output file's suffix, else turtle."),
    output: Path = typer.Option(None, "--output", "-o", metavar="FILE",
                                help="Write here (atomically). Default: stdout."),
    store: str = store_option(),
) -> None:
    """Export the whole graph.

    TriG, N-Quads and JSON-LD keep one named graph per document; Turtle merges
    them.  GraphML and GEXF give a network (entities as nodes, relations as
    edges) for Gephi, Cytoscape or yEd.  The store's bookkeeping is left out.

    \b
    Examples:
      kg export -o graph.ttl
      kg export -f trig -o graph.trig
      kg export -f graphml -o graph.graphml
    """
    name = _format_name(fmt, output)
    with open_cli_store(store, read_only=True) as st:
        if output is None:  # whole before the first byte: a failure never leaves half a graph on the pipe
            sys.stdout.buffer.write(export_store(st, name))
            sys.stdout.flush()
            return
        size = 0

        def write(tmp: str) -> None:
            nonlocal size
            with open(tmp, "wb") as fh:
                for piece in export_pieces(st, name):
                    size += fh.write(piece)

        write_atomic(output, writer=write)
    err(f"wrote {output} ({name}, {size:,} bytes)")


def _format_name(fmt: str | None, output: Path | None) -> str:
    if fmt is None:
        return _SUFFIXES.get(output.suffix.lower(), "turtle") if output is not None else "turtle"
    name = _ALIASES.get(fmt.lower(), fmt.lower())
    if name not in FORMATS:
        raise KGError("E401", None, detail=f"{fmt!r}; expected one of {', '.join(FORMATS)}")
    return name


def export_store(store, fmt: str) -> bytes:
    """The store's document graphs serialised in ``fmt`` (a key of :data:`FORMATS`)."""
    return b"".join(export_pieces(store, fmt))


def export_pieces(store, fmt: str) -> Iterator[bytes]:
    """:func:`export_store` in pieces as they are made: N-Quads come from the store as text (no in-memory
    dataset, no term objects: ``Store.document_nquads``), so a large store's export is never whole in memory."""
    serializer, named = FORMATS[fmt]
    if fmt in ("graphml", "gexf"):
        yield _network(store, fmt)
        return
    if fmt == "nquads":
        for text in store.document_nquads():
            yield text.encode("utf-8")
        return
    source = store.to_dataset() if named else store.union_graph()
    yield source.serialize(format=serializer, encoding="utf-8")


def _network(store, fmt: str) -> bytes:
    import io

    import networkx as nx

    from kg.export.networkx import to_networkx

    graph = to_networkx(store)
    buf = io.BytesIO()
    (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(graph, buf)
    return buf.getvalue()
