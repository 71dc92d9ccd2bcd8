"""``kg validate``: check the graph against the civic-kg SHACL shapes."""

from __future__ import annotations

import typer

from kg.cli.app import app, store_option
from kg.cli.output import err, open_cli_store
from kg.errors import KGError

__all__ = ["validate", "short_report"]

_MAX_LINES = 40


@app.command()
def validate(
    store: str = store_option(),
    full: bool = typer.Option(False, "--full", help="Print the whole SHACL report, not its first lines."),
) -> None:
    """Validate the whole graph (all documents merged) against the SHACL shapes.

    Exit status 0 when it conforms; 1 with a short report when it does not.

    \b
    Examples:
      kg validate
      kg validate --full > report.txt
    """
    from kg.rdf.validate import validate as shacl_validate

    with open_cli_store(store, read_only=True) as st:
        graph = st.union_graph()
    conforms, report = shacl_validate(graph)
    if conforms:
        typer.echo(f"conforms: {len(graph):,} triples match the SHACL shapes")
        return
    typer.echo(report.rstrip() if full else short_report(report))
    violations = report.count("Constraint Violation")
    err(str(KGError("E400", store, detail=f"{violations} violation{'s' if violations != 1 else ''}")))
    raise typer.Exit(1)


def short_report(report: str, max_lines: int = _MAX_LINES) -> str:
    """The first ``max_lines`` lines of a pySHACL report, and how many were left out.

    >>> short_report("a\\nb\\nc", max_lines=2)
    'a\\nb\\n... 1 more line (use --full)'
    """
    lines = report.rstrip().splitlines()
    if len(lines) <= max_lines:
        return "\n".join(lines)
    rest = len(lines) - max_lines
    return "\n".join(lines[:max_lines] + [f"... {rest} more line{'s' if rest != 1 else ''} (use --full)"])
