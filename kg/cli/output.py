"""Shared plumbing of the graph commands: opening the store, printing terms and tables, writing files.

>>> from rdflib import Literal, URIRef
>>> c = Compactor()
>>> c(URIRef("https://w3id.org/civic-kg/ontology#City")), c(URIRef("https://w3id.org/civic-kg/id/city/ma/boston"))
('civic:City', 'id:city/ma/boston')
>>> c(URIRef("http://example.org/x")), c(Literal(2011)), c(None)
('<http://example.org/x>', '2011', '')
>>> print(format_table(["city", "year"], [["Boston", "2011"], ["Baton Rouge", "2019"]]))
city         year
-----------  ----
Boston       2011
Baton Rouge  2019
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import NamespaceManager

from kg.errors import KGError
from kg.rdf.namespaces import DEFAULT_BASE

__all__ = ["Compactor", "format_table", "write_atomic", "open_cli_store", "err", "is_url"]


def err(message: str) -> None:
    """One line on stderr (errors, progress notes, summaries that are not the command's data)."""
    print(message, file=sys.stderr)


def is_url(location: str | Path) -> bool:
    """``--store`` given as ``http(s)://...`` means a remote SPARQL endpoint."""
    return str(location).startswith(("http://", "https://"))


def open_cli_store(location: str | Path, *, read_only: bool = False):
    """Open ``--store``: a SPARQL endpoint for a URL, else the on-disk Oxigraph folder."""
    from kg.store import open_store

    if is_url(location):
        return open_store(str(location), backend="sparql", read_only=read_only)
    return open_store(Path(location), read_only=read_only)


class Compactor:
    """Turn RDF terms into short readable cells: ``civic:City``, ``id:city/ma/boston``, ``2011``."""

    def __init__(self, base: str = DEFAULT_BASE, namespaces: NamespaceManager | None = None) -> None:
        self.prefixes: list[tuple[str, str]] = []
        if namespaces is not None:
            self.prefixes += [(p, str(ns)) for p, ns in namespaces.namespaces() if p]
        else:
            from rdflib import Graph

            from kg.rdf.namespaces import bind_all

            g = Graph(bind_namespaces="core")
            bind_all(g)
            self.prefixes += [(p, str(ns)) for p, ns in g.namespaces() if p]
        self.prefixes.append(("id", base))
        self.prefixes.append(("kgs", "https://w3id.org/civic-kg/store#"))
        self.prefixes.sort(key=lambda pn: -len(pn[1]))  # longest namespace wins

    def __call__(self, term: object) -> str:
        if term is None:
            return ""
        if isinstance(term, URIRef):
            text = str(term)
            for prefix, ns in self.prefixes:
                if text.startswith(ns) and len(text) > len(ns):
                    return f"{prefix}:{text[len(ns):]}"
            return f"<{text}>"
        if isinstance(term, Literal):
            return str(term)
        return str(term)


def format_table(header: Sequence[str], rows: Sequence[Sequence[str]], *, max_width: int = 80) -> str:
    """Left-aligned columns under a header and a rule; long cells are cut with an ellipsis."""
    def cell(value: str) -> str:
        value = " ".join(str(value).split())
        return value if len(value) <= max_width else value[: max_width - 1] + "…"

    cells = [[cell(v) for v in row] for row in rows]
    widths = [len(h) for h in header]
    for row in cells:
        widths = [max(w, len(v)) for w, v in zip(widths, row, strict=False)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=False)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=False)).rstrip() for row in cells]
    return "\n".join(lines)


def write_atomic(path: str | Path, data: str | bytes | None = None, *, writer=None) -> None:
    """Write ``path`` so readers see the old file or the whole new one, never half of it.

    Give ``data``, or a ``writer(tmp_path)`` that writes the temp file itself
    (e.g. networkx's writers).  Errors become ``error[E402]``.
    """
    target = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    except OSError as exc:
        raise KGError("E402", str(target), detail=exc.strerror or str(exc)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            if data is not None:
                fh.write(data.encode("utf-8") if isinstance(data, str) else data)
        if writer is not None:
            writer(tmp)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except OSError as exc:
        raise KGError("E402", str(target), detail=exc.strerror or str(exc)) from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
