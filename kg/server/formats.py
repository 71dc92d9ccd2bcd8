"""Response formats: content negotiation and the serialisers for both engines.

Oxigraph results are written by pyoxigraph's own serialisers (fast, streaming, so a result-size
limit can stop them midway); rdflib results (in-memory targets) by rdflib's.  HTML tables are ours
and escape every value.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from html import escape
from typing import Any

import pyoxigraph as ox
from rdflib.query import Result

__all__ = ["negotiate", "Format", "FORMAT_PARAM", "CappedBuffer", "ResultTooLarge", "serialize_ox",
           "serialize_rdflib"]


@dataclass(frozen=True)
class Format:
    name: str
    media_type: str


# First entry of each table is the default.
_RESULT_FORMATS: dict[str, Format] = {
    "application/sparql-results+json": Format("json", "application/sparql-results+json"),
    "application/json": Format("json", "application/sparql-results+json"),
    "application/sparql-results+xml": Format("xml", "application/sparql-results+xml"),
    "application/xml": Format("xml", "application/sparql-results+xml"),
    "text/xml": Format("xml", "application/sparql-results+xml"),
    "text/csv": Format("csv", "text/csv"),
    "text/tab-separated-values": Format("tsv", "text/tab-separated-values"),
    "text/html": Format("html", "text/html"),
}
_GRAPH_FORMATS: dict[str, Format] = {
    "text/turtle": Format("turtle", "text/turtle"),
    "application/x-turtle": Format("turtle", "text/turtle"),
    "application/n-triples": Format("nt", "application/n-triples"),
    "text/plain": Format("nt", "application/n-triples"),
    "application/rdf+xml": Format("xml", "application/rdf+xml"),
    "application/ld+json": Format("json-ld", "application/ld+json"),
}
# ?format= shortcuts (for the HTML form and curl users).
FORMAT_PARAM = {
    "json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
    "csv": "text/csv", "tsv": "text/tab-separated-values", "html": "text/html",
    "turtle": "text/turtle", "ttl": "text/turtle", "nt": "application/n-triples",
    "ntriples": "application/n-triples", "rdfxml": "application/rdf+xml", "jsonld": "application/ld+json",
}


def negotiate(accept: str | None, graph_result: bool) -> Format:
    """Pick the response format for an ``Accept`` header (q-values honoured, default otherwise).

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", False).name
    'xml'
    >>> negotiate("*/*", True).media_type
    'text/turtle'
    >>> negotiate("application/sparql-results+json", True).name  # not a graph format: default
    'turtle'
    """
    table = _GRAPH_FORMATS if graph_result else _RESULT_FORMATS
    default = next(iter(table.values()))
    ranked: list[tuple[float, int, str]] = []
    for i, part in enumerate((accept or "").split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for p in params:
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        if media and q > 0:
            ranked.append((-q, i, media.lower()))
    for _, _, media in sorted(ranked):
        if media in table:
            return table[media]
        if media in ("*/*", "application/*"):
            return default
    return default


class ResultTooLarge(Exception):
    """The serialised result passed the byte limit."""


class CappedBuffer(io.RawIOBase):
    """A byte buffer that refuses to grow past ``limit``: raising from ``write`` stops the serialiser,
    and with it the query evaluation that feeds it."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit
        self.chunks: list[bytes] = []
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        data = bytes(data)
        self.size += len(data)
        if self.size > self.limit:
            raise ResultTooLarge(self.size)
        self.chunks.append(data)
        return len(data)

    def getvalue(self) -> bytes:
        return b"".join(self.chunks)


_OX_RESULTS = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
               "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}
_OX_GRAPHS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "xml": ox.RdfFormat.RDF_XML,
              "json-ld": ox.RdfFormat.JSON_LD}


def serialize_ox(result: Any, fmt: Format, limit: int) -> bytes:
    """A pyoxigraph result in ``fmt``, at most ``limit`` bytes (else :class:`ResultTooLarge`)."""
    out = CappedBuffer(limit)
    if fmt.name == "html":
        if isinstance(result, ox.QueryBoolean):
            out.write(_html_page(f"<p>{str(bool(result)).lower()}</p>").encode())
        else:
            variables = [v.value for v in result.variables]
            out.write(_html_head(variables).encode())
            for solution in result:
                out.write(_html_row(solution[v] for v in variables).encode())
            out.write(_HTML_TAIL.encode())
    elif isinstance(result, ox.QueryTriples):
        result.serialize(out, format=_OX_GRAPHS[fmt.name])
    else:
        result.serialize(out, format=_OX_RESULTS[fmt.name])
    return out.getvalue()


def serialize_rdflib(result: Result, fmt: Format, limit: int) -> bytes:
    """An rdflib result in ``fmt``, refused past ``limit`` bytes (rdflib has read it all already)."""
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        payload = result.graph.serialize(format=fmt.name, encoding="utf-8")
    elif fmt.name == "html":
        if result.type == "ASK":
            payload = _html_page(f"<p>{str(bool(result.askAnswer)).lower()}</p>")
        else:
            variables = [str(v) for v in result.vars or []]
            payload = _html_head(variables) + "".join(_html_row(row) for row in result) + _HTML_TAIL
    elif fmt.name == "tsv":
        payload = _tsv(result)
    elif fmt.name == "csv" and result.type == "ASK":
        payload = f"_askResult\r\n{str(bool(result.askAnswer)).lower()}\r\n"
    else:
        payload = result.serialize(format=fmt.name, encoding="utf-8")
    data = payload.encode("utf-8") if isinstance(payload, str) else bytes(payload)
    if len(data) > limit:
        raise ResultTooLarge(len(data))
    return data


def _cell(term: Any) -> str:
    return "" if term is None else term.n3()


def _tsv(result: Result) -> str:
    """SPARQL 1.1 TSV results: ``?var`` header, terms in N-Triples syntax."""
    if result.type == "ASK":
        return f"?_askResult\n{str(bool(result.askAnswer)).lower()}\n"
    variables = list(result.vars or [])
    lines = ["\t".join(f"?{v}" for v in variables)]
    for row in result:
        lines.append("\t".join(_cell(row[v]) for v in variables))
    return "\n".join(lines) + "\n"


def _text(term: Any) -> str:
    if term is None:
        return ""
    return term.value if hasattr(term, "value") and not isinstance(term, str) else str(term)


_HTML_START = (
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>civic-kg results</title>"
    "<style>body{font-family:system-ui,sans-serif;margin:1rem}table{border-collapse:collapse}"
    "td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left;vertical-align:top}</style>"
    "</head><body><p><a href='/'>&larr; query</a></p>")
_HTML_TAIL = "</tbody></table></body></html>"


def _html_page(body: str) -> str:
    return f"{_HTML_START}{body}</body></html>"


def _html_head(variables: list[str]) -> str:
    head = "".join(f"<th>{escape(v)}</th>" for v in variables)
    return f"{_HTML_START}<table><thead><tr>{head}</tr></thead><tbody>"


def _html_row(terms: Any) -> str:
    return "<tr>" + "".join(f"<td>{escape(_text(t))}</td>" for t in terms) + "</tr>"
