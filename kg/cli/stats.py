"""``kg stats``: what is in the store, counted."""

from __future__ import annotations

import json

import typer
from rdflib import URIRef

from kg.cli.app import app, store_option
from kg.cli.output import Compactor, format_table, open_cli_store
from kg.rdf.namespaces import DEFAULT_BASE

__all__ = ["stats", "collect_stats"]


@app.command()
def stats(
    store: str = store_option(),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON object."),
    documents: bool = typer.Option(False, "--documents", "-d",
                                   help="Also list the document ids (--json always has them)."),
) -> None:
    """Count the store: triples, documents, entities per class, awards per year.

    \b
    Examples:
      kg stats
      kg stats --json | jq .classes
    """
    with open_cli_store(store, read_only=True) as st:
        figures = collect_stats(st, hashes=as_json or documents)
    if as_json:
        typer.echo(json.dumps(figures, indent=2))
        return
    compact = Compactor(DEFAULT_BASE)
    lines = [
        f"store:      {store}",
        f"documents:  {figures['documents']:,}",
        f"statements: {figures['statements']:,} in the documents' graphs, "
        f"{figures['triples']:,} triples in the graph queries see (duplicates merged)",
        f"resolution: {figures['resolution']['merged']:,} duplicates merged, "
        f"{figures['resolution']['flagged']:,} ambiguous names flagged",
        "",
        format_table(["class", "entities"],
                     [[compact(URIRef(c)), f"{n:,}"] for c, n in figures["classes"].items()])
        if figures["classes"] else "entities: none in the store",
        "",
        format_table(["year", "awards won"], [[y, f"{n:,}"] for y, n in figures["awards_per_year"].items()])
        if figures["awards_per_year"] else "awards won: none in the store",
    ]
    if documents:
        lines += ["", format_table(["document", "content sha256"],
                                   [[d, h] for d, h in figures["document_hashes"].items()])]
    typer.echo("\n".join(lines))


def collect_stats(store, *, hashes: bool = True) -> dict:
    """The figures ``kg stats`` prints, as a JSON-ready dict.

    Counts come from what the store keeps (entities per class, awards per year, statements, the
    union's size: :mod:`kg.store.counts`), so this stays well under a second at millions of
    statements; a store that keeps none yet is counted.  ``hashes``: also list every document
    with its content hash (a listing that alone takes most of a second at 50,000 documents), which
    only ``--json`` and ``--documents`` print."""
    from kg.store.stats import document_count, resolution_counts, summary, union_count

    classes, years, statements = summary(store)
    figures = {
        "documents": 0,
        "statements": statements,
        "triples": union_count(store),
        "classes": dict(classes),
        "awards_per_year": {str(y): n for y, n in years},
        "resolution": resolution_counts(store),
    }
    if hashes:
        figures["document_hashes"] = store.documents()
        figures["documents"] = len(figures["document_hashes"])
    else:
        figures["documents"] = document_count(store)
    return figures
