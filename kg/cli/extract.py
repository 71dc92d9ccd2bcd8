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

    Files with one name in several folders take ids from their folders
    (a/index, b/index).  Unreadable files are reported on stderr, one line
    each, and skipped; so are the count and kinds of files that are not
    documents.  Exit status: 0 every document read, 3 some failed (the others
    were written), 1 none could be read.

    Example: kg extract ../shared/seeds -o pred.json
    """
    from kg.build import exit_status, no_documents_error
    from kg.extract import extract_batch, list_documents
    from kg.record import records_to_json

    errors: list[KGError] = []

    def report(exc: KGError) -> None:
        errors.append(exc)
        print(str(exc), file=sys.stderr)

    batch = list_documents(paths)
    if not batch.files:
        raise no_documents_error(paths, batch)
    if batch.skipped:
        print(f"skipped: {batch.skipped_summary()}", file=sys.stderr)
    records = list(extract_batch(batch, on_error=report, progress=progress and sys.stderr.isatty()))
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
    status = exit_status(len(records), len(errors))
    if status:
        raise typer.Exit(status)
