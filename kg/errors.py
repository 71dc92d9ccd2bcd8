"""Every error civic-kg reports to a user, gathered in one place with a code.

A user sees one line: ``error[E101] path/to/file.html: the file is empty``.
Codes are stable so scripts and docs can refer to them.

>>> str(DocumentError("E101", "a.txt"))
'error[E101] a.txt: the file is empty'
"""

from __future__ import annotations

__all__ = ["KGError", "DocumentError", "BuildError", "StoreError", "QueryError", "MESSAGES"]

MESSAGES: dict[str, str] = {
    # documents (1xx)
    "E100": "cannot read the file: {detail}",
    "E101": "the file is empty",
    "E102": "the file looks binary, not text, Markdown or HTML",
    "E103": "the file is too large ({detail}); the limit is {limit}",
    "E104": "the text cannot be decoded: {detail}",
    "E105": "the HTML holds no readable text",
    "E106": "no such file or directory",
    "E107": "unsupported file type {detail}; expected .txt, .md or .html",
    "E108": "extraction failed: {detail}",
    "E109": "the text is too long to extract ({detail}); the limit is {limit}",
    "E110": "no .txt, .md or .html files to read{detail}",
    "E120": "building on a Dask cluster needs Dask: {detail}",
    "E121": "cannot reach the Dask scheduler: {detail}",
    # store (2xx)
    "E200": "cannot open the store: {detail}",
    "E201": "the store is locked by another process that writes to it (kg build, kg remove, kg resolve or "
            "kg serve --allow-update); try again when it ends",
    "E202": "cannot write to the store: {detail}",
    "E203": "no document with id {detail} in the store",
    "E204": "cannot map the document to RDF: {detail}",
    "E205": "another file in this batch has the same name, hence the same document id: {detail}",
    "E206": "the store folder is not writable ({detail}); the store is as it was before this write",
    "E207": "no space left for the store ({detail}); the store is as it was before this write",
    "E208": "the SPARQL server refused access ({detail}); set KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD",
    "E209": "the SPARQL server cut the result at {limit} (Virtuoso: raise ResultSetMaxRows in virtuoso.ini)",
    "E210": "the store is still locked by another process that writes to it after waiting {limit} s; "
            "try again when it ends, or wait longer (--wait SECONDS)",
    "E211": "cannot read the store: {detail}",
    # queries (3xx)
    "E300": "the SPARQL query does not parse: {detail}",
    "E301": "no catalogue query named {detail}",
    "E302": "the query failed: {detail}",
    "E303": "cannot read the query file: {detail}",
    "E304": "this is a SPARQL update ({detail}); kg query only reads (change the graph with kg build or kg remove)",
    # validation / misc (4xx)
    "E400": "the graph does not conform to the SHACL shapes ({detail})",
    "E401": "unknown format {detail}",
    "E402": "cannot write the output file: {detail}",
    # evaluation (5xx)
    "E500": "cannot evaluate: {detail}",
    "E501": "F1 {detail} is below the floor {limit}",
    "E503": "the gold sets give the award linker nothing to learn ({detail}); add pages with wrong candidates too",
    "E502": "training the award linker needs scikit-learn (pip install -e '.[train]'): {detail}",
    "E504": "reading the pages with an award series left out failed: {detail}",
    # views and the SPARQL endpoint (6xx)
    "E600": "cannot start the SPARQL endpoint on {detail}",
    "E601": "updates are disabled on this endpoint (start it with --allow-update)",
    "E602": "unsupported request: {detail}",
    "E603": "the request body is too large ({detail} bytes); the limit is {limit}",
    "E604": "the store is empty, nothing to show (run kg build first)",
    "E605": "{detail} is refused: the endpoint never contacts other servers",
    "E606": "the query was stopped after the time limit of {limit} s",
    "E607": "the result is larger than the limit of {limit}; add LIMIT or narrow the query",
    "E608": "the endpoint is busy: no query worker was free within {limit} s; try again",
    "E609": "a query worker failed: {detail}",
    "E610": "the query editor cannot be installed: {detail}",
    "E611": "the query editor package {detail} does not match its pinned checksum {limit}; it was not installed",
    "E620": "no {detail}",
    "E621": "unknown node type {detail}; known types: {limit}",
    "E622": "nothing to show: {detail}",
}


class KGError(Exception):
    """Base error: a code, the thing it is about, and a one-line message."""

    def __init__(self, code: str, where: str | None = None, **params: object) -> None:
        self.code = code
        self.where = where
        params.setdefault("detail", "")
        params.setdefault("limit", "")
        self.message = MESSAGES.get(code, "{detail}").format(**params)
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f" {self.where}:" if self.where else ""
        return f"error[{self.code}]{where} {self.message}"


class DocumentError(KGError):
    """A document that cannot be read, decoded or parsed."""


class BuildError(KGError):
    """The machinery of a build (a Dask cluster) is missing or unreachable."""


class StoreError(KGError):
    """The store cannot be opened, read or written."""


class QueryError(KGError):
    """A SPARQL query that is unknown, malformed or fails."""
