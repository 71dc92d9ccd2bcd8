"""``kg query``: SPARQL text, an ``.rq`` file or a catalogue query, printed as a table, CSV or JSON."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from pathlib import Path

import typer
from rdflib import Literal, URIRef

from kg.cli.app import app, store_option
from kg.cli.output import Compactor, format_table, open_cli_store
from kg.errors import QueryError
from kg.queries.paging import DEFAULT_LIMIT, paged
from kg.rdf.namespaces import DEFAULT_BASE

__all__ = ["query", "bound_query", "resolve_query", "render_result"]

_NAME = re.compile(r"[A-Za-z_][\w.-]*")
FORMATS = ("table", "csv", "json")


@app.command()
def query(
    text: str = typer.Argument(None, metavar="QUERY",
                               help="SPARQL text, a path to an .rq file, a catalogue query name, or - for stdin."),
    list_: bool = typer.Option(False, "--list", "-l", help="List the catalogue queries and exit."),
    fmt: str = typer.Option("table", "--format", "-f", metavar="table|csv|json",
                            help="table: aligned columns, short IRIs; csv and json: full IRIs."),
    param: list[str] = typer.Option(None, "--param", "-p", metavar="NAME=VALUE",
                                    help="A catalogue query parameter (repeatable)."),
    store: str = store_option(),
    base: str = typer.Option(DEFAULT_BASE, "--base", metavar="IRI",
                             help="Base IRI of the entities (shown as id: in tables)."),
    limit: int = typer.Option(None, "--limit", "-n", metavar="N", min=0,
                              help=f"Print the first N rows (table: {DEFAULT_LIMIT:,} unless --all; csv, json: all)."),
    all_rows: bool = typer.Option(False, "--all", help="Print every row, however many."),
) -> None:
    """Query the graph with SPARQL; the default graph is the union of all documents.

    \b
    Examples:
      kg query --list
      kg query winners --param year=2019
      kg query my-query.rq --format csv
      kg query 'SELECT ?city WHERE { ?city a civic:City }'
      kg query streaks -s http://localhost:7878/query   # a remote endpoint
      kg query wins-any-source --all                     # every row, not the first 1,000

    A table shows the first 1,000 rows and says when there are more; the engine still orders every
    row, so they are the first rows of the whole answer.

    Prefixes civic:, org:, prov:, schema:, skos:, dcterms:, rdfs: ... are predeclared.
    """
    if list_:
        typer.echo(catalogue_listing())
        return
    if not text:
        raise typer.BadParameter("give a query (SPARQL text, .rq file or catalogue name), or --list",
                                 param_hint="QUERY")
    if fmt not in FORMATS:
        raise QueryError("E401", None, detail=f"{fmt!r}; expected one of {', '.join(FORMATS)}")
    sparql, bindings = bound_query(text, _parse_params(param or []))
    page = None if all_rows else limit if limit is not None else DEFAULT_LIMIT if fmt == "table" else None
    with open_cli_store(store, read_only=True) as st:
        result = st.query(paged(sparql, page), bindings)
    more = page is not None and result.type == "SELECT" and len(result.bindings) > page
    if more:
        result.bindings = result.bindings[:page]
    typer.echo(render_result(result, fmt, Compactor(base)))
    if more:
        typer.echo(f"(the first {page:,} rows; more not shown: --all prints every row, --limit N another number)",
                   err=True)


def _parse_params(items: list[str]) -> dict[str, str]:
    out = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise typer.BadParameter(f"{item!r} is not NAME=VALUE", param_hint="--param")
        out[name.strip()] = value
    return out


def bound_query(text: str, params: dict[str, str] | None = None) -> tuple[str, dict[str, Literal]]:
    """The SPARQL to run for ``QUERY`` and the values to bind: a catalogue query's text keeps its
    ``$name`` variables and its parameters come back as literals, never pasted into the text.

    An update is refused here (``E304``) rather than reported by the parser as a malformed query.
    """
    from kg.queries import get
    from kg.queries.sparql_text import first_keyword, kind

    params = params or {}
    if _NAME.fullmatch(text) and not Path(text).is_file():
        query = get(text)
        return query.text, query.values(**params)
    sparql = resolve_query(text, params)
    if kind(sparql) == "update":
        raise QueryError("E304", None, detail=first_keyword(sparql) or "update")
    return sparql, {}


def resolve_query(text: str, params: dict[str, str] | None = None) -> str:
    """The SPARQL to run for ``QUERY``: a file's text, a rendered catalogue query, or ``text`` itself."""
    from kg.queries import get

    params = params or {}
    path = Path(text)
    if text == "-":
        sparql = sys.stdin.read()
    elif text.endswith(".rq") or (_NAME.fullmatch(text) is None and "\n" not in text and path.is_file()):
        try:
            sparql = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError("E303", text, detail=getattr(exc, "strerror", None) or str(exc)) from None
    elif _NAME.fullmatch(text):
        return get(text).render(**params)
    else:
        sparql = text
    if params:
        raise typer.BadParameter("--param only applies to catalogue queries", param_hint="--param")
    return sparql


def catalogue_listing() -> str:
    """Name, title, parameters and description of every catalogue query."""
    from kg.queries import catalogue

    blocks = []
    for name, q in catalogue().items():
        params = " ".join(f"--param {k}={v}" if v else f"--param {k}=..." for k, v in q.parameters.items())
        head = f"{name}: {q.title}" if q.title and q.title != name else name
        lines = [head]
        if q.description:
            lines.append(f"    {q.description}")
        if params:
            lines.append(f"    {params}")
        blocks.append("\n".join(lines))
    return "\n".join(blocks) if blocks else "(the catalogue is empty)"


def render_result(result, fmt: str, compact: Compactor) -> str:
    """A query result as text: SELECT as table/csv/json, ASK as true/false, graphs as Turtle/JSON-LD."""
    if result.type == "ASK":
        return json.dumps(bool(result.askAnswer)) if fmt == "json" else str(bool(result.askAnswer)).lower()
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        from kg.rdf.namespaces import bind_all

        graph = result.graph
        bind_all(graph)
        graph.bind("id", base_of(compact))
        return graph.serialize(format="json-ld" if fmt == "json" else "turtle").rstrip()
    names = [str(v) for v in result.vars]
    rows = list(result)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(names)
        writer.writerows([["" if v is None else str(v) for v in row] for row in rows])
        return buf.getvalue().rstrip("\n")
    if fmt == "json":
        return json.dumps([{n: _json_value(v) for n, v in zip(names, row, strict=False) if v is not None}
                           for row in rows], indent=2, ensure_ascii=False)
    table = format_table(names, [[compact(v) for v in row] for row in rows])
    return f"{table}\n({len(rows)} row{'s' if len(rows) != 1 else ''})"


def base_of(compact: Compactor) -> str:
    """The instance base the compactor shows as ``id:``."""
    return dict(compact.prefixes).get("id", DEFAULT_BASE)


def _json_value(term: object) -> object:
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, bool | int | float) or value is None:
            return value
        return str(term)
    if isinstance(term, URIRef):
        return str(term)
    return str(term)
