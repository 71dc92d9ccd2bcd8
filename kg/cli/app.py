"""The ``kg`` Typer application that every command module registers on."""

from __future__ import annotations

import os
from pathlib import Path

import typer

__all__ = ["app", "DEFAULT_STORE", "store_option"]

#: Where commands keep the graph unless ``--store`` or ``$KG_STORE`` says otherwise.
DEFAULT_STORE = Path(os.environ.get("KG_STORE", "civic-kg-store"))

app = typer.Typer(
    name="kg",
    help=(
        "civic-kg: build a knowledge graph of cities, officials, programs and awards from "
        "government press releases, then query, export and explore it.\n\n"
        "Typical session:\n\n"
        "  kg build docs/            # extract facts and load them into ./civic-kg-store\n\n"
        "  kg query streaks          # run a catalogue query (kg query --list shows them)\n\n"
        "  kg viz -o graph.html      # open an interactive view in the browser\n\n"
        "With no documents given, build uses the bundled example press releases."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def store_option() -> Path:
    """The shared ``--store`` option (a default object for Typer parameters); ``--endpoint`` is its
    other name, for the commands run against a SPARQL server rather than a folder."""
    return typer.Option(
        DEFAULT_STORE,
        "--store",
        "--endpoint",
        "-s",
        help="The graph store: a folder (on-disk Oxigraph), or the query URL of a SPARQL 1.1 server "
             "(Oxigraph server, Virtuoso, Fuseki, GraphDB, kg serve). Env: KG_STORE. A server's update and "
             "Graph Store URLs and credentials come from KG_ENDPOINT_UPDATE, KG_ENDPOINT_GSP, "
             "KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD, never from the command line.",
        show_default=True,
    )


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", help="Print the version and exit."),
) -> None:
    """civic-kg command line."""
    if version:
        from kg import __version__

        typer.echo(f"civic-kg {__version__}")
        raise typer.Exit()
