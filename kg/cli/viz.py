"""``kg viz``: the store as an interactive, offline HTML page (see :mod:`kg.viz`)."""

from __future__ import annotations

import webbrowser
from pathlib import Path

import typer

from kg.cli.app import app, store_option
from kg.errors import KGError

__all__ = ["viz"]


@app.command()
def viz(
    output: Path = typer.Option(Path("graph.html"), "--output", "-o", help="Where to write the HTML page."),
    store: str = store_option(),
    title: str = typer.Option("civic-kg", "--title", help="Page title and heading."),
    max_nodes: int = typer.Option(1500, "--max-nodes", min=1,
                                  help="Show at most this many nodes (the best-connected)."),
    evidence: bool = typer.Option(False, "--evidence/--no-evidence",
                                  help="Draw evidence sentences as nodes (default: in tooltips only)."),
    open_page: bool = typer.Option(False, "--open", help="Open the page in the default browser."),
) -> None:
    """Write an interactive view of the graph: one self-contained HTML file that works offline.

    Nodes are coloured by type (legend on the right); hover a node for its
    type, IRI, source documents and evidence sentences; click it to highlight
    its neighbours.  Big graphs keep the best-connected --max-nodes nodes.

    Examples:

      kg build && kg viz -o graph.html --open

      kg viz -s http://127.0.0.1:7878/query -o remote.html
    """
    import warnings

    from kg.cli.output import err, open_cli_store
    from kg.viz import render_html

    with open_cli_store(store, read_only=True) as st:
        dataset = st.to_dataset()
    if next(iter(dataset.quads((None, None, None, None))), None) is None:
        raise KGError("E604", str(store))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", UserWarning)
        path = render_html(dataset, output, title=title, max_nodes=max_nodes, show_evidence=evidence)
    for w in caught:
        err(f"warning: {w.message}")
    err(f"wrote {path}")
    if open_page:
        webbrowser.open(path.resolve().as_uri())
