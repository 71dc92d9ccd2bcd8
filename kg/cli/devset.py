"""``kg devset``: real-page evaluation sets whose texts are restored, never committed."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import typer

from kg.cli.app import app

__all__ = ["devset_app"]

devset_app = typer.Typer(
    help=(
        "Real-page evaluation sets (tests/data/real): the gold and each page's address are committed, the "
        "third-party texts are restored into the set's git-ignored texts/ folder.\n\n"
        "  kg devset check tests/data/real           # which texts are present and unchanged\n\n"
        "  kg devset restore tests/data/real answers/*.json   # write texts from saved search answers\n\n"
        "  kg devset assemble tests/data/real        # rebuild gold.json and manifest.json from pages/\n\n"
        "Then: kg eval tests/data/real/gold.json --scorer ../shared/eval/score.py"
    ),
    no_args_is_help=True,
)
app.add_typer(devset_app, name="devset")


@devset_app.command("check")
def check_command(folder: Path = typer.Argument(..., help="The set's folder, e.g. tests/data/real.")) -> None:
    """Say which pages' texts are present and unchanged; exit 1 when any is missing or changed."""
    from kg.devset import check

    status = check(folder)
    for doc_id, what in sorted(status.items()):
        if what != "ok":
            typer.echo(f"{doc_id}: {what}")
    counts = Counter(status.values())
    typer.echo(", ".join(f"{n} {k}" for k, n in sorted(counts.items())) or "no pages")
    if set(counts) - {"ok"}:
        raise typer.Exit(1)


@devset_app.command("restore")
def restore_command(
    folder: Path = typer.Argument(..., help="The set's folder, e.g. tests/data/real."),
    answers: list[Path] = typer.Argument(..., help="Saved JSON answers of a page search (results: url, excerpt)."),
) -> None:
    """Write texts/<id>.txt for every page whose address one of the answers holds."""
    from kg.devset import restore

    done = restore(folder, answers)
    for doc_id, what in sorted(done.items()):
        typer.echo(f"{doc_id}: {what}")
    typer.echo(f"{len(done)} page(s) written")


@devset_app.command("assemble")
def assemble_command(folder: Path = typer.Argument(..., help="The set's folder, e.g. tests/data/real.")) -> None:
    """Rebuild gold.json and manifest.json from the per-page files in pages/."""
    from kg.devset import assemble

    typer.echo(f"{assemble(folder)} page(s) assembled")
