"""``kg extract``: documents in, JSON records out (the scorer's input)."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from kg.cli.app import app
from kg.errors import KGError

__all__ = ["extract"]


@app.command()
def extract(
    paths: list[Path] = typer.Argument(..., help="Files (.txt, .md, .html) or folders of them."),
    output: Path = typer.Option(None, "--output", "-o", help="Write the JSON list here (default: stdout)."),
    explain: bool = typer.Option(False, "--explain", help="Print each fact with its evidence sentence."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Progress bar on stderr."),
) -> None:
    """Extract facts from documents into JSON records, one per document (id = file stem).

    Unreadable files are reported on stderr, one line each, and skipped; the
    exit status is 1 only when no document at all could be read.

    Example: kg extract ../shared/seeds -o pred.json
    """
    from kg.extract import extract_paths
    from kg.record import records_to_json

    errors: list[KGError] = []

    def report(exc: KGError) -> None:
        errors.append(exc)
        print(str(exc), file=sys.stderr)

    records = list(extract_paths(paths, on_error=report, progress=progress and sys.stderr.isatty()))
    if explain:
        from kg.extract.explain import explain_records

        print(explain_records(records), file=sys.stderr if output is None else sys.stdout)
    data = records_to_json(records)
    if output is None:
        if not explain:
            print(data)
    else:
        tmp = output.with_name(output.name + ".tmp")
        try:
            tmp.write_text(data + "\n", encoding="utf-8")
            tmp.replace(output)
        except OSError as exc:
            raise KGError("E402", str(output), detail=exc.strerror or str(exc)) from None
        print(f"wrote {len(records)} record(s) to {output}", file=sys.stderr)
    if errors and not records:
        raise typer.Exit(1)
