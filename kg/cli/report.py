"""``kg report``: the awards report as one offline HTML page (see :mod:`kg.report`)."""

from __future__ import annotations

import webbrowser
from pathlib import Path

import typer

from kg.cli.app import app, store_option
from kg.errors import KGError

__all__ = ["report"]


@app.command()
def report(
    output: Path = typer.Option(Path("report.html"), "--output", "-o", help="Where to write the HTML page."),
    store: str = store_option(),
    title: str = typer.Option("civic-kg report", "--title", help="Page title and heading."),
    top: int = typer.Option(10, "--top", min=1, help="How many streaks per award and decorated places to list."),
    open_page: bool = typer.Option(False, "--open", help="Open the page in the default browser."),
) -> None:
    """Write the awards report: per award a timeline plot of winners by year and the longest
    streaks, the most decorated places with their officials and programs, and the facts
    documents disagree on.  Every fact links to its document and evidence sentence.

    Examples:

      kg build ../shared/dev/docs && kg report -o report.html --open

      kg report --top 20 -o report.html
    """
    from kg.cli.output import err, open_cli_store
    from kg.report import render_report

    with open_cli_store(store, read_only=True) as st:
        if len(st) == 0:
            raise KGError("E604", str(store))
        path = render_report(st, output, title=title, top=top)
    err(f"wrote {path}")
    if open_page:
        webbrowser.open(path.resolve().as_uri())
